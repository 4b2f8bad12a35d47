package jp.hikeshi.directory;

import java.util.Arrays;
import java.util.List;

import jp.hikeshi.directory.SetupAnswers.OrganisationAnswer;
import jp.hikeshi.directory.SetupAnswers.PersonAnswer;
import jp.hikeshi.directory.SetupAnswers.VendorAnswer;
import jp.hikeshi.directory.internal.SetupRecords.Progress;
import jp.hikeshi.directory.internal.UserAccounts;
import jp.hikeshi.identity.NewUser;
import jp.hikeshi.identity.Role;
import jp.hikeshi.identity.UserAdministration;
import jp.hikeshi.shared.FieldProblem;
import jp.hikeshi.shared.OrganisationId;

/**
 * What the set-up's answers must satisfy before anything is saved; each fault names its
 * field as the API spells it ({@code responsible.username},
 * {@code vendor.emergencyPhone}, …).
 */
final class SetupChecks {

	private final UserAdministration users;

	private final UserAccounts accounts;

	SetupChecks(UserAdministration users, UserAccounts accounts) {
		this.users = users;
		this.accounts = accounts;
	}

	OrganisationSettings.Profile profile(OrganisationAnswer answer, List<FieldProblem> problems) {
		OrganisationKind kind = null;
		if (answer.kind() != null && !answer.kind().isBlank()) {
			kind = Arrays.stream(OrganisationKind.values())
				.filter(k -> k.name().equals(answer.kind().strip()))
				.findFirst()
				.orElse(null);
		}
		OrganisationSettings.Profile profile = new OrganisationSettings.Profile(answer.nameJa(), answer.nameEn(), kind);
		problems.addAll(OrganisationSettings.problems(profile, "organisation."));
		return profile;
	}

	/**
	 * A required person (stored is the progress) must be given or already chosen; an
	 * optional one may be empty.
	 */
	void person(OrganisationId organisation, PersonAnswer answer, String field, Role role, Progress stored,
			List<FieldProblem> problems) {
		boolean required = stored != null;
		if (answer == null || answer.isEmpty()) {
			if (required && (answer != null || !stored.people().containsKey(field))) {
				problems.add(new FieldProblem(field, "setup.person.required"));
			}
			return;
		}
		if (answer.phone() != null && answer.phone().strip().length() > 50) {
			problems.add(new FieldProblem(field + ".phone", "setup.person.phone.tooLong"));
		}
		if (answer.userId() != null) {
			if (!accounts.exists(organisation, answer.userId())) {
				problems.add(new FieldProblem(field + ".userId", "directory.user.unknown"));
			}
			return;
		}
		if (users.findByUsername(organisation, answer.username()).isEmpty()) {
			problems.addAll(users.problems(newUser(answer, role), field + "."));
		}
	}

	void vendor(OrganisationId organisation, VendorAnswer vendor, List<FieldProblem> problems) {
		if (vendor.name() == null || vendor.name().isBlank() || vendor.name().strip().length() > 200) {
			problems.add(new FieldProblem("vendor.name", "directory.name.required"));
		}
		if (vendor.emergencyPhone() == null || vendor.emergencyPhone().isBlank()
				|| vendor.emergencyPhone().strip().length() > 50) {
			problems.add(new FieldProblem("vendor.emergencyPhone", "setup.vendor.emergencyPhone.required"));
		}
		if (vendor.account() == null || vendor.account().isEmpty()) {
			problems.add(new FieldProblem("vendor.account", "setup.person.required"));
		}
		else {
			person(organisation, vendor.account(), "vendor.account", Role.VENDOR, null, problems);
		}
	}

	static NewUser newUser(PersonAnswer answer, Role role) {
		return new NewUser(answer.username(), answer.displayName(), answer.email(), answer.password(),
				List.of(role.name()), "ja");
	}

}
