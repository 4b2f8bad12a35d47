package jp.hikeshi.remediation.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jp.hikeshi.identity.Actor;
import jp.hikeshi.remediation.BlockTarget;
import jp.hikeshi.remediation.ContainmentKind;
import jp.hikeshi.remediation.ContainmentStep;
import jp.hikeshi.remediation.ContainmentView;
import jp.hikeshi.remediation.EnforcementPoint;
import jp.hikeshi.remediation.StepRecord;
import jp.hikeshi.remediation.StepRefusedException;
import jp.hikeshi.shared.OrganisationId;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A containment action on an incident (RES-3); it guards its own life cycle and keeps
 * every step it took.
 */
@Table("containment_action")
public class ContainmentAction {

	@Id
	private final UUID id;

	private final UUID organisationId;

	private final UUID incidentId;

	private final ContainmentKind kind;

	private final String description;

	private final UUID deviceAssetId;

	private final String deviceName;

	private final String askedWhom;

	private final BlockTarget targetType;

	private final String targetValue;

	private final EnforcementPoint enforcementPoint;

	private final String enforcementDetail;

	private ContainmentStep currentStep;

	private final Instant createdAt;

	@Version
	private Long version;

	@MappedCollection(idColumn = "containment_action", keyColumn = "seq")
	private final List<Step> steps;

	@PersistenceCreator
	ContainmentAction(UUID id, UUID organisationId, UUID incidentId, ContainmentKind kind, String description,
			UUID deviceAssetId, String deviceName, String askedWhom, BlockTarget targetType, String targetValue,
			EnforcementPoint enforcementPoint, String enforcementDetail, ContainmentStep currentStep, Instant createdAt,
			Long version, List<Step> steps) {
		this.id = id;
		this.organisationId = organisationId;
		this.incidentId = incidentId;
		this.kind = kind;
		this.description = description;
		this.deviceAssetId = deviceAssetId;
		this.deviceName = deviceName;
		this.askedWhom = askedWhom;
		this.targetType = targetType;
		this.targetValue = targetValue;
		this.enforcementPoint = enforcementPoint;
		this.enforcementDetail = enforcementDetail;
		this.currentStep = currentStep;
		this.createdAt = createdAt;
		this.version = version;
		this.steps = steps == null ? new ArrayList<>() : new ArrayList<>(steps);
	}

	/** What the action names, already checked against its kind by the desk. */
	public record Details(ContainmentKind kind, String description, UUID deviceAssetId, String deviceName,
			String askedWhom, BlockTarget targetType, String targetValue, EnforcementPoint enforcementPoint,
			String enforcementDetail) {
	}

	public static ContainmentAction request(OrganisationId organisation, UUID incidentId, Details d, Actor by,
			Instant now, String note) {
		Instant at = micros(now);
		ContainmentAction action = new ContainmentAction(UUID.randomUUID(), organisation.value(), incidentId, d.kind(),
				d.description(), d.deviceAssetId(), d.deviceName(), d.askedWhom(), d.targetType(), d.targetValue(),
				d.enforcementPoint(), d.enforcementDetail(), ContainmentStep.REQUESTED, at, null, List.of());
		action.steps.add(new Step(ContainmentStep.REQUESTED, at, by.id(), by.displayName(), note));
		return action;
	}

	/**
	 * Takes the next step; anything the life cycle does not allow is refused, naming the
	 * steps that are.
	 */
	public void moveTo(ContainmentStep target, Instant at, Actor by, String note) {
		if (!currentStep.mayMoveTo(target)) {
			throw new StepRefusedException("containment.step.illegal", "containment.step.", currentStep.name(),
					target.name(), currentStep.next().stream().sorted().map(Enum::name).toList());
		}
		steps.add(new Step(target, micros(at), by.id(), by.displayName(), note));
		currentStep = target;
	}

	/** Whether the measure was ever confirmed to hold. */
	public boolean everVerified() {
		return steps.stream().anyMatch(s -> s.reached() == ContainmentStep.VERIFIED);
	}

	/** When the measure was last confirmed to hold, or null if it never was. */
	public Instant verifiedAt() {
		return steps.stream()
			.filter(s -> s.reached() == ContainmentStep.VERIFIED)
			.map(Step::takenAt)
			.reduce((a, b) -> b)
			.orElse(null);
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

	public ContainmentStep currentStep() {
		return currentStep;
	}

	public long version() {
		return version == null ? 0 : version;
	}

	/** A short label for the audit log and the handling log. */
	public String label() {
		String what = switch (kind) {
			case ISOLATE_DEVICE -> deviceName;
			case FILTER_BLOCK -> targetType + " " + targetValue;
			case REMOVE_CAUSE -> description;
		};
		return kind + " " + (what == null ? "" : what);
	}

	public ContainmentView view() {
		return new ContainmentView(id, incidentId, kind, description, deviceAssetId, deviceName, askedWhom, targetType,
				targetValue, enforcementPoint, enforcementDetail, currentStep,
				currentStep.next().stream().sorted().toList(),
				steps.stream()
					.map(s -> new StepRecord(s.reached().name(), null, s.takenAt(), s.actorId(), s.actorName(),
							s.note()))
					.toList(),
				createdAt, version());
	}

	static Instant micros(Instant instant) {
		return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS);
	}

	/** One step as recorded. */
	@Table("containment_step")
	public record Step(ContainmentStep reached, Instant takenAt, UUID actorId, String actorName, String note) {
	}

}
