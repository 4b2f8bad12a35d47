package jp.hikeshi.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import jp.hikeshi.identity.mfa.MfaProperties;
import jp.hikeshi.identity.mfa.MfaSignIn;
import jp.hikeshi.identity.internal.sso.SingleSignOn;
import jp.hikeshi.identity.internal.sso.SsoRefusedException;
import jp.hikeshi.shared.web.HikeshiLocaleResolver;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Three filter chains: token issuing (HTTP Basic or bearer), the REST API (bearer tokens
 * only, stateless, no CSRF) and the pages (form login with CSRF protection). Every answer
 * carries the content security policy (also the documents' HTML view served by the API),
 * {@code Referrer-Policy: same-origin} and a {@code Permissions-Policy}; HSTS is added
 * when the request came over https (behind a proxy: with
 * {@code server.forward-headers-strategy} set). Async and error dispatches continue a
 * request that was already authorised (streamed downloads, error pages).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableConfigurationProperties({ SecurityProperties.class, AdminProperties.class, MfaProperties.class })
class SecurityConfiguration {

	private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
			+ "img-src 'self' data:; object-src 'none'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'";

	private static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
			+ "interest-cohort=()";

	/**
	 * No observation around each security filter, authentication and authorization, nor
	 * the decorators that wrap the filter chain for them (about 5 % of an API request's
	 * CPU): they add nothing the HTTP server metrics lack, which remain.
	 */
	@Bean
	static SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	/**
	 * Calls per minute of one token, as a burst at once and refilled evenly (setting
	 * hikeshi.security.token-rate-per-minute).
	 */
	@Bean
	TokenRate tokenRate(SecurityProperties settings) {
		return new TokenRate(new RateLimits(settings.tokenRatePerMinute()));
	}

	/**
	 * Sign-in attempts per minute from one client address (setting
	 * hikeshi.security.login-rate-per-minute).
	 */
	@Bean
	LoginRate loginRate(SecurityProperties settings) {
		return new LoginRate(new RateLimits(settings.loginRatePerMinute()));
	}

	record TokenRate(RateLimits limits) {
	}

	record LoginRate(RateLimits limits) {
	}

	@Bean
	@Order(1)
	SecurityFilterChain tokenChain(HttpSecurity http, BearerTokens tokens, MessageSource messages,
			LocaleResolver locales, TokenRate tokenRate, LoginRate loginRate) throws Exception {
		ApiAuthProblems problems = new ApiAuthProblems(messages, locales, "Basic realm=\"hikeshi\", Bearer");
		http.securityMatcher("/api/v1/tokens", "/api/v1/tokens/**")
			.csrf(csrf -> csrf.disable())
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.headers(SecurityConfiguration::hardened)
			.httpBasic(basic -> basic.authenticationEntryPoint(problems))
			.addFilterBefore(new LoginThrottle(loginRate.limits(), problems), BasicAuthenticationFilter.class)
			.addFilterBefore(new BearerTokenFilter(tokens, problems, tokenRate.limits()),
					BasicAuthenticationFilter.class)
			.exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			.authorizeHttpRequests(a -> a.dispatcherTypeMatchers(DispatcherType.ASYNC, DispatcherType.ERROR)
				.permitAll()
				.anyRequest()
				.authenticated());
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain apiChain(HttpSecurity http, BearerTokens tokens, MessageSource messages, LocaleResolver locales,
			TokenRate tokenRate) throws Exception {
		ApiAuthProblems problems = new ApiAuthProblems(messages, locales, "Bearer");
		http.securityMatcher("/api/**")
			.csrf(csrf -> csrf.disable())
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.headers(SecurityConfiguration::hardened)
			.addFilterBefore(new BearerTokenFilter(tokens, problems, tokenRate.limits()),
					BasicAuthenticationFilter.class)
			.exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			.authorizeHttpRequests(a -> a.dispatcherTypeMatchers(DispatcherType.ASYNC, DispatcherType.ERROR)
				.permitAll()
				.anyRequest()
				.authenticated());
		return http.build();
	}

	@Bean
	@Order(3)
	SecurityFilterChain pageChain(HttpSecurity http, JdbcClient jdbc, Clock clock, MessageSource messages,
			LocaleResolver locales, LoginRate loginRate, MfaSignIn mfa, SingleSignOn sso, SecurityProperties settings)
			throws Exception {
		Duration sessionIdle = settings.sessionIdle();
		// a provider's sign-in carries the provider's own second factor; the password
		// form (local or directory) asks ours
		sso.configure(http, new RememberLocale());
		ExceptionMappingAuthenticationFailureHandler failure = new ExceptionMappingAuthenticationFailureHandler();
		failure.setDefaultFailureUrl("/login?error");
		failure.setExceptionMappings(
				Map.of(LockedException.class.getName(), "/login?locked", DisabledException.class.getName(),
						"/login?disabled", SsoRefusedException.class.getName(), SingleSignOn.REFUSED_PAGE));
		http.formLogin(form -> form.loginPage("/login")
			.permitAll()
			.successHandler(mfa.before(new RememberLocale()))
			.failureHandler(failure))
			.logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
			.headers(SecurityConfiguration::hardened)
			.addFilterBefore(new LoginThrottle(loginRate.limits(), new ApiAuthProblems(messages, locales, "Basic")),
					CsrfFilter.class)
			.addFilterAfter(new SessionLifetime(jdbc, clock, sessionIdle), SecurityContextHolderFilter.class)
			.addFilterBefore(mfa.gate(), AuthorizationFilter.class)
			.authorizeHttpRequests(a -> a.dispatcherTypeMatchers(DispatcherType.ASYNC, DispatcherType.ERROR)
				.permitAll()
				.requestMatchers(MfaSignIn.PAGE, MfaSignIn.PAGE + "/**")
				.permitAll()
				.requestMatchers("/login", "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/error",
						"/actuator/health/**", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
				.permitAll()
				.requestMatchers("/admin/**", "/actuator/**")
				.hasRole("ADMIN")
				.requestMatchers("/audit/**")
				.hasAnyRole("ADMIN", "MANAGER")
				.anyRequest()
				.authenticated());
		return http.build();
	}

	private static void hardened(HeadersConfigurer<HttpSecurity> headers) {
		headers.contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
			.addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY));
	}

	/** After sign-in the user's own language governs the pages. */
	static final class RememberLocale extends SavedRequestAwareAuthenticationSuccessHandler {

		RememberLocale() {
			setDefaultTargetUrl("/");
		}

		@Override
		public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
				Authentication authentication) throws jakarta.servlet.ServletException, java.io.IOException {
			if (authentication.getPrincipal() instanceof SignedInUser user) {
				request.getSession().setAttribute(HikeshiLocaleResolver.USER_LOCALE, user.actor().locale());
				// the session belongs to the version read with the password, not to
				// whatever it is at the next request
				SessionLifetime.keepCurrent(request, user.sessionVersion());
			}
			jp.hikeshi.identity.SignInLanding.mark(request);
			super.onAuthenticationSuccess(request, response, authentication);
		}

	}

}
