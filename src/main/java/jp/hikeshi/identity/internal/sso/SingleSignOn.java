package jp.hikeshi.identity.internal.sso;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import jp.hikeshi.identity.internal.Users;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * Plugs single sign-on into the page filter chain: the OpenID Connect login with its own
 * failure pages, and the directory bind beside the local password check. With nothing
 * configured the chain behaves as without it.
 */
@Component
public class SingleSignOn {

	private static final Logger log = LoggerFactory.getLogger(SingleSignOn.class);

	/**
	 * The page telling a proven but unmapped (or otherwise refused) person why they
	 * cannot enter.
	 */
	public static final String REFUSED_PAGE = "/login/refused";

	private final SsoSettings settings;

	private final OidcRegistrations registrations;

	private final OidcSignIn oidcSignIn;

	private final DirectorySignIn directorySignIn;

	SingleSignOn(SsoSettings settings, OidcRegistrations registrations, SsoAccounts accounts, Users users) {
		this.settings = settings;
		this.registrations = registrations;
		this.oidcSignIn = new OidcSignIn(settings, accounts);
		this.directorySignIn = new DirectorySignIn(users, settings, accounts);
	}

	/** A button on the login page. */
	public record LoginOption(String displayName, String path) {
	}

	/**
	 * The enabled OpenID Connect providers, one button each; empty when none is
	 * configured.
	 */
	public List<LoginOption> loginOptions() {
		return settings.enabledOidc()
			.stream()
			.map(p -> new LoginOption(p.displayName(), "/oauth2/authorization/" + p.registrationId()))
			.toList();
	}

	/**
	 * Call before the chain's own authorisation rules, so the refusal page is open to the
	 * refused.
	 */
	public void configure(HttpSecurity http, AuthenticationSuccessHandler success) throws Exception {
		http.authenticationProvider(directorySignIn)
			.oauth2Login(login -> login.loginPage("/login")
				.clientRegistrationRepository(registrations)
				// the provider's tokens live with the session, not in an in-memory map
				// that grows with every sign-in
				.authorizedClientRepository(new HttpSessionOAuth2AuthorizedClientRepository())
				.userInfoEndpoint(userInfo -> userInfo.oidcUserService(oidcSignIn))
				.successHandler(success)
				.failureHandler(SingleSignOn::failed))
			.authorizeHttpRequests(a -> a.requestMatchers(REFUSED_PAGE).permitAll());
	}

	private static void failed(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException failure) throws IOException {
		String code = failure instanceof OAuth2AuthenticationException oauth ? oauth.getError().getErrorCode() : "";
		log.info("OpenID Connect sign-in failed: {}", failure.toString());
		String target = switch (code) {
			case OidcSignIn.REFUSED -> REFUSED_PAGE;
			case OidcSignIn.LOCKED -> "/login?locked";
			case OidcSignIn.DISABLED -> "/login?disabled";
			default -> "/login?ssoError";
		};
		response.sendRedirect(request.getContextPath() + target);
	}

}
