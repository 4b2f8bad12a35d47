package jp.hikeshi.identity.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jp.hikeshi.shared.FieldProblem;

import org.passay.DictionaryRule;
import org.passay.LengthRule;
import org.passay.PasswordData;
import org.passay.PasswordValidator;
import org.passay.RuleResultDetail;
import org.passay.UsernameRule;
import org.passay.dictionary.ArrayWordList;
import org.passay.dictionary.WordListDictionary;
import org.passay.dictionary.sort.ArraysSort;

/**
 * The one password policy of Hikeshi, for every way a password is set (an administrator's
 * new account or reset, the users API, the set-up wizard, the first administrator, one's
 * own change): at least {@value #MIN_LENGTH} characters (at most {@value #MAX_LENGTH}),
 * not one of the common passwords shipped in {@code identity/common-passwords.txt}
 * (whatever the case), not containing the user name (forwards or backwards), and at least
 * {@value #MIN_DISTINCT} different characters (so {@code aaaaaaaaaaaa} fails; a rule on
 * runs of one character would also refuse, now and then, a long random password). Each
 * broken rule is its own fault, worded by its message key {@code user.password.<rule>}.
 */
public final class PasswordPolicy {

	public static final int MIN_LENGTH = 12;

	public static final int MAX_LENGTH = 200;

	public static final int MIN_DISTINCT = 5;

	/** The rules as message keys, in the order the forms list them. */
	public static final List<String> RULES = List.of("user.password.rule.length", "user.password.rule.common",
			"user.password.rule.username", "user.password.rule.variety");

	private static final PasswordValidator VALIDATOR = new PasswordValidator(new LengthRule(MIN_LENGTH, MAX_LENGTH),
			new DictionaryRule(new WordListDictionary(new ArrayWordList(commonPasswords(), false, new ArraysSort()))),
			new UsernameRule(true, true));

	private PasswordPolicy() {
	}

	/**
	 * The faults of a password for the user name, each on {@code field}; empty when it is
	 * acceptable.
	 */
	public static List<FieldProblem> check(String field, String password, String username) {
		if (password == null || password.isEmpty()) {
			return List.of(new FieldProblem(field, "user.password.short", MIN_LENGTH));
		}
		PasswordData data = username == null || username.isBlank() ? new PasswordData(password)
				: new PasswordData(username.strip(), password);
		Set<String> keys = new LinkedHashSet<>();
		for (RuleResultDetail detail : VALIDATOR.validate(data).getDetails()) {
			keys.add(switch (detail.getErrorCode()) {
				case LengthRule.ERROR_CODE_MIN -> "user.password.short";
				case LengthRule.ERROR_CODE_MAX -> "user.password.long";
				case DictionaryRule.ERROR_CODE, DictionaryRule.ERROR_CODE_REVERSED -> "user.password.common";
				case UsernameRule.ERROR_CODE, UsernameRule.ERROR_CODE_REVERSED -> "user.password.username";
				default -> throw new IllegalStateException("unexpected password rule " + detail.getErrorCode());
			});
		}
		if (password.codePoints().distinct().count() < MIN_DISTINCT) {
			keys.add("user.password.variety");
		}
		List<FieldProblem> problems = new ArrayList<>();
		for (String key : keys) {
			problems.add(new FieldProblem(field, key, switch (key) {
				case "user.password.short" -> MIN_LENGTH;
				case "user.password.variety" -> MIN_DISTINCT;
				default -> MAX_LENGTH;
			}));
		}
		return problems;
	}

	/** Throws the faults of the password as rejected input of {@code field}. */
	public static void require(String field, String password, String username) {
		List<FieldProblem> problems = check(field, password, username);
		if (!problems.isEmpty()) {
			throw new jp.hikeshi.shared.RejectedInputException(problems);
		}
	}

	private static String[] commonPasswords() {
		var in = PasswordPolicy.class.getResourceAsStream("/identity/common-passwords.txt");
		if (in == null) {
			throw new IllegalStateException("identity/common-passwords.txt is missing from the class path");
		}
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			return reader.lines().map(String::strip).filter(line -> !line.isEmpty()).toArray(String[]::new);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
