package jp.hikeshi.incident;

/**
 * The overall state of an incident; the work inside it is tracked per process (GEN-1).
 */
public enum IncidentState {

	OPEN, CONTAINED, RECOVERED, CLOSED;

	public boolean isOpen() {
		return this != CLOSED;
	}

}
