package jp.hikeshi.identity.internal;

import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue 19 item 4: the first administrator's password follows the one password policy
 * too.
 */
class AdminBootstrapTests {

	@Test
	@DisplayName("SEC-PW: a configured first administrator password breaking the policy stops the start, naming the rule")
	void refusesAWeakConfiguredPassword() {
		for (String weak : new String[] { "short", "qwerty123456", "my-admin-password", "zzzzzzzzzzzzzz" }) {
			Users users = mock(Users.class);
			Accounts accounts = mock(Accounts.class);
			when(users.count()).thenReturn(0L);
			assertThatIllegalStateException().isThrownBy(() -> new AdminBootstrap(users, accounts, weak).run(null))
				.withMessageContaining("password policy");
			verify(accounts, never()).create(any(), any());
		}
	}

	@Test
	@DisplayName("SEC-PW: a generated first administrator password passes the policy")
	void generatesAPasswordThePolicyAccepts() {
		Users users = mock(Users.class);
		Accounts accounts = mock(Accounts.class);
		when(users.count()).thenReturn(0L);
		new AdminBootstrap(users, accounts, "").run(null);
		verify(accounts).create(org.mockito.ArgumentMatchers
			.argThat(account -> PasswordPolicy.check("password", account.password(), "admin").isEmpty()), any());
	}

}
