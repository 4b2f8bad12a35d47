package jp.hikeshi.remediation.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jp.hikeshi.identity.Actor;
import jp.hikeshi.remediation.RecoveryMethod;
import jp.hikeshi.remediation.RecoveryStage;
import jp.hikeshi.remediation.RecoveryView;
import jp.hikeshi.remediation.RestorerKind;
import jp.hikeshi.remediation.StepRecord;
import jp.hikeshi.remediation.StepRefusedException;
import jp.hikeshi.remediation.VerificationResult;
import jp.hikeshi.shared.OrganisationId;
import jp.hikeshi.shared.RejectedInputException;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A recovery item (RES-4): one asset or service to bring back, who restored it, when and
 * how, and the checks that it works normally; only a check that finds it working ends the
 * item.
 */
@Table("recovery_item")
public class RecoveryItem {

	@Id
	private final UUID id;

	private final UUID organisationId;

	private final UUID incidentId;

	private final UUID assetId;

	private final String targetName;

	private final String description;

	private RestorerKind restorerKind;

	private UUID restorerUserId;

	private UUID restorerVendorId;

	private String restorerName;

	private RecoveryMethod method;

	private String methodDetail;

	private Instant restoredAt;

	private RecoveryStage stage;

	private final Instant createdAt;

	@Version
	private Long version;

	@MappedCollection(idColumn = "recovery_item", keyColumn = "seq")
	private final List<Step> steps;

	@PersistenceCreator
	RecoveryItem(UUID id, UUID organisationId, UUID incidentId, UUID assetId, String targetName, String description,
			RestorerKind restorerKind, UUID restorerUserId, UUID restorerVendorId, String restorerName,
			RecoveryMethod method, String methodDetail, Instant restoredAt, RecoveryStage stage, Instant createdAt,
			Long version, List<Step> steps) {
		this.id = id;
		this.organisationId = organisationId;
		this.incidentId = incidentId;
		this.assetId = assetId;
		this.targetName = targetName;
		this.description = description;
		this.restorerKind = restorerKind;
		this.restorerUserId = restorerUserId;
		this.restorerVendorId = restorerVendorId;
		this.restorerName = restorerName;
		this.method = method;
		this.methodDetail = methodDetail;
		this.restoredAt = restoredAt;
		this.stage = stage;
		this.createdAt = createdAt;
		this.version = version;
		this.steps = steps == null ? new ArrayList<>() : new ArrayList<>(steps);
	}

	/**
	 * Who restored the item: a user of the organisation (with id), a vendor organisation
	 * of the directory (with id) or a vendor named in free text (no id).
	 */
	public record Restorer(RestorerKind kind, UUID userId, UUID vendorId, String name) {
	}

	public static RecoveryItem plan(OrganisationId organisation, UUID incidentId, UUID assetId, String targetName,
			String description, Restorer restorer, RecoveryMethod method, String methodDetail, Actor by, Instant now,
			String note) {
		Instant at = ContainmentAction.micros(now);
		RecoveryItem item = new RecoveryItem(UUID.randomUUID(), organisation.value(), incidentId, assetId, targetName,
				description, null, null, null, null, null, null, null, RecoveryStage.PLANNED, at, null, List.of());
		item.describeWork(restorer, method, methodDetail);
		item.steps.add(new Step(RecoveryStage.PLANNED, null, at, by.id(), by.displayName(), note));
		return item;
	}

	/**
	 * Records or corrects who restores the item and how; null leaves a value as it is.
	 */
	public void describeWork(Restorer restorer, RecoveryMethod newMethod, String newMethodDetail) {
		if (restorer != null) {
			restorerKind = restorer.kind();
			restorerUserId = restorer.userId();
			restorerVendorId = restorer.vendorId();
			restorerName = restorer.name();
		}
		if (newMethod != null) {
			method = newMethod;
		}
		if (newMethodDetail != null) {
			methodDetail = newMethodDetail;
		}
	}

	/** Work has begun. */
	public void start(Instant at, Actor by, String note) {
		step(RecoveryStage.IN_PROGRESS, null, at, by, note);
	}

	/** The item is back; who did it and how must be known by now. */
	public void restored(Instant at, Actor by, String note) {
		checkNext(RecoveryStage.RESTORED);
		if (restorerName == null) {
			throw new RejectedInputException("restoredBy", "recovery.restorer.required");
		}
		if (method == null) {
			throw new RejectedInputException("method", "recovery.method.required");
		}
		step(RecoveryStage.RESTORED, null, at, by, note);
		restoredAt = ContainmentAction.micros(at);
	}

	/**
	 * The check that the restored item works normally (復旧確認); one that fails sends it
	 * back to in progress.
	 */
	public void verify(VerificationResult result, Instant at, Actor by, String note) {
		checkNext(RecoveryStage.VERIFIED);
		if (result == null) {
			throw new RejectedInputException("result", "recovery.result.required");
		}
		step(result == VerificationResult.OK ? RecoveryStage.VERIFIED : RecoveryStage.IN_PROGRESS, result, at, by,
				note);
	}

	/**
	 * Takes the item out of the plan (added by mistake); the reason is required and kept
	 * as the step's note.
	 */
	public void cancel(Instant at, Actor by, String reason) {
		if (!stage.cancellable()) {
			throw new StepRefusedException("recovery.step.illegal", "recovery.stage.", stage.name(),
					RecoveryStage.CANCELLED.name(), stage.next() == null ? List.of() : List.of(stage.next().name()));
		}
		if (reason == null || reason.isBlank()) {
			throw new RejectedInputException("note", "recovery.cancel.reason.required");
		}
		steps.add(new Step(RecoveryStage.CANCELLED, null, ContainmentAction.micros(at), by.id(), by.displayName(),
				reason.strip()));
		stage = RecoveryStage.CANCELLED;
	}

	private void step(RecoveryStage target, VerificationResult result, Instant at, Actor by, String note) {
		if (result == null) {
			checkNext(target);
		}
		steps.add(new Step(target, result, ContainmentAction.micros(at), by.id(), by.displayName(), note));
		stage = target;
	}

	private void checkNext(RecoveryStage target) {
		if (stage.next() != target) {
			throw new StepRefusedException("recovery.step.illegal", "recovery.stage.", stage.name(), target.name(),
					stage.next() == null ? List.of() : List.of(stage.next().name()));
		}
	}

	public UUID id() {
		return id;
	}

	public OrganisationId organisation() {
		return new OrganisationId(organisationId);
	}

	public UUID incidentId() {
		return incidentId;
	}

	public RecoveryStage stage() {
		return stage;
	}

	public long version() {
		return version == null ? 0 : version;
	}

	/** When the last check found the item working, or null while it has not. */
	public Instant verifiedAt() {
		return stage == RecoveryStage.VERIFIED ? steps.get(steps.size() - 1).takenAt() : null;
	}

	public String label() {
		return targetName + ": " + description;
	}

	public RecoveryView view() {
		List<StepRecord> records = steps.stream()
			.map(s -> new StepRecord(s.stage().name(), s.result(), s.takenAt(), s.actorId(), s.actorName(), s.note()))
			.toList();
		return new RecoveryView(id, incidentId, assetId, targetName, description, restorerKind, restorerUserId,
				restorerVendorId, restorerName, method, methodDetail, restoredAt, stage, stage.next(),
				stage.cancellable(), records, records.stream().filter(r -> r.result() != null).toList(), createdAt,
				version());
	}

	/** One step as recorded; a verification carries its result. */
	@Table("recovery_step")
	public record Step(RecoveryStage stage, VerificationResult result, Instant takenAt, UUID actorId, String actorName,
			String note) {
	}

}
