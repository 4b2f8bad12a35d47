package jp.hikeshi.identity;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArraySet;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet.OAuth2AuthorizationServerAutoConfiguration;
import org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet.OAuth2AuthorizationServerJwtAutoConfiguration;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * A real OpenID Connect provider for tests: Spring Authorization Server on its own random
 * port, with one client for Hikeshi, its default login page, and people whose ID tokens
 * carry a {@code groups} claim. Not a Spring component (the application's scan must not
 * find it); each test class starts and stops its own.
 */
public final class OpenIdTestProvider implements AutoCloseable {

	public static final String CLIENT_ID = "hikeshi";

	public static final String CLIENT_SECRET = "client-secret-" + UUID.randomUUID();

	/** Who may sign in at the provider: password, display name and groups. */
	public record Person(String username, String password, String name, List<String> groups) {
	}

	record People(List<Person> all) {
	}

	record Redirects(Set<String> uris) {
	}

	private final ConfigurableApplicationContext context;

	private final Set<String> redirects;

	private OpenIdTestProvider(ConfigurableApplicationContext context, Set<String> redirects) {
		this.context = context;
		this.redirects = redirects;
	}

	public static OpenIdTestProvider start(Person... people) {
		Set<String> redirects = new CopyOnWriteArraySet<>();
		ConfigurableApplicationContext context = new SpringApplicationBuilder(ProviderApplication.class)
			.initializers(c -> {
				c.getBeanFactory().registerSingleton("people", new People(List.of(people)));
				c.getBeanFactory().registerSingleton("redirects", new Redirects(redirects));
			})
			// not Hikeshi's application.properties; its own session cookie, as both
			// servers live on this host
			.properties("spring.config.name=oidc-test-provider", "server.port=0", "server.address=127.0.0.1",
					"server.servlet.session.cookie.name=PROVIDERSESSION", "spring.main.banner-mode=off")
			.run();
		return new OpenIdTestProvider(context, redirects);
	}

	/** The issuer, as the provider names itself in its discovery document and tokens. */
	public String issuer() {
		return "http://127.0.0.1:" + ((WebServerApplicationContext) context).getWebServer().getPort();
	}

	/** Lets the client send the browser back to this address after sign-in. */
	public void allowRedirect(String uri) {
		redirects.add(uri);
	}

	@Override
	public void close() {
		context.close();
	}

	@ImportAutoConfiguration({ TomcatServletWebServerAutoConfiguration.class, DispatcherServletAutoConfiguration.class,
			WebMvcAutoConfiguration.class, HttpMessageConvertersAutoConfiguration.class, JacksonAutoConfiguration.class,
			SecurityAutoConfiguration.class, ServletWebSecurityAutoConfiguration.class,
			SecurityFilterAutoConfiguration.class, OAuth2AuthorizationServerAutoConfiguration.class,
			OAuth2AuthorizationServerJwtAutoConfiguration.class })
	static class ProviderApplication {

		@Bean
		UserDetailsService users(People people) {
			return new InMemoryUserDetailsManager(people.all()
				.stream()
				.map(p -> User.withUsername(p.username()).password("{noop}" + p.password()).build())
				.toList());
		}

		/** Built at each look-up so redirect addresses added after start count. */
		@Bean
		RegisteredClientRepository clients(Redirects redirects) {
			return new RegisteredClientRepository() {

				private final String id = UUID.randomUUID().toString();

				@Override
				public void save(RegisteredClient client) {
					// the provider re-encodes a {noop} secret after use and stores it;
					// the client here is fixed
				}

				@Override
				public RegisteredClient findById(String wanted) {
					return id.equals(wanted) ? client() : null;
				}

				@Override
				public RegisteredClient findByClientId(String clientId) {
					return CLIENT_ID.equals(clientId) ? client() : null;
				}

				private RegisteredClient client() {
					return RegisteredClient.withId(id)
						.clientId(CLIENT_ID)
						.clientSecret("{noop}" + CLIENT_SECRET)
						.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
						.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
						.redirectUris(uris -> uris.addAll(redirects.uris()))
						.scopes(s -> s.addAll(Set.of(OidcScopes.OPENID, OidcScopes.PROFILE, OidcScopes.EMAIL)))
						.clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).build())
						.build();
				}
			};
		}

		@Bean
		OAuth2TokenCustomizer<JwtEncodingContext> groupsInIdToken(People people) {
			return context -> {
				if (!"id_token".equals(context.getTokenType().getValue())) {
					return;
				}
				String username = context.getPrincipal().getName();
				people.all()
					.stream()
					.filter(p -> p.username().equals(username))
					.findFirst()
					.ifPresent(p -> context.getClaims()
						.claims(claims -> claims.putAll(Map.of("preferred_username", p.username(), "name", p.name(),
								"groups", p.groups(), "email", p.username() + "@idp.example"))));
			};
		}

	}

}
