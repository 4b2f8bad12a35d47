package jp.hikeshi.remediation;

/** Who restored something: a user of the organisation or a vendor. */
public enum RestorerKind {
	USER, VENDOR
}
