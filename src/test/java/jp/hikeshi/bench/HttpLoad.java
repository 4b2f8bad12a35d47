package jp.hikeshi.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
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

/**
 * The HTTP side of the benchmark: concurrent filing through the REST API and sequential
 * list latencies.
 */
final class HttpLoad {

	private final int port;

	/** The sequential list requests' connection (one thread). */
	private final WireClient lister;

	private final String bearer;

	HttpLoad(int port, String token) {
		this.port = port;
		this.lister = new WireClient("127.0.0.1", port);
		this.bearer = "Bearer " + token;
	}

	/** What one filing phase achieved. */
	record Filing(int clients, long warmupCreated, long created, long failed, double seconds,
			Map<Integer, Long> failures, List<Long> perTenSeconds) {

		double perSecond() {
			return created / seconds;
		}
	}

	/**
	 * {@code clients} threads each POST reports back to back: for {@code warmupSeconds}
	 * without counting, then until {@code requests} requests have been sent in total.
	 * Each client has its own kept-alive connection ({@link WireClient}).
	 */
	Filing file(int clients, int warmupSeconds, int requests, long seed) throws InterruptedException {
		long warmupEnd = System.nanoTime() + Duration.ofSeconds(warmupSeconds).toNanos();
		CountDownLatch warmedUp = new CountDownLatch(clients);
		CountDownLatch done = new CountDownLatch(clients);
		AtomicInteger budget = new AtomicInteger(requests);
		AtomicLong warmupCreated = new AtomicLong();
		AtomicLong created = new AtomicLong();
		AtomicLong failed = new AtomicLong();
		AtomicLong measureStart = new AtomicLong();
		Map<Integer, Long> failures = new ConcurrentHashMap<>();
		List<Thread> threads = new ArrayList<>();
		for (int c = 0; c < clients; c++) {
			SplittableRandom random = new SplittableRandom(seed + c);
			Thread thread = new Thread(() -> {
				try (WireClient wire = new WireClient("127.0.0.1", port)) {
					while (System.nanoTime() < warmupEnd) {
						if (post(wire, random, -1) == 201) {
							warmupCreated.incrementAndGet();
						}
					}
					warmedUp.countDown();
					warmedUp.await();
					measureStart.compareAndSet(0, System.nanoTime());
					while (budget.getAndDecrement() > 0) {
						int status = post(wire, random, budget.get());
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
		List<Long> perTenSeconds = java.util.Collections.synchronizedList(new ArrayList<>());
		Thread progress = new Thread(() -> {
			try {
				long before = 0;
				while (!done.await(10, java.util.concurrent.TimeUnit.SECONDS)) {
					long now = warmupCreated.get() + created.get();
					perTenSeconds.add(now - before);
					before = now;
					System.out.printf("  filing over HTTP: %s, %d reports/s in the last 10 s%n",
							warmedUp.getCount() > 0 ? "warming up"
									: (created.get() + failed.get()) + " / " + requests + " measured requests",
							perTenSeconds.get(perTenSeconds.size() - 1) / 10);
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
		return new Filing(clients, warmupCreated.get(), created.get(), failed.get(), seconds,
				new LinkedHashMap<>(failures), List.copyOf(perTenSeconds));
	}

	private int post(WireClient wire, SplittableRandom random, int serial) {
		byte[] body = Samples.json(Samples.submission(random, null, serial)).getBytes(StandardCharsets.UTF_8);
		try {
			return wire
				.send("POST", "/api/v1/reports", body, "Authorization: " + bearer, "Content-Type: application/json",
						"Accept: application/json")
				.status();
		}
		catch (IOException broken) {
			return -1;
		}
	}

	/**
	 * Sequential GETs of each query, interleaved round-robin: {@code warmup} unmeasured
	 * rounds, then {@code samples} measured ones. Every answer must be 200 with an item
	 * list. {@code beforeEach} runs untimed before each request: it files a report, as
	 * happens while handlers browse, so that no database can answer from a cached result
	 * of the same query on unchanged data (H2 does that otherwise, and the count of the
	 * first and the 500th page is the same query).
	 */
	Map<String, Latency> listLatencies(Map<String, String> queries, int warmup, int samples, Runnable beforeEach)
			throws Exception {
		Map<String, long[]> nanos = new LinkedHashMap<>();
		queries.keySet().forEach(name -> nanos.put(name, new long[samples]));
		long lastProgress = System.nanoTime();
		for (int round = -warmup; round < samples; round++) {
			if (System.nanoTime() - lastProgress > 10_000_000_000L) {
				lastProgress = System.nanoTime();
				System.out.printf("  list latencies: %s%n",
						round < 0 ? "warming up, " + (warmup + round) + " / " + warmup + " rounds"
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
		long start = System.nanoTime();
		WireClient.Answer response = lister.send("GET", pathAndQuery, null, "Authorization: " + bearer,
				"Accept: application/json");
		long took = System.nanoTime() - start;
		if (response.status() != 200 || !response.body().contains("\"items\"")) {
			throw new IllegalStateException("GET " + pathAndQuery + " answered " + response.status() + ": "
					+ response.body().substring(0, Math.min(300, response.body().length())));
		}
		return took;
	}

	/** The totalItems of a list answer, read without a JSON library. */
	long totalItems(String pathAndQuery) throws Exception {
		String body = lister.send("GET", pathAndQuery, null, "Authorization: " + bearer, "Accept: application/json")
			.body();
		java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"totalItems\"\\s*:\\s*(\\d+)").matcher(body);
		return m.find() ? Long.parseLong(m.group(1)) : -1;
	}

}
