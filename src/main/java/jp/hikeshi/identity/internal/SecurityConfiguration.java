package jp.hikeshi.identity.internal;

import java.util.Map;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import jp.hikeshi.identity.internal.sso.SingleSignOn;
import jp.hikeshi.identity.internal.sso.SsoRefusedException;
import jp.hikeshi.shared.web.HikeshiLocaleResolver;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Three filter chains: token issuing (HTTP Basic or bearer), the REST API (bearer tokens only, stateless,
 * no CSRF) and the pages (form login with CSRF protection and a strict content security policy). Async and
 * error dispatches continue a request that was already authorised (streamed downloads, error pages).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
			+ "img-src 'self' data:; object-src 'none'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'";

	/**
	 * No observation around each security filter, authentication and authorization, nor the decorators that
	 * wrap the filter chain for them (about 5 % of an API request's CPU): they add nothing the HTTP server
	 * metrics lack, which remain.
	 */
	@Bean
	static SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	@Order(1)
	SecurityFilterChain tokenChain(HttpSecurity http, BearerTokens tokens, MessageSource messages, LocaleResolver locales)
			throws Exception {
		ApiAuthProblems problems = new ApiAuthProblems(messages, locales, "Basic realm=\"hikeshi\", Bearer");
		http.securityMatcher("/api/v1/tokens", "/api/v1/tokens/**")
			.csrf(csrf -> csrf.disable())
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.httpBasic(basic -> basic.authenticationEntryPoint(problems))
			.addFilterBefore(new BearerTokenFilter(tokens, problems), BasicAuthenticationFilter.class)
			.exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			.authorizeHttpRequests(a -> a.dispatcherTypeMatchers(DispatcherType.ASYNC, DispatcherType.ERROR).permitAll()
				.anyRequest().authenticated());
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain apiChain(HttpSecurity http, BearerTokens tokens, MessageSource messages, LocaleResolver locales)
			throws Exception {
		ApiAuthProblems problems = new ApiAuthProblems(messages, locales, "Bearer");
		http.securityMatcher("/api/**")
			.csrf(csrf -> csrf.disable())
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.addFilterBefore(new BearerTokenFilter(tokens, problems), BasicAuthenticationFilter.class)
			.exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			.authorizeHttpRequests(a -> a.dispatcherTypeMatchers(DispatcherType.ASYNC, DispatcherType.ERROR).permitAll()
				.anyRequest().authenticated());
		return http.build();
	}

	@Bean
	@Order(3)
	SecurityFilterChain pageChain(HttpSecurity http, SingleSignOn sso) throws Exception {
		sso.configure(http, new RememberLocale());
		ExceptionMappingAuthenticationFailureHandler failure = new ExceptionMappingAuthenticationFailureHandler();
		failure.setDefaultFailureUrl("/login?error");
		failure.setExceptionMappings(Map.of(LockedException.class.getName(), "/login?locked",
				DisabledException.class.getName(), "/login?disabled", SsoRefusedException.class.getName(),
				SingleSignOn.REFUSED_PAGE));
		http.formLogin(form -> form.loginPage("/login").permitAll().successHandler(new RememberLocale()).failureHandler(failure))
			.logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
			.headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(CSP)))
			.authorizeHttpRequests(a -> a
				.dispatcherTypeMatchers(DispatcherType.ASYNC, DispatcherType.ERROR).permitAll()
				.requestMatchers("/login", "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/error", "/actuator/health/**",
						"/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
				.permitAll()
				.requestMatchers("/admin/**", "/actuator/**").hasRole("ADMIN")
				.requestMatchers("/audit/**").hasAnyRole("ADMIN", "MANAGER")
				.anyRequest().authenticated());
		return http.build();
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
			}
			jp.hikeshi.identity.SignInLanding.mark(request);
			super.onAuthenticationSuccess(request, response, authentication);
		}
	}
}
