package jp.hikeshi.reporting;

/**
 * Who a notification goes to, with the requirement of the flow it serves (REP-1 to
 * REP-4).
 */
public enum RecipientKind {

	RESPONSIBLE_PERSON("REP-1", DocumentKind.MANAGEMENT_REPORT), MANAGEMENT("REP-1", DocumentKind.MANAGEMENT_REPORT),
	RELATED_ORGANISATIONS("REP-2", DocumentKind.RELATED_ORGANISATION_NOTICE),
	PERSONS_CONCERNED("REP-3", DocumentKind.NOTICE_TO_PERSONS),
	BUSINESS_PARTNERS("REP-3", DocumentKind.RELATED_ORGANISATION_NOTICE),
	PPC_PRELIMINARY("REP-3", DocumentKind.PPC_PRELIMINARY), PPC_FINAL("REP-3", DocumentKind.PPC_FINAL),
	WEBSITE("REP-3", DocumentKind.PRESS_RELEASE), IPA("REP-3", DocumentKind.IPA_UNAUTHORISED_ACCESS),
	JPCERT_CC("REP-3", DocumentKind.JPCERT), POLICE("REP-3", DocumentKind.POLICE_MEMO),
	PRESS("REP-4", DocumentKind.PRESS_RELEASE),
	/**
	 * The principal (委託元) of a contractor, told promptly so that it can report (REP-3).
	 */
	PRINCIPAL("REP-3", DocumentKind.PPC_PRELIMINARY),
	/**
	 * The competent ministry (所管官庁), named from the directory's outside body MINISTRY
	 * (REP-3).
	 */
	COMPETENT_MINISTRY("REP-3", DocumentKind.PPC_PRELIMINARY);

	private final String requirementId;

	private final DocumentKind document;

	RecipientKind(String requirementId, DocumentKind document) {
		this.requirementId = requirementId;
		this.document = document;
	}

	public String requirementId() {
		return requirementId;
	}

	/** The document usually sent to this recipient. */
	public DocumentKind document() {
		return document;
	}

}
