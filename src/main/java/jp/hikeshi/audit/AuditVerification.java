package jp.hikeshi.audit;

/**
 * The outcome of walking the audit hash chain: valid, or the first entry whose content, link or position
 * does not match.
 */
public record AuditVerification(boolean valid, long checkedEntries, Long brokenSeq, Long brokenEntryId, String reason) {

	public static AuditVerification intact(long checked) {
		return new AuditVerification(true, checked, null, null, null);
	}

	public static AuditVerification broken(long checked, long seq, long entryId, String reason) {
		return new AuditVerification(false, checked, seq, entryId, reason);
	}
}
