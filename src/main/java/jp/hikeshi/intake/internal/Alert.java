package jp.hikeshi.intake.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jp.hikeshi.intake.AlertState;
import jp.hikeshi.intake.ObservableInput;
import jp.hikeshi.intake.Severity;
import jp.hikeshi.shared.OrganisationId;
import jp.hikeshi.shared.RejectedInputException;

/**
 * An alert as the desk decides on it. Only a new alert can be promoted to a report,
 * attached to an existing incident or dismissed; each decision is final and records who
 * made it and when. Sightings (count, last seen) are not part of the decision and are
 * written by {@link AlertStore} alone, so a repeat never conflicts with a decision.
 */
public final class Alert {

	private final UUID id;

	private final OrganisationId organisation;

	private final String source;

	private final String sourceRef;

	private final String title;

	private final Severity severity;

	private final Instant occurredAt;

	private final Instant firstSeenAt;

	private final Instant lastSeenAt;

	private final long seenCount;

	private final List<ObservableInput> observables;

	private AlertState state;

	private UUID reportId;

	private UUID incidentId;

	private String incidentNumber;

	private String dismissedReason;

	private String decidedByName;

	private Instant decidedAt;

	Alert(UUID id, OrganisationId organisation, String source, String sourceRef, String title, Severity severity,
			Instant occurredAt, Instant firstSeenAt, Instant lastSeenAt, long seenCount,
			List<ObservableInput> observables, AlertState state) {
		this.id = id;
		this.organisation = organisation;
		this.source = source;
		this.sourceRef = sourceRef;
		this.title = title;
		this.severity = severity;
		this.occurredAt = occurredAt;
		this.firstSeenAt = firstSeenAt;
		this.lastSeenAt = lastSeenAt;
		this.seenCount = seenCount;
		this.observables = List.copyOf(observables);
		this.state = state;
	}

	public void promoteTo(UUID report, String by, Instant now) {
		mustBeNew();
		this.state = AlertState.PROMOTED;
		this.reportId = report;
		decided(by, now);
	}

	/**
	 * Attaches the alert to an existing incident instead of filing a report for it
	 * (DET-2).
	 */
	public void attachTo(UUID incident, String number, String by, Instant now) {
		mustBeNew();
		this.state = AlertState.ATTACHED;
		this.incidentId = incident;
		this.incidentNumber = number;
		decided(by, now);
	}

	public void dismiss(String reason, String by, Instant now) {
		mustBeNew();
		if (reason == null || reason.isBlank()) {
			throw new RejectedInputException("reason", "alert.reason.required");
		}
		if (reason.strip().length() > 500) {
			throw new RejectedInputException("reason", "alert.tooLong", 500);
		}
		this.state = AlertState.DISMISSED;
		this.dismissedReason = reason.strip();
		decided(by, now);
	}

	private void mustBeNew() {
		if (state != AlertState.NEW) {
			throw new RejectedInputException("alertIds", "alert.alreadyDecided", sourceRef, state.name());
		}
	}

	private void decided(String by, Instant now) {
		this.decidedByName = by;
		this.decidedAt = now;
	}

	public UUID id() {
		return id;
	}

	public OrganisationId organisation() {
		return organisation;
	}

	public String source() {
		return source;
	}

	public String sourceRef() {
		return sourceRef;
	}

	public String title() {
		return title;
	}

	public Severity severity() {
		return severity;
	}

	public Instant occurredAt() {
		return occurredAt;
	}

	public Instant firstSeenAt() {
		return firstSeenAt;
	}

	public Instant lastSeenAt() {
		return lastSeenAt;
	}

	public long seenCount() {
		return seenCount;
	}

	public List<ObservableInput> observables() {
		return observables;
	}

	public AlertState state() {
		return state;
	}

	public UUID incidentId() {
		return incidentId;
	}

	public String incidentNumber() {
		return incidentNumber;
	}

	UUID reportId() {
		return reportId;
	}

	String dismissedReason() {
		return dismissedReason;
	}

	String decidedByName() {
		return decidedByName;
	}

	Instant decidedAt() {
		return decidedAt;
	}

}
