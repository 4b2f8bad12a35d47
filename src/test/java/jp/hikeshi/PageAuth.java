package jp.hikeshi;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import jp.hikeshi.TestAccounts.TestUser;
import jp.hikeshi.identity.Actors;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Signs a page request in as a test user, with the principal the application's
 * {@code Actors} understands.
 */
public final class PageAuth {

	private PageAuth() {
	}

	public static RequestPostProcessor as(TestUser user) {
		Actors.ActorPrincipal principal = user::actor;
		return authentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
				user.actor().roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList()));
	}

}
