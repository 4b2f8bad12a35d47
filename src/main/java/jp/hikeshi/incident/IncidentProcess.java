package jp.hikeshi.incident;

/**
 * The four processes of the handling flow; an incident may have work open in several at
 * once (GEN-1).
 */
public enum IncidentProcess {

	DETECTION, TRIAGE, RESPONSE, REPORTING

}
