package jp.hikeshi.identity.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jp.hikeshi.identity.NewUser;
import jp.hikeshi.identity.Role;
import jp.hikeshi.identity.UserChange;
import jp.hikeshi.shared.FieldProblem;

/**
 * What an account must satisfy: a username of 3–100 letters, digits and . _ @ -, a
 * display name, a well-formed address if any, a password the {@link PasswordPolicy}
 * accepts, known roles (at least one) and a supported language. Faults name their field
 * under the given prefix (e.g. {@code responsible.username}).
 */
public final class AccountRules {

	public static final int MIN_PASSWORD = PasswordPolicy.MIN_LENGTH;

	private static final String USERNAME = "[A-Za-z0-9._@-]{3,100}";

	private static final String EMAIL = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";

	private AccountRules() {
	}

	public static List<FieldProblem> check(NewUser user, String prefix) {
		List<FieldProblem> problems = new ArrayList<>();
		if (user.username() == null || user.username().isBlank()) {
			problems.add(new FieldProblem(prefix + "username", "user.username.required"));
		}
		else if (!user.username().strip().matches(USERNAME)) {
			problems.add(new FieldProblem(prefix + "username", "user.username.pattern"));
		}
		checkProfile(user.displayName(), true, user.email(), prefix, problems);
		problems.addAll(PasswordPolicy.check(prefix + "password", user.password(),
				user.username() == null ? null : user.username().strip()));
		roles(user.roles(), prefix, problems);
		locale(user.language(), prefix, problems);
		return problems;
	}

	public static List<FieldProblem> check(UserChange change) {
		List<FieldProblem> problems = new ArrayList<>();
		checkProfile(change.displayName(), false, change.email(), "", problems);
		if (change.roles() != null) {
			roles(change.roles(), "", problems);
		}
		locale(change.language(), "", problems);
		return problems;
	}

	/**
	 * The roles named; unknown names and an empty list are faults of the field
	 * {@code roles}.
	 */
	public static Set<Role> roles(List<String> names, String prefix, List<FieldProblem> problems) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		for (String name : names == null ? List.<String>of() : names) {
			try {
				roles.add(Role.valueOf(name == null ? "" : name.strip()));
			}
			catch (IllegalArgumentException unknown) {
				problems.add(new FieldProblem(prefix + "roles", "user.roles.unknown", name));
			}
		}
		if (roles.isEmpty() && problems.stream().noneMatch(p -> p.field().equals(prefix + "roles"))) {
			problems.add(new FieldProblem(prefix + "roles", "user.roles.required"));
		}
		return roles;
	}

	/**
	 * Japanese unless English is asked for; null when the language is neither (a fault of
	 * {@code language}).
	 */
	public static Locale locale(String language, String prefix, List<FieldProblem> problems) {
		if (language == null || language.isBlank() || language.strip().equals("ja")) {
			return Locale.JAPANESE;
		}
		if (language.strip().equals("en")) {
			return Locale.ENGLISH;
		}
		problems.add(new FieldProblem(prefix + "language", "user.language.unsupported"));
		return null;
	}

	private static void checkProfile(String displayName, boolean required, String email, String prefix,
			List<FieldProblem> problems) {
		if (displayName != null || required) {
			if (displayName == null || displayName.isBlank()) {
				problems.add(new FieldProblem(prefix + "displayName", "user.displayName.required"));
			}
			else if (displayName.strip().length() > 200) {
				problems.add(new FieldProblem(prefix + "displayName", "user.displayName.tooLong"));
			}
		}
		if (email != null && !email.isBlank() && (email.strip().length() > 320 || !email.strip().matches(EMAIL))) {
			problems.add(new FieldProblem(prefix + "email", "user.email.invalid"));
		}
	}

}
