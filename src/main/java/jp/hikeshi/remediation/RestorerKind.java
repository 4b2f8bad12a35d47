package jp.hikeshi.remediation;

/**
 * Who restored something: a user of the organisation or a vendor (of the directory, or
 * named in free text).
 */
public enum RestorerKind {

	USER, VENDOR

}
