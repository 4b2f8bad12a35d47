package jp.hikeshi.intake.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jp.hikeshi.directory.AssetView;
import jp.hikeshi.identity.Actor;
import jp.hikeshi.intake.AffectedPlace;
import jp.hikeshi.intake.Channel;
import jp.hikeshi.intake.OccurrencePrecision;
import jp.hikeshi.intake.ReportStatus;
import jp.hikeshi.intake.ReportSubmission;
import jp.hikeshi.intake.ReportView;
import jp.hikeshi.shared.OrganisationId;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** A report received at the desk, with every record item of DET-3. */
@Table("report")
public class Report {

	@Id
	private final UUID id;

	private final UUID organisationId;

	private final String number;

	private ReportStatus status;

	private final Instant detectedAt;

	private final Instant receivedAt;

	private final UUID receivedBy;

	private final String receivedByName;

	private final String discovererName;

	private final String discovererContact;

	private final String reporterName;

	private final String reporterContact;

	private final OccurrencePrecision occurrencePrecision;

	private final Instant occurredFrom;

	private final Instant occurredTo;

	private final String detectionPlace;

	private final String category;

	private final Channel channel;

	private final String summary;

	private final String description;

	private final Instant createdAt;

	private boolean needsReview;

	@Version
	private Long version;

	@MappedCollection(idColumn = "report", keyColumn = "place_index")
	private final List<Place> places;

	@PersistenceCreator
	Report(UUID id, UUID organisationId, String number, ReportStatus status, Instant detectedAt, Instant receivedAt,
			UUID receivedBy, String receivedByName, String discovererName, String discovererContact,
			String reporterName, String reporterContact, OccurrencePrecision occurrencePrecision, Instant occurredFrom,
			Instant occurredTo, String detectionPlace, String category, Channel channel, String summary,
			String description, Instant createdAt, boolean needsReview, Long version, List<Place> places) {
		this.id = id;
		this.organisationId = organisationId;
		this.number = number;
		this.status = status;
		this.detectedAt = detectedAt;
		this.receivedAt = receivedAt;
		this.receivedBy = receivedBy;
		this.receivedByName = receivedByName;
		this.discovererName = discovererName;
		this.discovererContact = discovererContact;
		this.reporterName = reporterName;
		this.reporterContact = reporterContact;
		this.occurrencePrecision = occurrencePrecision;
		this.occurredFrom = occurredFrom;
		this.occurredTo = occurredTo;
		this.detectionPlace = detectionPlace;
		this.category = category;
		this.channel = channel;
		this.summary = summary;
		this.description = description;
		this.createdAt = createdAt;
		this.needsReview = needsReview;
		this.version = version;
		this.places = places == null ? new ArrayList<>() : new ArrayList<>(places);
	}

	/** Records a submission that {@link ReportRules} has accepted (and normalised). */
	public static Report receive(String number, ReportSubmission s, Actor receiver, Instant now, boolean needsReview) {
		List<Place> places = s.affectedPlaces()
			.stream()
			.map(p -> new Place(p.assetId(), trim(p.description())))
			.toList();
		return new Report(UUID.randomUUID(), receiver.organisation().value(), number, ReportStatus.RECEIVED,
				micros(s.detectedAt()), micros(s.receivedAt()), receiver.id(), receiver.displayName(),
				trim(s.discovererName()), trim(s.discovererContact()), s.reporterName().trim(),
				s.reporterContact().trim(), s.occurrencePrecision(), micros(s.occurredFrom()), micros(s.occurredTo()),
				trim(s.detectionPlace()), s.category(), s.channel(), s.summary().trim(), trim(s.description()),
				micros(now), needsReview, null, places);
	}

	/**
	 * The values of a new report, in the column order of {@link ReportRecords#insertNew};
	 * a stored report has none (later changes go through {@link Reports#save}).
	 */
	Object[] newRow() {
		if (version != null) {
			throw new IllegalStateException("report " + number + " is already stored");
		}
		return new Object[] { id, organisationId, number, status.name(), utc(detectedAt), utc(receivedAt), receivedBy,
				receivedByName, discovererName, discovererContact, reporterName, reporterContact,
				occurrencePrecision.name(), utc(occurredFrom), utc(occurredTo), detectionPlace, category,
				channel.name(), summary, description, utc(createdAt), needsReview };
	}

	/** The affected places as (report, index, asset, description) rows. */
	List<Object[]> placeRows() {
		List<Object[]> rows = new ArrayList<>();
		for (int i = 0; i < places.size(); i++) {
			rows.add(new Object[] { id, i, places.get(i).assetId(), places.get(i).description() });
		}
		return rows;
	}

	/** The new report is now stored at its first version. */
	void stored() {
		version = 0L;
	}

	private static java.time.OffsetDateTime utc(Instant instant) {
		return instant == null ? null : instant.atOffset(java.time.ZoneOffset.UTC);
	}

	/** The databases keep microseconds; what is returned must equal what is read back. */
	private static Instant micros(Instant instant) {
		return instant == null ? null : instant.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
	}

	private static String trim(String value) {
		if (value == null) {
			return null;
		}
		String trimmed = value.strip();
		return trimmed.isEmpty() ? null : value.length() == trimmed.length() ? value : trimmed;
	}

	/**
	 * Records where triage left the report; only triage outcomes, and a decided report
	 * never returns to triage.
	 */
	public void recordTriage(ReportStatus outcome) {
		if (!outcome.isTriageOutcome()) {
			throw new IllegalArgumentException("not a triage outcome: " + outcome);
		}
		if (outcome == ReportStatus.IN_TRIAGE && status != ReportStatus.RECEIVED) {
			return;
		}
		status = outcome;
	}

	/** A person has looked at a report the system could not read completely. */
	public boolean markReviewed() {
		boolean changed = needsReview;
		needsReview = false;
		return changed;
	}

	public boolean needsReview() {
		return needsReview;
	}

	public ReportStatus status() {
		return status;
	}

	public UUID id() {
		return id;
	}

	public OrganisationId organisation() {
		return new OrganisationId(organisationId);
	}

	public String number() {
		return number;
	}

	public String category() {
		return category;
	}

	public UUID receivedBy() {
		return receivedBy;
	}

	public List<UUID> assetIds() {
		return places.stream().map(Place::assetId).filter(java.util.Objects::nonNull).toList();
	}

	public ReportView view(Map<UUID, AssetView> assets) {
		List<AffectedPlace> affected = places.stream()
			.map(p -> new AffectedPlace(p.assetId(),
					p.assetId() == null || !assets.containsKey(p.assetId()) ? null : assets.get(p.assetId()).name(),
					p.description()))
			.toList();
		return new ReportView(id, number, status, detectedAt, receivedAt, receivedBy, receivedByName, discovererName,
				discovererContact, reporterName, reporterContact, occurrencePrecision, occurredFrom, occurredTo,
				detectionPlace, affected, category, channel, summary, description, createdAt,
				version == null ? 0 : version, needsReview);
	}

	@Table("report_affected_place")
	record Place(UUID assetId, String description) {
	}

}
