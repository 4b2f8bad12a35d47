package jp.hikeshi.intake;

/** How a report reached the desk. */
public enum Channel {

	PHONE, EMAIL, WEB_FORM, VENDOR_MAINTENANCE, MONITORING, OUTSIDE_NOTICE, OTHER

}
