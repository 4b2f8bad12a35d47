package jp.hikeshi.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;

import jp.hikeshi.shared.FieldProblem;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Issue 19 item 4: each rule of the one password policy, on its own. */
class PasswordPolicyTests {

	@Test
	@DisplayName("SEC-PW: a password shorter than 12 characters breaks the length rule")
	void rejectsShortPasswords() {
		assertThat(keys("Kx9#mPq2vL7", "taro")).containsExactly("user.password.short");
		assertThat(PasswordPolicy.check("password", "Kx9#mPq2vL7", "taro").get(0).args()).containsExactly(12);
		assertThat(keys("Kx9#mPq2vL7!", "taro")).isEmpty();
		assertThat(keys(null, "taro")).containsExactly("user.password.short");
		assertThat(keys("x".repeat(3) + "Kx9#mPq2vL7!".repeat(20), "taro")).containsExactly("user.password.long");
	}

	@Test
	@DisplayName("SEC-PW: a password in the shipped list of common passwords is refused whatever its case")
	void rejectsCommonPasswords() {
		assertThat(keys("qwerty123456", "taro")).containsExactly("user.password.common");
		assertThat(keys("1Q2W3E4R5T6Y", "taro")).containsExactly("user.password.common");
		assertThat(keys("leavemealone", "taro")).containsExactly("user.password.common");
	}

	@Test
	@DisplayName("SEC-PW: a password containing the user name, forwards or backwards, is refused")
	void rejectsTheUserName() {
		assertThat(keys("my-Yamada.Taro-2026", "yamada.taro")).containsExactly("user.password.username");
		assertThat(keys("x-orat.adamay-2026", "yamada.taro")).containsExactly("user.password.username");
		assertThat(keys("my-Yamada.Taro-2026", "suzuki")).isEmpty();
	}

	@Test
	@DisplayName("SEC-PW: a password of fewer than five different characters is refused (aaaaaaaaaaaa was accepted before)")
	void rejectsPasswordsOfFewCharacters() {
		assertThat(keys("aaaaaaaaaaaa", "taro")).containsExactly("user.password.variety");
		assertThat(keys("abababcdcdcdabcd", "taro")).containsExactly("user.password.variety");
		assertThat(keys("abababcdcdcdabce", "taro")).isEmpty();
	}

	@Test
	@DisplayName("SEC-PW: every broken rule is reported, each on the field named")
	void reportsEveryBrokenRuleOnTheField() {
		List<FieldProblem> problems = PasswordPolicy.check("responsible.password", "tarotaro", "taro");
		assertThat(problems).extracting(FieldProblem::field).containsOnly("responsible.password");
		assertThat(problems).extracting(FieldProblem::messageKey)
			.containsExactlyInAnyOrder("user.password.short", "user.password.username", "user.password.variety");
	}

	@Test
	@DisplayName("SEC-PW: long random passwords pass, as do the test suites' pw-<uuid> ones (seeded)")
	void acceptsRandomPasswords() {
		Random random = new Random(19);
		String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789-_!";
		for (int i = 0; i < 200; i++) {
			StringBuilder password = new StringBuilder();
			for (int c = 0; c < 16; c++) {
				password.append(alphabet.charAt(random.nextInt(alphabet.length())));
			}
			assertThat(keys(password.toString(), "hanako")).as(password.toString()).isEmpty();
		}
	}

	@Test
	@DisplayName("SEC-PW: random UUID passwords, as the suites make them, always pass (seeded)")
	void acceptsUuidPasswords() {
		Random random = new Random(1919);
		for (int i = 0; i < 10_000; i++) {
			String password = "pw-" + new java.util.UUID(random.nextLong(), random.nextLong());
			assertThat(keys(password, "user-" + i)).as(password).isEmpty();
		}
	}

	@Test
	@DisplayName("SEC-PW: the shipped list holds the common passwords, most common first")
	void shipsTheCommonPasswordList() throws Exception {
		try (var in = PasswordPolicy.class.getResourceAsStream("/identity/common-passwords.txt")) {
			List<String> lines = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
				.toList();
			assertThat(lines).hasSizeGreaterThanOrEqualTo(10_000).startsWith("123456", "password");
		}
	}

	private static List<String> keys(String password, String username) {
		return PasswordPolicy.check("password", password, username).stream().map(FieldProblem::messageKey).toList();
	}

}
