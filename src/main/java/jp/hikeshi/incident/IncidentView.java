package jp.hikeshi.incident;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jp.hikeshi.identity.Person;

/** An incident with everything the API and the incident page show. */
public record IncidentView(UUID id, String number, String title, String category, Urgency urgency, String severity,
		PriorityScheme priorityScheme, String priority, IncidentState state,
		Map<IncidentProcess, ProcessState> processes, Person commander, List<Person> handlers,
		List<LinkedReport> reports, List<AffectedAsset> assets, Instant occurredFrom, Instant occurredTo,
		Instant detectedAt, Instant receivedAt, Instant acknowledgedAt, Instant containedAt, Instant recoveredAt,
		Instant closedAt, Instant becameAwareAt, Instant openedAt, long version) {

	/**
	 * Starts a view; fields not given stay empty (null, or no entries for the lists and
	 * the processes).
	 */
	public static Builder builder() {
		return new Builder();
	}

	/** Builds a view field by field, so that no caller passes 25 values in order. */
	public static final class Builder {

		private UUID id;

		private String number;

		private String title;

		private String category;

		private Urgency urgency;

		private String severity;

		private PriorityScheme priorityScheme;

		private String priority;

		private IncidentState state;

		private Map<IncidentProcess, ProcessState> processes = Map.of();

		private Person commander;

		private List<Person> handlers = List.of();

		private List<LinkedReport> reports = List.of();

		private List<AffectedAsset> assets = List.of();

		private Instant occurredFrom;

		private Instant occurredTo;

		private Instant detectedAt;

		private Instant receivedAt;

		private Instant acknowledgedAt;

		private Instant containedAt;

		private Instant recoveredAt;

		private Instant closedAt;

		private Instant becameAwareAt;

		private Instant openedAt;

		private long version;

		private Builder() {
		}

		public Builder id(UUID id) {
			this.id = id;
			return this;
		}

		public Builder number(String number) {
			this.number = number;
			return this;
		}

		public Builder title(String title) {
			this.title = title;
			return this;
		}

		public Builder category(String category) {
			this.category = category;
			return this;
		}

		public Builder state(IncidentState state) {
			this.state = state;
			return this;
		}

		public Builder processes(Map<IncidentProcess, ProcessState> processes) {
			this.processes = processes;
			return this;
		}

		public Builder commander(Person commander) {
			this.commander = commander;
			return this;
		}

		public Builder handlers(List<Person> handlers) {
			this.handlers = handlers;
			return this;
		}

		public Builder reports(List<LinkedReport> reports) {
			this.reports = reports;
			return this;
		}

		public Builder assets(List<AffectedAsset> assets) {
			this.assets = assets;
			return this;
		}

		public Builder detectedAt(Instant detectedAt) {
			this.detectedAt = detectedAt;
			return this;
		}

		public Builder receivedAt(Instant receivedAt) {
			this.receivedAt = receivedAt;
			return this;
		}

		public Builder acknowledgedAt(Instant acknowledgedAt) {
			this.acknowledgedAt = acknowledgedAt;
			return this;
		}

		public Builder containedAt(Instant containedAt) {
			this.containedAt = containedAt;
			return this;
		}

		public Builder recoveredAt(Instant recoveredAt) {
			this.recoveredAt = recoveredAt;
			return this;
		}

		public Builder closedAt(Instant closedAt) {
			this.closedAt = closedAt;
			return this;
		}

		public Builder becameAwareAt(Instant becameAwareAt) {
			this.becameAwareAt = becameAwareAt;
			return this;
		}

		public Builder openedAt(Instant openedAt) {
			this.openedAt = openedAt;
			return this;
		}

		public Builder version(long version) {
			this.version = version;
			return this;
		}

		/**
		 * The rank: urgency × severity (a code of the scheme given) gives the priority
		 * label.
		 */
		public Builder ranked(Urgency urgency, String severity, PriorityScheme priorityScheme, String priority) {
			this.urgency = urgency;
			this.severity = severity;
			this.priorityScheme = priorityScheme;
			this.priority = priority;
			return this;
		}

		/** When the incident happened, as far as it is known. */
		public Builder occurred(Instant occurredFrom, Instant occurredTo) {
			this.occurredFrom = occurredFrom;
			this.occurredTo = occurredTo;
			return this;
		}

		public IncidentView build() {
			return new IncidentView(id, number, title, category, urgency, severity, priorityScheme, priority, state,
					processes, commander, handlers, reports, assets, occurredFrom, occurredTo, detectedAt, receivedAt,
					acknowledgedAt, containedAt, recoveredAt, closedAt, becameAwareAt, openedAt, version);
		}

	}

	/** A report that led to this incident. */
	public record LinkedReport(UUID id, String number, Instant linkedAt) {
	}

	/** An asset affected by this incident. */
	public record AffectedAsset(UUID id, String name) {
	}
}
