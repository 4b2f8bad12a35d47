package jp.hikeshi.evidence;

/** Kinds of observables (indicators) the product keeps. */
public enum ObservableType {

	IP, CIDR, DOMAIN, URL, EMAIL, MD5, SHA1, SHA256, FILENAME, ACCOUNT, OTHER

}
