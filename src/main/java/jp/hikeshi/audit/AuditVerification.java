package jp.hikeshi.audit;

/**
 * The outcome of walking the audit hash chain: valid, or the first entry whose content,
 * link or position does not match. {@code problem} names what broke ({@code missing},
 * {@code link}, {@code content} or {@code removed}; message
 * {@code audit.verify.reason.<problem>}), {@code reason} says it in English.
 */
public record AuditVerification(boolean valid, long checkedEntries, Long brokenSeq, Long brokenEntryId, String reason,
		String problem) {

	public static AuditVerification intact(long checked) {
		return new AuditVerification(true, checked, null, null, null, null);
	}

	public static AuditVerification broken(long checked, long seq, long entryId, String problem, String reason) {
		return new AuditVerification(false, checked, seq, entryId, reason, problem);
	}
}
