package jp.hikeshi.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;

import jp.hikeshi.TestAccounts;
import jp.hikeshi.TestAccounts.TestUser;
import jp.hikeshi.incident.IncidentCommands;
import jp.hikeshi.incident.IncidentView;
import jp.hikeshi.incident.NewIncident;
import jp.hikeshi.incident.Urgency;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * Issue 19 items 3 and 5 through a real server behind a pretend proxy
 * ({@code server.forward-headers-strategy=native}, the proxy on 127.0.0.1): the hardened
 * headers with and without {@code X-Forwarded-Proto: https}, and the rate limits, small
 * here (5 calls a minute per token, 3 sign-in attempts a minute per address).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "server.forward-headers-strategy=native", "hikeshi.security.token-rate-per-minute=5",
				"hikeshi.security.login-rate-per-minute=3" })
@Import(TestAccounts.class)
class ProxyHeadersAndRateLimitTests {

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	IncidentCommands incidents;

	@Test
	@DisplayName("SEC-PROXY: plain http gets Referrer-Policy, Permissions-Policy and CSP but no HSTS and no Secure cookie")
	void plainHttpHasNoHstsNorSecureCookie() throws Exception {
		HttpResponse<String> login = send(request("/login").header("X-Forwarded-For", "198.51.100.1"));
		assertThat(login.statusCode()).isEqualTo(200);
		assertHardened(login);
		assertThat(login.headers().firstValue("Strict-Transport-Security")).isEmpty();
		assertThat(login.headers().allValues("Set-Cookie"))
			.anySatisfy(c -> assertThat(c).startsWith("JSESSIONID=").doesNotContainIgnoringCase("secure"));
	}

	@Test
	@DisplayName("SEC-PROXY: behind a TLS proxy (X-Forwarded-Proto: https) HSTS is sent and the session cookie is Secure")
	void httpsBehindTheProxyGetsHstsAndSecureCookies() throws Exception {
		HttpResponse<String> login = send(
				request("/login").header("X-Forwarded-Proto", "https").header("X-Forwarded-For", "198.51.100.2"));
		assertThat(login.statusCode()).isEqualTo(200);
		assertHardened(login);
		assertThat(login.headers().firstValue("Strict-Transport-Security"))
			.hasValueSatisfying(v -> assertThat(v).contains("max-age="));
		assertThat(login.headers().allValues("Set-Cookie"))
			.anySatisfy(c -> assertThat(c).startsWith("JSESSIONID=").containsIgnoringCase("; Secure"));
	}

	@Test
	@DisplayName("SEC-PROXY: a generated document's HTML view served by the API carries the content security policy")
	void documentHtmlCarriesTheCsp() throws Exception {
		TestUser handler = accounts.create("csp", Role.HANDLER, Role.MANAGER);
		IncidentView incident = incidents.open(handler.actor(),
				NewIncident.of("不正アクセスの疑い", "RANSOMWARE", Urgency.HIGH, "SIGNIFICANT")
					.withOccurredFrom(Instant.parse("2026-04-01T00:00:00Z"))
					.withDetectedAt(Instant.parse("2026-04-01T01:00:00Z"))
					.withBecameAwareAt(Instant.parse("2026-04-01T01:30:00Z")),
				null);
		HttpResponse<String> document = send(
				request("/api/v1/incidents/" + incident.id() + "/documents/management-report").header("Authorization",
						handler.bearer()));
		assertThat(document.statusCode()).isEqualTo(200);
		assertThat(document.headers().firstValue("Content-Type"))
			.hasValueSatisfying(v -> assertThat(v).startsWith("text/html"));
		assertHardened(document);
	}

	@Test
	@DisplayName("SEC-RATE: a token over its rate limit gets 429 problem+json with Retry-After; another token goes on")
	void tokenOverItsLimitWaits() throws Exception {
		TestUser busy = accounts.create("busy", Role.REPORTER);
		TestUser other = accounts.create("calm", Role.REPORTER);
		for (int i = 0; i < 5; i++) {
			assertThat(send(request("/api/v1/tokens").header("Authorization", busy.bearer())).statusCode())
				.isEqualTo(200);
		}
		HttpResponse<String> limited = send(
				request("/api/v1/reports").header("Authorization", busy.bearer()).header("Accept-Language", "en"));
		assertThat(limited.statusCode()).isEqualTo(429);
		assertThat(limited.headers().firstValue("Content-Type")).hasValue("application/problem+json;charset=UTF-8");
		assertThat(Long.parseLong(limited.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 60L);
		assertThat(limited.body()).contains("\"status\":429", "Too many requests");
		assertThat(send(request("/api/v1/tokens").header("Authorization", other.bearer())).statusCode()).isEqualTo(200);
	}

	@Test
	@DisplayName("SEC-RATE: sign-in attempts are limited per client address, whatever the account; other addresses go on")
	void signInAttemptsAreLimitedPerAddress() throws Exception {
		TestUser user = accounts.create("throttled", Role.REPORTER);
		List<String> names = List.of("nobody-1", "nobody-2", "nobody-3");
		for (String name : names) {
			assertThat(send(basic("203.0.113.9", name, "wrong-password")).statusCode()).isEqualTo(401);
		}
		HttpResponse<String> limited = send(basic("203.0.113.9", user.username(), user.password()));
		assertThat(limited.statusCode()).isEqualTo(429);
		assertThat(limited.headers().firstValue("Retry-After")).isPresent();
		assertThat(limited.body()).contains("\"status\":429");
		HttpResponse<String> form = send(HttpRequest.newBuilder(uri("/login"))
			.header("X-Forwarded-For", "203.0.113.9")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=x&password=y")));
		assertThat(form.statusCode()).isEqualTo(429);
		assertThat(form.headers().firstValue("Retry-After")).isPresent();
		assertThat(send(basic("203.0.113.10", user.username(), user.password())).statusCode()).isEqualTo(200);
	}

	private HttpRequest.Builder basic(String address, String username, String password) {
		String credentials = java.util.Base64.getEncoder()
			.encodeToString((username + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8));
		return request("/api/v1/tokens").header("X-Forwarded-For", address)
			.header("Authorization", "Basic " + credentials);
	}

	private static void assertHardened(HttpResponse<String> response) {
		assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
		assertThat(response.headers().firstValue("Permissions-Policy"))
			.hasValueSatisfying(v -> assertThat(v).contains("camera=()"));
		assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
				v -> assertThat(v).contains("default-src 'self'", "script-src 'self'", "object-src 'none'"));
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(uri(path)).GET();
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + port + path);
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
