package jp.hikeshi.identity.internal;

import org.springframework.beans.factory.annotation.Autowired;
import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.Locale;

import jp.hikeshi.identity.Role;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * On first start with no users, creates {@code admin}: with the password from
 * HIKESHI_ADMIN_PASSWORD, or with a generated one printed once on the console.
 */
@Component
class AdminBootstrap implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

	private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

	private final Users users;

	private final Accounts accounts;

	private final String configuredPassword;

	@Autowired
	AdminBootstrap(Users users, Accounts accounts, AdminProperties settings) {
		this(users, accounts, settings.password());
	}

	AdminBootstrap(Users users, Accounts accounts, String configuredPassword) {
		this.users = users;
		this.accounts = accounts;
		this.configuredPassword = configuredPassword;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (users.count() > 0) {
			return;
		}
		boolean generated = configuredPassword == null || configuredPassword.isBlank();
		String password = generated ? generate() : configuredPassword;
		var faults = PasswordPolicy.check("password", password, "admin");
		if (!faults.isEmpty()) {
			throw new IllegalStateException(
					"HIKESHI_ADMIN_PASSWORD (hikeshi.admin.password) breaks the password policy: "
							+ faults.stream().map(f -> f.messageKey()).toList() + "; it needs "
							+ PasswordPolicy.MIN_LENGTH
							+ " characters or more, not a common password, not containing 'admin', at least 5 different characters");
		}
		try {
			accounts.create(new Accounts.NewAccount("admin", "管理者 / Administrator", null, password, Locale.JAPANESE,
					EnumSet.of(Role.ADMIN)), null);
		}
		catch (RuntimeException createdByAnotherInstance) {
			log.info("admin account already created by another instance");
			return;
		}
		if (generated) {
			System.out.println("""

					==================================================================
					 初期管理者アカウント / Initial administrator account
					   username: admin
					   password: %s
					 この表示は一度だけです。ログイン後に変更してください。
					 Shown only once. Change it after signing in.
					==================================================================
					""".formatted(password));
		}
		else {
			log.info("Created user 'admin' with the password from HIKESHI_ADMIN_PASSWORD");
		}
	}

	/**
	 * Twenty random letters and digits, drawn again in the rare case the password policy
	 * refuses them.
	 */
	private static String generate() {
		SecureRandom random = new SecureRandom();
		while (true) {
			StringBuilder out = new StringBuilder();
			for (int i = 0; i < 20; i++) {
				out.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
			}
			if (PasswordPolicy.check("password", out.toString(), "admin").isEmpty()) {
				return out.toString();
			}
		}
	}

}
