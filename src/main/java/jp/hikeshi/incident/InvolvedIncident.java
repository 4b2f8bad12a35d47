package jp.hikeshi.incident;

/**
 * An open incident someone works on, and in which part: as its commander, as a handler,
 * or as a vendor sharing it.
 */
public record InvolvedIncident(IncidentLabel incident, Part part) {

	/** How the person takes part in the incident. */
	public enum Part {

		COMMANDER, HANDLER, VENDOR

	}
}
