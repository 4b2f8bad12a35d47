package jp.hikeshi.incident;

/** How soon something must be done (緊急度), the columns of the priority matrix. */
public enum Urgency {

	CRITICAL, HIGH, MEDIUM, LOW

}
