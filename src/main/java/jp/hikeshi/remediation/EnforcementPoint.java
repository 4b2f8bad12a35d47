package jp.hikeshi.remediation;

/** Where a filter or block is put in place. */
public enum EnforcementPoint {

	FIREWALL, UTM, PROXY, MAIL_GATEWAY, EDR, OTHER

}
