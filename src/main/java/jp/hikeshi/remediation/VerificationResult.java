package jp.hikeshi.remediation;

/** The outcome of checking that what was restored works normally (復旧確認). */
public enum VerificationResult {

	OK, NOT_OK

}
