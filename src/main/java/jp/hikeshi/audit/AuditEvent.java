package jp.hikeshi.audit;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jp.hikeshi.shared.Bilingual;
import jp.hikeshi.shared.OrganisationId;

/**
 * Published by any module, inside the transaction of the write it describes: the entry is
 * queued in that transaction (it exists exactly when the write committed) and chained
 * into the tamper-evident trail right after the commit. {@code action} is a code
 * ({@code INCIDENT_OPENED}) shown through its label {@code audit.action.<code>};
 * {@code params} are the named values of its message {@code audit.message.<code>} (shown
 * in the viewer's language), {@code summary} a free text kept as it was written. Build
 * new ones with {@link #by(Author)}.
 */
public record AuditEvent(OrganisationId organisation, Instant occurredAt, String actor, UUID actorId, String action,
		String objectType, String objectId, String summary, Map<String, String> params) {

	public static final String SYSTEM = "system";

	public AuditEvent {
		params = params == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(params));
	}

	/** An entry without structured parameters (its summary is its only details). */
	public AuditEvent(OrganisationId organisation, Instant occurredAt, String actor, UUID actorId, String action,
			String objectType, String objectId, String summary) {
		this(organisation, occurredAt, actor, actorId, action, objectType, objectId, summary, Map.of());
	}

	/**
	 * Starts an entry done by a signed-in person or token ({@code actorId} may be null).
	 */
	public static Builder by(OrganisationId organisation, String actor, UUID actorId) {
		return new Builder(organisation, actor, actorId);
	}

	/**
	 * Starts an entry done by the author (the signed-in {@code Actor}) in its own
	 * organisation.
	 */
	public static Builder by(Author author) {
		return new Builder(author.organisation(), author.username(), author.id());
	}

	/** Starts an entry done by Hikeshi itself. */
	public static Builder bySystem(OrganisationId organisation) {
		return new Builder(organisation, SYSTEM, null);
	}

	/**
	 * Fluent construction:
	 * {@code AuditEvent.by(actor).did("INCIDENT_OPENED").on("INCIDENT", id).with(...).at(now)}.
	 */
	public static final class Builder {

		private final OrganisationId organisation;

		private final String actor;

		private final UUID actorId;

		private final Map<String, String> params = new LinkedHashMap<>();

		private String action;

		private String objectType;

		private String objectId;

		private String summary;

		private Builder(OrganisationId organisation, String actor, UUID actorId) {
			this.organisation = organisation;
			this.actor = actor;
			this.actorId = actorId;
		}

		public Builder did(String actionCode) {
			this.action = actionCode;
			return this;
		}

		public Builder on(String type, Object id) {
			this.objectType = type;
			this.objectId = id == null ? null : id.toString();
			return this;
		}

		/** A named value of the action's message; null values are left out. */
		public Builder with(String name, Object value) {
			if (value != null) {
				params.put(name, value.toString());
			}
			return this;
		}

		/**
		 * A value in both languages: its Japanese under {@code name}, its English under
		 * {@code name_en}.
		 */
		public Builder withBoth(String name, Bilingual value) {
			return value == null ? this : with(name, value.ja()).with(name + "_en", value.en());
		}

		/**
		 * Free text kept beside the parameters (searchable, and the details of readers
		 * without the message).
		 */
		public Builder summary(String text) {
			this.summary = text;
			return this;
		}

		public AuditEvent at(Instant occurredAt) {
			if (action == null || objectType == null) {
				throw new IllegalStateException("an audit entry needs an action and an object type");
			}
			return new AuditEvent(organisation, occurredAt, actor, actorId, action, objectType, objectId, summary,
					params);
		}

	}
}
