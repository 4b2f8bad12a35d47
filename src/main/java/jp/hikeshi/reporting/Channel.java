package jp.hikeshi.reporting;

/**
 * How a notification is delivered; only EMAIL is sent by Hikeshi itself, through the
 * outbox.
 */
public enum Channel {

	EMAIL, WEB_FORM, LETTER, PHONE, IN_PERSON, WEBSITE, OTHER

}
