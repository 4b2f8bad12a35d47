package jp.hikeshi.directory;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jp.hikeshi.audit.AuditEvent;
import jp.hikeshi.directory.SetupAnswers.OrganisationAnswer;
import jp.hikeshi.directory.SetupAnswers.PersonAnswer;
import jp.hikeshi.directory.SetupAnswers.VendorAnswer;
import jp.hikeshi.directory.internal.SetupRecords;
import jp.hikeshi.directory.internal.SetupRecords.Progress;
import jp.hikeshi.directory.internal.UserAccounts;
import jp.hikeshi.identity.Actor;
import jp.hikeshi.identity.Role;
import jp.hikeshi.identity.UserAccount;
import jp.hikeshi.identity.UserAdministration;
import jp.hikeshi.shared.FieldProblem;
import jp.hikeshi.shared.OrganisationId;
import jp.hikeshi.shared.RejectedInputException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The first-run set-up (GEN-2): an administrator answers five short steps, each saved at
 * once so the set-up can be left and resumed; completing it staffs the role plan
 * ({@link SetupStaffing}). Answering again is idempotent: people are matched by username,
 * the vendor by name, contacts by their linked account. New users get a role that fits
 * their part: MANAGER for the responsible person, the deputy and management; HANDLER for
 * the desk, the system person, PR and legal (they draft notices, which takes HANDLER);
 * VENDOR for the vendor's account.
 */
@Service
@Transactional
public class SetupWizard {

	private final SetupRecords records;

	private final SetupChecks checks;

	private final OrganisationSettings organisations;

	private final UserAdministration users;

	private final VendorDirectory vendors;

	private final ContactDirectory contacts;

	private final RolePlanBook plans;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	SetupWizard(SetupRecords records, OrganisationSettings organisations, UserAdministration users,
			UserAccounts accounts, VendorDirectory vendors, ContactDirectory contacts, RolePlanBook plans,
			ApplicationEventPublisher events, Clock clock) {
		this.records = records;
		this.organisations = organisations;
		this.users = users;
		this.checks = new SetupChecks(users, accounts);
		this.vendors = vendors;
		this.contacts = contacts;
		this.plans = plans;
		this.events = events;
		this.clock = clock;
	}

	/** Neither completed nor skipped. */
	@Transactional(readOnly = true)
	public boolean pending(OrganisationId organisation) {
		Progress progress = records.load(organisation);
		return progress.completedAt() == null && progress.skippedAt() == null;
	}

	@Transactional(readOnly = true)
	public SetupState state(OrganisationId organisation) {
		Progress progress = records.load(organisation);
		OrganisationSettings.Profile profile = organisations.profile(organisation);
		OrganisationAnswer organisationAnswer = progress.stepsDone().contains(SetupStep.ORGANISATION.name())
				|| profile.kind() != null
						? new OrganisationAnswer(profile.nameJa(), profile.nameEn(),
								profile.kind() == null ? null : profile.kind().name())
						: null;
		Map<UUID, ContactView> linked = contacts.linkedTo(organisation, progress.people().values());
		Map<String, UUID> people = progress.people();
		VendorAnswer vendor = progress.vendorId() == null ? null
				: vendors.view(organisation, progress.vendorId())
					.map(v -> new VendorAnswer(v.name(), v.emergencyPhone(), v.email(),
							shown(organisation, progress.vendorUser(), linked)))
					.orElse(null);
		SetupAnswers answers = new SetupAnswers(organisationAnswer,
				shown(organisation, people.get("responsible"), linked),
				shown(organisation, people.get("deputy"), linked), shown(organisation, people.get("desk"), linked),
				shown(organisation, people.get("system"), linked), vendor,
				shown(organisation, people.get("management"), linked), shown(organisation, people.get("pr"), linked),
				shown(organisation, people.get("legal"), linked));
		List<SetupStep> done = Arrays.stream(SetupStep.values())
			.filter(s -> progress.stepsDone().contains(s.name()))
			.toList();
		SetupStep resume = Arrays.stream(SetupStep.values())
			.filter(s -> !done.contains(s))
			.findFirst()
			.orElse(SetupStep.CONTACTS);
		return new SetupState(answers, done, progress.completedAt() != null, progress.skippedAt() != null,
				progress.completedAt(), progress.skippedAt(), resume);
	}

	/**
	 * Saves the sections given (each step as a whole); the faults of every section are
	 * rejected together.
	 */
	public SetupState answer(Actor by, SetupAnswers answers) {
		requireAdministrator(by);
		OrganisationId organisation = by.organisation();
		Progress progress = records.load(organisation);
		List<FieldProblem> problems = new ArrayList<>();
		OrganisationSettings.Profile profile = answers.organisation() == null ? null
				: checks.profile(answers.organisation(), problems);
		if (answers.responsible() != null || answers.deputy() != null) {
			checks.person(organisation, answers.responsible(), "responsible", Role.MANAGER, progress, problems);
			checks.person(organisation, answers.deputy(), "deputy", Role.MANAGER, null, problems);
		}
		if (answers.desk() != null || answers.system() != null) {
			checks.person(organisation, answers.desk(), "desk", Role.HANDLER, progress, problems);
			checks.person(organisation, answers.system(), "system", Role.HANDLER, null, problems);
		}
		if (answers.vendor() != null) {
			checks.vendor(organisation, answers.vendor(), problems);
		}
		checks.person(organisation, answers.management(), "management", Role.MANAGER, null, problems);
		checks.person(organisation, answers.pr(), "pr", Role.HANDLER, null, problems);
		checks.person(organisation, answers.legal(), "legal", Role.HANDLER, null, problems);
		if (!problems.isEmpty()) {
			throw new RejectedInputException(problems);
		}
		Instant now = Instant.now(clock);
		if (profile != null) {
			organisations.describe(by, profile);
			step(by, SetupStep.ORGANISATION, now);
		}
		if (answers.responsible() != null || answers.deputy() != null) {
			save(by, answers.responsible(), "responsible", Role.MANAGER, now);
			save(by, answers.deputy(), "deputy", Role.MANAGER, now);
			step(by, SetupStep.RESPONSIBLE, now);
		}
		if (answers.desk() != null || answers.system() != null) {
			save(by, answers.desk(), "desk", Role.HANDLER, now);
			save(by, answers.system(), "system", Role.HANDLER, now);
			step(by, SetupStep.DESK, now);
		}
		if (answers.vendor() != null) {
			saveVendor(by, answers.vendor(), now);
			step(by, SetupStep.VENDOR, now);
		}
		if (answers.management() != null || answers.pr() != null || answers.legal() != null) {
			save(by, answers.management(), "management", Role.MANAGER, now);
			save(by, answers.pr(), "pr", Role.HANDLER, now);
			save(by, answers.legal(), "legal", Role.HANDLER, now);
			step(by, SetupStep.CONTACTS, now);
		}
		return state(organisation);
	}

	/**
	 * Saves the sections given and, once every required step is answered, completes the
	 * set-up (the API's PUT).
	 */
	public SetupState answerAndComplete(Actor by, SetupAnswers answers) {
		SetupState state = answer(by, answers);
		boolean answered = Arrays.stream(SetupStep.values()).filter(SetupStep::required).allMatch(state::done);
		return answered ? complete(by) : state;
	}

	/**
	 * Staffs the role plan from the answers; every required step must have been answered,
	 * each missing one is named.
	 */
	public SetupState complete(Actor by) {
		requireAdministrator(by);
		OrganisationId organisation = by.organisation();
		Progress progress = records.load(organisation);
		List<FieldProblem> missing = Arrays.stream(SetupStep.values())
			.filter(s -> s.required() && !progress.stepsDone().contains(s.name()))
			.map(s -> new FieldProblem(s.slug(), "setup.step.missing", s.number()))
			.toList();
		if (!missing.isEmpty()) {
			throw new RejectedInputException(missing);
		}
		RolePlanView plan = plans.plan(organisation);
		RolePlanInput staffed = SetupStaffing.staff(plan, progress.people(), progress.vendorId());
		if (!SetupStaffing.same(plan, staffed)) {
			plans.replace(by, staffed);
		}
		Instant now = Instant.now(clock);
		records.completed(organisation, now);
		audit(by, "SETUP_COMPLETED", "role plan staffed", now);
		return state(organisation);
	}

	/**
	 * The administrator chose to set things up later by hand; the set-up stays available
	 * at /setup.
	 */
	public SetupState skip(Actor by) {
		requireAdministrator(by);
		Instant now = Instant.now(clock);
		records.skipped(by.organisation(), now);
		audit(by, "SETUP_SKIPPED", null, now);
		return state(by.organisation());
	}

	private void save(Actor by, PersonAnswer answer, String slot, Role role, Instant now) {
		if (answer == null) {
			return;
		}
		UUID id = answer.isEmpty() ? null : person(by, answer, role);
		records.person(by.organisation(), slot, id, now);
		if (id != null) {
			SetupContacts.ensure(contacts, plans, users, by, id, slot, answer.phone());
		}
	}

	private UUID person(Actor by, PersonAnswer answer, Role role) {
		if (answer.userId() != null) {
			return answer.userId();
		}
		return users.findByUsername(by.organisation(), answer.username())
			.map(UserAccount::id)
			.orElseGet(() -> users.create(by, SetupChecks.newUser(answer, role)).id());
	}

	private void saveVendor(Actor by, VendorAnswer answer, Instant now) {
		UUID accountId = person(by, answer.account(), Role.VENDOR);
		UserAccount account = users.find(by.organisation(), accountId).orElseThrow();
		VendorInput.PersonInput person = new VendorInput.PersonInput(account.displayName(), null, account.email(),
				accountId);
		String name = answer.name().strip();
		Optional<VendorView> existing = vendors.all(by.organisation())
			.stream()
			.filter(v -> v.name().equals(name))
			.findFirst();
		UUID vendorId;
		if (existing.isPresent()) {
			VendorView v = existing.get();
			List<VendorInput.PersonInput> people = new ArrayList<>(v.people()
				.stream()
				.map(p -> new VendorInput.PersonInput(p.name(), p.phone(), p.email(), p.userId()))
				.toList());
			if (people.stream().noneMatch(p -> accountId.equals(p.userId()))) {
				people.add(person);
			}
			String email = answer.email() == null || answer.email().isBlank() ? v.email() : answer.email();
			vendorId = vendors.describe(by, v.id(),
					new VendorInput(name, answer.emergencyPhone(), email, v.address(), v.notes(), true, people), null)
				.id();
		}
		else {
			vendorId = vendors
				.register(by,
						new VendorInput(name, answer.emergencyPhone(), answer.email(), null, null, true,
								List.of(person)))
				.id();
		}
		records.vendor(by.organisation(), vendorId, accountId, now);
	}

	private PersonAnswer shown(OrganisationId organisation, UUID id, Map<UUID, ContactView> linked) {
		if (id == null) {
			return null;
		}
		ContactView contact = linked.get(id);
		return users.find(organisation, id)
			.map(u -> new PersonAnswer(u.id(), u.username(), u.displayName(), u.email(), null,
					contact == null ? null : contact.phone()))
			.orElse(null);
	}

	private void step(Actor by, SetupStep step, Instant now) {
		records.stepDone(by.organisation(), step.name(), now);
		audit(by, "SETUP_STEP_ANSWERED", step.name(), now);
	}

	private void audit(Actor by, String action, String summary, Instant now) {
		events.publishEvent(AuditEvent.by(by.organisation(), by.username(), by.id())
			.did(action)
			.on("SETUP", by.organisation())
			.with("step", action.equals("SETUP_STEP_ANSWERED") ? "#audit.setupStep." + summary : null)
			.summary(summary)
			.at(now));
	}

	private static void requireAdministrator(Actor by) {
		if (!by.has(Role.ADMIN)) {
			throw new AccessDeniedException("the set-up is done by administrators");
		}
	}

}
