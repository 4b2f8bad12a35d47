package jp.hikeshi.remediation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jp.hikeshi.directory.AssetCatalog;
import jp.hikeshi.directory.AssetView;
import jp.hikeshi.identity.Actor;
import jp.hikeshi.identity.Permission;
import jp.hikeshi.incident.IncidentQueries;
import jp.hikeshi.remediation.internal.ContainmentAction;
import jp.hikeshi.remediation.internal.ContainmentActions;
import jp.hikeshi.shared.FieldProblem;
import jp.hikeshi.shared.NotFoundException;
import jp.hikeshi.shared.RejectedInputException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * First aid on an incident (RES-3): requests containment actions, moves them through
 * their life cycle with who and when for every step, and marks the incident contained
 * when {@link RemediationPolicies#contained} says so.
 */
@Service
@Transactional
public class ContainmentDesk {

	private final ContainmentActions actions;

	private final IncidentQueries incidents;

	private final AssetCatalog assets;

	private final IncidentFollowUp followUp;

	private final ApplicationEventPublisher events;

	ContainmentDesk(ContainmentActions actions, IncidentQueries incidents, AssetCatalog assets,
			IncidentFollowUp followUp, ApplicationEventPublisher events) {
		this.actions = actions;
		this.incidents = incidents;
		this.assets = assets;
		this.followUp = followUp;
		this.events = events;
	}

	public ContainmentView request(Actor by, UUID incidentId, NewContainmentAction input) {
		incidents.get(by, incidentId);
		Permission.CHANGE.demand(by);
		Instant now = followUp.now();
		ContainmentAction action = actions.save(ContainmentAction.request(by.organisation(), incidentId,
				details(by, input), by, now, blank(input.note())));
		followUp.record(by, now, incidentId, "CONTAINMENT_REQUESTED", "CONTAINMENT", action.id(), action.label(),
				"remediation.log.containment",
				l -> followUp.containmentArgs(action.view(), ContainmentStep.REQUESTED, l));
		events.publishEvent(new ContainmentChanged(by.organisation(), incidentId, action.id(), action.view().kind(),
				ContainmentStep.REQUESTED));
		return action.view();
	}

	@Transactional(readOnly = true)
	public List<ContainmentView> forIncident(Actor by, UUID incidentId) {
		incidents.get(by, incidentId);
		return actions.findByOrganisationIdAndIncidentIdOrderByCreatedAt(by.organisation().value(), incidentId)
			.stream()
			.map(ContainmentAction::view)
			.toList();
	}

	/**
	 * The steps the incident's containment actions stand at, each once (for rules that
	 * need no more).
	 */
	@Transactional(readOnly = true)
	public Set<ContainmentStep> stepsReached(Actor by, UUID incidentId) {
		incidents.get(by, incidentId);
		return actions.currentSteps(by.organisation().value(), incidentId)
			.stream()
			.map(ContainmentStep::valueOf)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(ContainmentStep.class)));
	}

	@Transactional(readOnly = true)
	public ContainmentView get(Actor by, UUID id) {
		return load(by, id).view();
	}

	/**
	 * Takes the next step on the version the caller read; an illegal step is refused, a
	 * stale version too.
	 */
	public ContainmentView step(Actor by, UUID id, StepChange change) {
		ContainmentAction action = load(by, id);
		Permission.CHANGE.demand(by);
		if (change.version() == null || change.version() != action.version()) {
			throw new OptimisticLockingFailureException("containment action " + id + " is at version "
					+ action.version() + ", the change was made on " + change.version());
		}
		Instant now = followUp.now();
		Instant at = followUp.when(change.at(), now);
		action.moveTo(change.step(), at, by, blank(change.note()));
		ContainmentAction saved = actions.save(action);
		followUp.record(by, now, saved.incidentId(), "CONTAINMENT_" + change.step().name(), "CONTAINMENT", saved.id(),
				saved.label(), "remediation.log.containment",
				l -> followUp.containmentArgs(saved.view(), change.step(), l));
		events.publishEvent(new ContainmentChanged(by.organisation(), saved.incidentId(), saved.id(),
				saved.view().kind(), change.step()));
		List<ContainmentAction> all = actions
			.findByOrganisationIdAndIncidentIdOrderByCreatedAt(by.organisation().value(), saved.incidentId());
		if (RemediationPolicies.contained(all.stream()
			.map(a -> new RemediationPolicies.ActionState(a.currentStep(), a.everVerified()))
			.toList())) {
			// a cancelled request contains nothing: the incident was contained when the
			// last measure was confirmed
			Instant containedAt = change.step() != ContainmentStep.CANCELLED ? at
					: all.stream()
						.map(ContainmentAction::verifiedAt)
						.filter(Objects::nonNull)
						.max(Instant::compareTo)
						.orElse(at);
			followUp.markContained(by, saved.incidentId(), containedAt);
		}
		return saved.view();
	}

	private ContainmentAction load(Actor by, UUID id) {
		ContainmentAction action = actions.findById(id)
			.filter(a -> a.organisation().equals(by.organisation()))
			.orElseThrow(() -> new NotFoundException("containment action", id));
		incidents.get(by, action.incidentId());
		return action;
	}

	/**
	 * Checks what the action names against its kind and keeps only what belongs to it.
	 */
	private ContainmentAction.Details details(Actor by, NewContainmentAction in) {
		List<FieldProblem> problems = new ArrayList<>();
		String description = blank(in.description());
		ContainmentAction.Details details = switch (in.kind()) {
			case ISOLATE_DEVICE -> {
				String device = blank(in.deviceName());
				if (in.deviceAssetId() != null) {
					AssetView asset = assets.find(by.organisation(), in.deviceAssetId()).orElse(null);
					if (asset == null) {
						problems
							.add(new FieldProblem("deviceAssetId", "containment.device.unknown", in.deviceAssetId()));
					}
					else {
						device = asset.name();
					}
				}
				else if (device == null) {
					problems.add(new FieldProblem("deviceName", "containment.device.required"));
				}
				if (blank(in.askedWhom()) == null) {
					problems.add(new FieldProblem("askedWhom", "containment.askedWhom.required"));
				}
				yield new ContainmentAction.Details(in.kind(), description, in.deviceAssetId(), device,
						blank(in.askedWhom()), null, null, null, null);
			}
			case FILTER_BLOCK -> {
				String value = null;
				if (in.targetType() == null) {
					problems.add(new FieldProblem("targetType", "containment.targetType.required"));
				}
				else {
					value = in.targetType().normalise(in.targetValue()).orElse(null);
					if (value == null) {
						problems.add(new FieldProblem("targetValue", "containment.target.invalid." + in.targetType(),
								in.targetValue() == null ? "" : in.targetValue()));
					}
				}
				if (in.enforcementPoint() == null) {
					problems.add(new FieldProblem("enforcementPoint", "containment.enforcementPoint.required"));
				}
				else if (in.enforcementPoint() == EnforcementPoint.OTHER && blank(in.enforcementDetail()) == null) {
					problems.add(new FieldProblem("enforcementDetail", "containment.enforcementDetail.required"));
				}
				yield new ContainmentAction.Details(in.kind(), description, null, null, null, in.targetType(), value,
						in.enforcementPoint(), blank(in.enforcementDetail()));
			}
			case REMOVE_CAUSE -> {
				if (description == null) {
					problems.add(new FieldProblem("description", "containment.description.required"));
				}
				yield new ContainmentAction.Details(in.kind(), description, null, null, null, null, null, null, null);
			}
		};
		if (!problems.isEmpty()) {
			throw new RejectedInputException(problems);
		}
		return details;
	}

	static String blank(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
