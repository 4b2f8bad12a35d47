package jp.hikeshi.intake;

/**
 * Where an alert stands in the queue: waiting, turned into a report, attached to an
 * existing incident, or dismissed with a reason.
 */
public enum AlertState {

	NEW, PROMOTED, DISMISSED, ATTACHED

}
