package jp.hikeshi;

import java.util.EnumSet;
import java.util.Locale;
import java.util.UUID;

import jp.hikeshi.identity.Actor;
import jp.hikeshi.identity.Role;
import jp.hikeshi.identity.internal.Accounts;

import org.springframework.boot.test.context.TestComponent;

/**
 * Creates uniquely named users with API tokens for tests that share one database. A test
 * component: imported by {@code @WebTest} and the other full-application tests, never
 * scanned, so module tests without identity start.
 */
@TestComponent
public class TestAccounts {

	private final Accounts accounts;

	public TestAccounts(Accounts accounts) {
		this.accounts = accounts;
	}

	/** A user with the given roles and a bearer token. */
	public record TestUser(Actor actor, String username, String password, String token) {

		public String bearer() {
			return "Bearer " + token;
		}
	}

	public TestUser create(String prefix, Role... roles) {
		return create(prefix, Locale.JAPANESE, roles);
	}

	public TestUser create(String prefix, Locale locale, Role... roles) {
		String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
		String password = "pw-" + UUID.randomUUID();
		var user = accounts.create(new Accounts.NewAccount(username, "テスト " + username, username + "@example.jp",
				password, locale, roles.length == 0 ? EnumSet.of(Role.REPORTER) : EnumSet.of(roles[0], roles)), null);
		Actor actor = user.toActor();
		String token = accounts.issueToken(actor, "test").secret();
		return new TestUser(actor, username, password, token);
	}

}
