package jp.hikeshi.bench;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.hikeshi.bench.Machine.Latency;

/**
 * Sequential GETs for the incident benchmark: the REST API with a bearer token, the HTML
 * pages with a session signed in through the login form (CSRF token included), as a
 * browser would.
 */
final class IncidentHttp {

	/**
	 * A measured request: the path, whether it goes through the signed-in session, and a
	 * text its answer must hold.
	 */
	record Probe(String path, boolean page, String mustContain) {
	}

	private final HttpClient api = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final HttpClient browser = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final String base;

	private final String bearer;

	IncidentHttp(int port, String token) {
		this.base = "http://127.0.0.1:" + port;
		this.bearer = "Bearer " + token;
	}

	/**
	 * Signs in through the login form: GET /login for the session and CSRF token, then
	 * POST the form.
	 */
	void signIn(String username, String password) throws Exception {
		String form = browser
			.send(HttpRequest.newBuilder(URI.create(base + "/login")).GET().build(),
					HttpResponse.BodyHandlers.ofString())
			.body();
		Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"|value=\"([^\"]+)\"[^>]*name=\"_csrf\"")
			.matcher(form);
		if (!csrf.find()) {
			throw new IllegalStateException("no CSRF token on /login");
		}
		String token = csrf.group(1) != null ? csrf.group(1) : csrf.group(2);
		String body = "username=" + enc(username) + "&password=" + enc(password) + "&_csrf=" + enc(token);
		HttpResponse<String> answer = browser.send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		String location = answer.headers().firstValue("Location").orElse("");
		if (answer.statusCode() != 302 || location.contains("error")) {
			throw new IllegalStateException("sign-in failed: " + answer.statusCode() + " " + location);
		}
	}

	/**
	 * Round-robin over the probes: {@code warmup} unmeasured rounds, then {@code samples}
	 * measured ones; {@code beforeEach} runs untimed before every request (a small write,
	 * so no cached result can answer).
	 */
	Map<String, Latency> latencies(Map<String, Probe> probes, int warmup, int samples, Runnable beforeEach)
			throws Exception {
		Map<String, long[]> nanos = new LinkedHashMap<>();
		probes.keySet().forEach(name -> nanos.put(name, new long[samples]));
		long lastProgress = System.nanoTime();
		for (int round = -warmup; round < samples; round++) {
			if (System.nanoTime() - lastProgress > 10_000_000_000L) {
				lastProgress = System.nanoTime();
				System.out.printf("  latencies: %s (load %s)%n",
						round < 0 ? "warming up, " + (warmup + round) + " / " + warmup
								: round + " / " + samples + " measured rounds",
						Machine.loadAverage());
			}
			for (Map.Entry<String, Probe> probe : probes.entrySet()) {
				beforeEach.run();
				long took = get(probe.getValue());
				if (round >= 0) {
					nanos.get(probe.getKey())[round] = took;
				}
			}
		}
		Map<String, Latency> result = new LinkedHashMap<>();
		nanos.forEach((name, values) -> result.put(name, Latency.of(values)));
		return result;
	}

	/** The answer's body, checked (for a quick look at what the benchmark measures). */
	String body(Probe probe) throws Exception {
		return send(probe).body();
	}

	private long get(Probe probe) throws Exception {
		long start = System.nanoTime();
		send(probe);
		return System.nanoTime() - start;
	}

	private HttpResponse<String> send(Probe probe) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + probe.path()))
			.timeout(Duration.ofSeconds(30))
			.GET();
		HttpResponse<String> response = probe.page()
				? browser.send(request.header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString())
				: api.send(request.header("Authorization", bearer).header("Accept", "application/json").build(),
						HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200 || !response.body().contains(probe.mustContain())) {
			throw new IllegalStateException("GET " + probe.path() + " answered " + response.statusCode() + ": "
					+ response.body().substring(0, Math.min(300, response.body().length())));
		}
		return response;
	}

	private static String enc(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
