package jp.hikeshi.identity;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.hikeshi.identity.internal.sso.LdapSettings;
import jp.hikeshi.identity.internal.sso.OidcSettings;
import jp.hikeshi.identity.internal.sso.RoleMapping;
import jp.hikeshi.identity.internal.sso.SsoAdministration;
import jp.hikeshi.shared.OrganisationId;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Organisations with single sign-on set up against the test provider and directory, and
 * the provider's side of a sign-in.
 */
public final class SsoFixtures {

	private SsoFixtures() {
	}

	/**
	 * An organisation of its own (kept across runs on one database, so directory links
	 * stay valid).
	 */
	public static OrganisationId organisation(JdbcClient jdbc, String id, String name) {
		OrganisationId organisation = new OrganisationId(UUID.fromString(id));
		try {
			jdbc.sql(
					"INSERT INTO organisation (id, name, public_body, created_at) VALUES (?, ?, FALSE, CURRENT_TIMESTAMP)")
				.params(organisation.value(), name)
				.update();
		}
		catch (DuplicateKeyException alreadyThere) {
			// an earlier run on this database created it
		}
		return organisation;
	}

	/** An administrator of the organisation, as the settings service sees it. */
	public static Actor administrator(OrganisationId organisation) {
		return new Actor(UUID.randomUUID(), "sso-admin", "SSO 管理者", organisation, EnumSet.of(Role.ADMIN),
				Locale.JAPANESE);
	}

	public static void useProvider(SsoAdministration administration, OrganisationId organisation,
			OpenIdTestProvider provider, List<RoleMapping> mappings) {
		administration.change(administrator(organisation),
				new OidcSettings(organisation, true, "テスト認証基盤", provider.issuer(), OpenIdTestProvider.CLIENT_ID,
						OpenIdTestProvider.CLIENT_SECRET, "preferred_username", "groups", mappings, Instant.now()));
	}

	public static void useDirectory(SsoAdministration administration, OrganisationId organisation,
			TestDirectory directory, List<RoleMapping> mappings) {
		administration.change(administrator(organisation),
				new LdapSettings(organisation, true, directory.url(), TestDirectory.BASE_DN, TestDirectory.BIND_DN,
						TestDirectory.BIND_PASSWORD, "OU=Staff", "(sAMAccountName={0})", "memberOf", mappings,
						Instant.now()));
	}

	/**
	 * Removes the organisation's settings so other suites sharing the database see a
	 * login page without them.
	 */
	public static void forget(JdbcClient jdbc, OrganisationId organisation) {
		for (String table : List.of("sso_oidc_provider", "sso_ldap_directory", "sso_role_mapping")) {
			jdbc.sql("DELETE FROM " + table + " WHERE organisation_id = ?").param(organisation.value()).update();
		}
	}

	/**
	 * Plays the browser at the provider: follows the authorisation request to its login
	 * page, signs in there, and returns where the provider sends the browser back to
	 * Hikeshi (the callback with code and state).
	 */
	public static URI signInAtProvider(String authorizationRequest, String username, String password)
			throws IOException, InterruptedException {
		HttpClient http = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		URI next = URI.create(authorizationRequest);
		for (int hops = 0; hops < 10; hops++) {
			HttpResponse<String> answer = http.send(
					HttpRequest.newBuilder(next).header("Accept", "text/html").GET().build(),
					HttpResponse.BodyHandlers.ofString());
			if (answer.statusCode() == 200 && answer.body().contains("name=\"password\"")) {
				answer = http.send(HttpRequest.newBuilder(next)
					.header("Accept", "text/html")
					.header("Content-Type", "application/x-www-form-urlencoded")
					.POST(HttpRequest.BodyPublishers.ofString("username=" + encode(username) + "&password="
							+ encode(password) + "&_csrf=" + encode(csrfOf(answer.body()))))
					.build(), HttpResponse.BodyHandlers.ofString());
			}
			HttpResponse<String> last = answer;
			String location = last.headers()
				.firstValue("Location")
				.orElseThrow(() -> new IllegalStateException(
						"the provider answered " + last.statusCode() + " at " + last.uri()));
			next = last.uri().resolve(location);
			if (!next.getHost().equals("127.0.0.1")) {
				return next;
			}
		}
		throw new IllegalStateException("no way back from the provider");
	}

	private static String csrfOf(String loginPage) {
		Matcher m = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(loginPage);
		if (!m.find()) {
			throw new IllegalStateException("no CSRF token on the provider's login page");
		}
		return m.group(1);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
