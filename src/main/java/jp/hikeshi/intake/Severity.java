package jp.hikeshi.intake;

/** How serious the monitoring tool thinks an alert is. */
public enum Severity {

	INFO, LOW, MEDIUM, HIGH, CRITICAL

}
