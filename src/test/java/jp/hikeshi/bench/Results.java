package jp.hikeshi.bench;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import jp.hikeshi.bench.Benchmark.Options;
import jp.hikeshi.bench.HttpLoad.Filing;
import jp.hikeshi.bench.Machine.Latency;

/** The markdown section a run prints and appends to target/bench-results.md. */
final class Results {

	static final double FILING_TARGET = 1_000;
	static final double LIST_P95_TARGET_MS = 20;

	private Results() {
	}

	static String markdown(Options o, Instant started, Map<String, String> machine, double seedSeconds, Filing filing,
			double drainSeconds, Benchmark.Lists atSeed, Benchmark.Lists afterFiling) {
		StringBuilder md = new StringBuilder();
		md.append("### ")
			.append(o.db.equals("h2") ? "H2" : "PostgreSQL")
			.append(", ")
			.append(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC).format(started))
			.append("\n\n");
		md.append("Options: `--db=")
			.append(o.db)
			.append(" --reports=")
			.append(o.reports)
			.append(" --seed-threads=")
			.append(o.seedThreads)
			.append(" --clients=")
			.append(o.clients)
			.append(" --warmup-seconds=")
			.append(o.warmupSeconds)
			.append(" --requests=")
			.append(o.requests)
			.append(" --list-warmup=")
			.append(o.listWarmup)
			.append(" --samples=")
			.append(o.samples)
			.append(o.vacuum ? "" : " --no-vacuum")
			.append("`\n\n");
		machine.forEach((k, v) -> md.append("- ").append(k).append(": ").append(v).append('\n'));
		md.append('\n');
		md.append("| measurement | result | target |\n|---|---|---|\n");
		md.append("| seeding through `ReportDesk.file` (%d threads) | %,d reports in %.1f s = %,.0f reports/s | – |\n"
			.formatted(o.seedThreads, o.reports, seedSeconds, o.reports / seedSeconds));
		md.append(
				"| filing through `POST /api/v1/reports`, %d clients | **%,.0f reports/s** (%,d created in %.1f s, %d non-201%s) | ≥ 1,000 reports/s %s |\n"
					.formatted(filing.clients(), filing.perSecond(), filing.created(), filing.seconds(),
							filing.failed(), filing.failures().isEmpty() ? "" : " " + filing.failures(),
							mark(filing.perSecond() >= FILING_TARGET && filing.failed() == 0)));
		md.append(
				"| warm-up before it: the same filing for %d s (JIT compilation still running) | %,.0f reports/s (%,d created) | – |\n"
					.formatted(o.warmupSeconds, filing.warmupCreated() / (double) o.warmupSeconds,
							filing.warmupCreated()));
		md.append("| filing rate in each 10 s from the first request (warm-up, then measured) | %s reports/s | – |\n"
			.formatted(String.join(" · ", filing.perTenSeconds().stream().map(n -> "%,d".formatted(n / 10)).toList())));
		md.append(
				"| reports stored by the filing phase (warm-up and measured), counted in the database | %,d = the 201 answers | – |\n"
					.formatted(filing.warmupCreated() + filing.created()));
		md.append("| audit backlog after filing drained in | %.1f s | – |\n".formatted(drainSeconds));
		listRows(md, atSeed, "", true);
		listRows(md, afterFiling, " — after filing", false);
		md.append(
				("\nFiling: %d client threads in the benchmark's JVM, each with one kept-alive HTTP/1.1 connection, POST"
						+ " reports back to back: %d s of warm-up (not counted), then %,d measured requests.\n")
					.formatted(filing.clients(), o.warmupSeconds, o.requests));
		md.append(
				("\nLists: sequential GETs with the bearer token, %d warm-up rounds then %d measured rounds over the four"
						+ " queries; one report filed through the service (untimed) before each request. Measured twice: right after"
						+ " seeding, at %,d reports (MALWARE: %,d) — the target's 100,000 — and after the filing phase, at %,d reports"
						+ " (MALWARE: %,d), for the trend (no target there).\n")
					.formatted(o.listWarmup, o.samples, atSeed.total(), atSeed.malware(), afterFiling.total(),
							afterFiling.malware()));
		return md.toString();
	}

	private static void listRows(StringBuilder md, Benchmark.Lists lists, String when, boolean target) {
		for (Map.Entry<String, Latency> list : lists.latencies().entrySet()) {
			Latency l = list.getValue();
			md.append(
					"| list at %,d reports%s: %s | median **%.1f ms**, p95 **%.1f ms** (max %.1f, %d samples) | %s |\n"
						.formatted(lists.total(), when, list.getKey(), l.medianMs(), l.p95Ms(), l.maxMs(), l.samples(),
								target ? "p95 ≤ 20 ms " + mark(l.p95Ms() <= LIST_P95_TARGET_MS)
										: "(p95 " + (l.p95Ms() <= LIST_P95_TARGET_MS ? "within" : "over") + " 20 ms)"));
		}
	}

	private static String mark(boolean met) {
		return met ? "✅ met" : "❌ missed";
	}

}
