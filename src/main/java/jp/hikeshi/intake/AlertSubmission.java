package jp.hikeshi.intake;

import java.time.Instant;
import java.util.List;

/**
 * An alert as a monitoring tool sends it (DET-2). {@code raw} is the tool's own payload
 * as JSON text, kept as received; (source, sourceRef) identifies the alert at the tool
 * and is the de-duplication key.
 */
public record AlertSubmission(String source, String sourceRef, String title, Severity severity, Instant occurredAt,
		List<ObservableInput> observables, String raw) {

	public AlertSubmission {
		observables = observables == null ? List.of() : observables;
	}
}
