package jp.hikeshi.identity;

/** What a user is allowed to do in the handling flow. */
public enum Role {

	/** Administers users, settings and reference data. */
	ADMIN,
	/** Incident handler at the security desk. */
	HANDLER,
	/** Responsible person or management: reads everything and approves. */
	MANAGER,
	/** External vendor: sees only what is assigned to its organisation. */
	VENDOR,
	/** Any staff member: submits reports and sees their own. */
	REPORTER;

	public String authority() {
		return "ROLE_" + name();
	}

}
