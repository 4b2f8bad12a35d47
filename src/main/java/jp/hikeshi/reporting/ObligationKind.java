package jp.hikeshi.reporting;

/**
 * A legal obligation that follows from the APPI assessment, with the recipient whose
 * notification meets it.
 */
public enum ObligationKind {

	/** 速報 to the PPC (or the competent ministry). */
	PPC_PRELIMINARY(RecipientKind.PPC_PRELIMINARY),
	/** 確報 to the PPC (or the competent ministry). */
	PPC_FINAL(RecipientKind.PPC_FINAL),
	/** 本人への通知, promptly. */
	NOTICE_TO_PERSONS(RecipientKind.PERSONS_CONCERNED),
	/**
	 * A contractor's (委託先) prompt notice to its principal (委託元), which releases its own
	 * PPC obligations.
	 */
	NOTIFY_PRINCIPAL(RecipientKind.PRINCIPAL);

	private final RecipientKind metBy;

	ObligationKind(RecipientKind metBy) {
		this.metBy = metBy;
	}

	public RecipientKind metBy() {
		return metBy;
	}

}
