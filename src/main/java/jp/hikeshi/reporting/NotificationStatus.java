package jp.hikeshi.reporting;

/**
 * Where a notification stands: nothing written yet, drafted, sent (content frozen),
 * acknowledged by the recipient.
 */
public enum NotificationStatus {

	TO_DO, DRAFT, SENT, ACKNOWLEDGED

}
