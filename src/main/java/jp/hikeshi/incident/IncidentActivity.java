package jp.hikeshi.incident;

import java.time.Instant;
import java.util.UUID;

import jp.hikeshi.shared.OrganisationId;
import jp.hikeshi.shared.Phrase;

/**
 * What a module that depends on the incident module implements in its own event to have a
 * line written into an incident's handling log after its commit. The incident module
 * hears every such event through this type alone, so it needs to know neither the
 * publisher nor its event (the intake's alerts attached, for one).
 */
public interface IncidentActivity {

	OrganisationId organisation();

	UUID incidentId();

	/** When the work was done. */
	Instant occurredAt();

	/** The user who did it, for the log line. */
	UUID actorId();

	String actorName();

	/** The log line in the system's words, rendered in each reader's language. */
	Phrase logPhrase();

}
