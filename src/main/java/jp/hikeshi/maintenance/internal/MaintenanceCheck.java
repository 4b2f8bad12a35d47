package jp.hikeshi.maintenance.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jp.hikeshi.identity.Actor;
import jp.hikeshi.maintenance.CheckView;
import jp.hikeshi.maintenance.Outcome;
import jp.hikeshi.maintenance.ResultView;
import jp.hikeshi.shared.OrganisationId;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A check run on one asset on one day, with each criterion's result; an anomaly links to
 * the report it filed.
 */
@Table("maintenance_check")
public class MaintenanceCheck {

	@Id
	private final UUID id;

	private final UUID organisationId;

	private final UUID assetId;

	private final LocalDate checkedOn;

	private final String note;

	private final UUID recordedBy;

	private final String recordedByName;

	private final Instant recordedAt;

	@Version
	private Long version;

	@MappedCollection(idColumn = "maintenance_check", keyColumn = "result_index")
	private final List<Result> results;

	@PersistenceCreator
	MaintenanceCheck(UUID id, UUID organisationId, UUID assetId, LocalDate checkedOn, String note, UUID recordedBy,
			String recordedByName, Instant recordedAt, Long version, List<Result> results) {
		this.id = id;
		this.organisationId = organisationId;
		this.assetId = assetId;
		this.checkedOn = checkedOn;
		this.note = note;
		this.recordedBy = recordedBy;
		this.recordedByName = recordedByName;
		this.recordedAt = recordedAt;
		this.version = version;
		this.results = results == null ? new ArrayList<>() : new ArrayList<>(results);
	}

	public static MaintenanceCheck record(Actor by, UUID assetId, LocalDate checkedOn, String note, Instant now) {
		return new MaintenanceCheck(UUID.randomUUID(), by.organisation().value(), assetId, checkedOn, note, by.id(),
				by.displayName(), now.truncatedTo(java.time.temporal.ChronoUnit.MICROS), null, List.of());
	}

	/** Adds one criterion's result; an anomaly carries the report filed for it. */
	public void addResult(AnomalyCriterion criterion, Outcome outcome, String value, String note, UUID reportId,
			String reportNumber) {
		results.add(new Result(criterion.id(), criterion.name(), outcome, value, note, reportId, reportNumber));
	}

	public CheckView view(String assetName) {
		return new CheckView(id, assetId, assetName, checkedOn, note, recordedBy, recordedByName, recordedAt,
				results.stream()
					.map(r -> new ResultView(r.criterionId(), r.criterionName(), r.outcome(), r.measuredValue(),
							r.note(), r.reportId(), r.reportNumber()))
					.toList());
	}

	public UUID id() {
		return id;
	}

	public OrganisationId organisation() {
		return new OrganisationId(organisationId);
	}

	/** The account that recorded the run (a VENDOR user, or staff on its behalf). */
	public UUID recordedBy() {
		return recordedBy;
	}

	public UUID assetId() {
		return assetId;
	}

	@Table("maintenance_check_result")
	record Result(UUID criterionId, String criterionName, Outcome outcome, String measuredValue, String note,
			UUID reportId, String reportNumber) {
	}

}
