package jp.hikeshi.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import jp.hikeshi.bench.Machine.Latency;

/** The HTTP side of the benchmark: concurrent filing through the REST API and sequential list latencies. */
final class HttpLoad {

	private final HttpClient client = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();
	private final String base;
	private final String bearer;

	HttpLoad(int port, String token) {
		this.base = "http://127.0.0.1:" + port;
		this.bearer = "Bearer " + token;
	}

	/** What one filing phase achieved. */
	record Filing(int clients, long created, long failed, double seconds, Map<Integer, Long> failures) {

		double perSecond() {
			return created / seconds;
		}
	}

	/**
	 * {@code clients} threads each POST reports back to back: for {@code warmupSeconds} without counting, then
	 * until {@code requests} requests have been sent in total.
	 */
	Filing file(int clients, int warmupSeconds, int requests, long seed) throws InterruptedException {
		long warmupEnd = System.nanoTime() + Duration.ofSeconds(warmupSeconds).toNanos();
		CountDownLatch warmedUp = new CountDownLatch(clients);
		CountDownLatch done = new CountDownLatch(clients);
		AtomicInteger budget = new AtomicInteger(requests);
		AtomicLong created = new AtomicLong();
		AtomicLong failed = new AtomicLong();
		AtomicLong measureStart = new AtomicLong();
		Map<Integer, Long> failures = new ConcurrentHashMap<>();
		List<Thread> threads = new ArrayList<>();
		for (int c = 0; c < clients; c++) {
			SplittableRandom random = new SplittableRandom(seed + c);
			Thread thread = new Thread(() -> {
				try {
					while (System.nanoTime() < warmupEnd) {
						post(random, -1);
					}
					warmedUp.countDown();
					warmedUp.await();
					measureStart.compareAndSet(0, System.nanoTime());
					while (budget.getAndDecrement() > 0) {
						int status = post(random, budget.get());
						if (status == 201) {
							created.incrementAndGet();
						}
						else {
							failed.incrementAndGet();
							failures.merge(status, 1L, Long::sum);
						}
					}
				}
				catch (InterruptedException stop) {
					Thread.currentThread().interrupt();
				}
				finally {
					done.countDown();
				}
			}, "bench-client-" + c);
			threads.add(thread);
			thread.start();
		}
		Thread progress = new Thread(() -> {
			try {
				while (!done.await(5, java.util.concurrent.TimeUnit.SECONDS)) {
					System.out.printf("  filing over HTTP: %s%n", warmedUp.getCount() > 0 ? "warming up"
							: (created.get() + failed.get()) + " / " + requests + " measured requests");
				}
			}
			catch (InterruptedException stop) {
				Thread.currentThread().interrupt();
			}
		}, "bench-progress");
		progress.setDaemon(true);
		progress.start();
		done.await();
		double seconds = (System.nanoTime() - measureStart.get()) / 1e9;
		return new Filing(clients, created.get(), failed.get(), seconds, new LinkedHashMap<>(failures));
	}

	private int post(SplittableRandom random, int serial) {
		String body = Samples.json(Samples.submission(random, null, serial));
		HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/reports"))
			.header("Authorization", bearer)
			.header("Content-Type", "application/json")
			.timeout(Duration.ofSeconds(30))
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		try {
			return client.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
		}
		catch (IOException broken) {
			return -1;
		}
		catch (InterruptedException stop) {
			Thread.currentThread().interrupt();
			return -2;
		}
	}

	/**
	 * Sequential GETs of each query, interleaved round-robin: {@code warmup} unmeasured rounds, then
	 * {@code samples} measured ones. Every answer must be 200 with an item list. {@code beforeEach} runs
	 * untimed before each request: it files a report, as happens while handlers browse, so that no database
	 * can answer from a cached result of the same query on unchanged data (H2 does that otherwise, and the
	 * count of the first and the 500th page is the same query).
	 */
	Map<String, Latency> listLatencies(Map<String, String> queries, int warmup, int samples, Runnable beforeEach)
			throws Exception {
		Map<String, long[]> nanos = new LinkedHashMap<>();
		queries.keySet().forEach(name -> nanos.put(name, new long[samples]));
		long lastProgress = System.nanoTime();
		for (int round = -warmup; round < samples; round++) {
			if (System.nanoTime() - lastProgress > 10_000_000_000L) {
				lastProgress = System.nanoTime();
				System.out.printf("  list latencies: %s%n", round < 0 ? "warming up, " + (warmup + round) + " / " + warmup + " rounds"
						: round + " / " + samples + " measured rounds");
			}
			for (Map.Entry<String, String> query : queries.entrySet()) {
				beforeEach.run();
				long took = get(query.getValue());
				if (round >= 0) {
					nanos.get(query.getKey())[round] = took;
				}
			}
		}
		Map<String, Latency> result = new LinkedHashMap<>();
		nanos.forEach((name, values) -> result.put(name, Latency.of(values)));
		return result;
	}

	private long get(String pathAndQuery) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create(base + pathAndQuery))
			.header("Authorization", bearer)
			.header("Accept", "application/json")
			.timeout(Duration.ofSeconds(30))
			.GET()
			.build();
		long start = System.nanoTime();
		HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
		long took = System.nanoTime() - start;
		if (response.statusCode() != 200 || !response.body().contains("\"items\"")) {
			throw new IllegalStateException("GET " + pathAndQuery + " answered " + response.statusCode() + ": "
					+ response.body().substring(0, Math.min(300, response.body().length())));
		}
		return took;
	}

	/** The totalItems of a list answer, read without a JSON library. */
	long totalItems(String pathAndQuery) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create(base + pathAndQuery)).header("Authorization", bearer).GET().build();
		String body = client.send(request, HttpResponse.BodyHandlers.ofString()).body();
		java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"totalItems\"\\s*:\\s*(\\d+)").matcher(body);
		return m.find() ? Long.parseLong(m.group(1)) : -1;
	}
}
