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
			double drainSeconds, long total, long malware, Map<String, Latency> lists) {
		StringBuilder md = new StringBuilder();
		md.append("### ").append(o.db.equals("h2") ? "H2" : "PostgreSQL").append(", ")
			.append(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC).format(started)).append("\n\n");
		md.append("Options: `--db=").append(o.db).append(" --reports=").append(o.reports).append(" --seed-threads=")
			.append(o.seedThreads).append(" --clients=").append(o.clients).append(" --warmup-seconds=").append(o.warmupSeconds)
			.append(" --requests=").append(o.requests).append(" --list-warmup=").append(o.listWarmup).append(" --samples=")
			.append(o.samples).append(o.vacuum ? "" : " --no-vacuum").append("`\n\n");
		machine.forEach((k, v) -> md.append("- ").append(k).append(": ").append(v).append('\n'));
		md.append('\n');
		md.append("| measurement | result | target |\n|---|---|---|\n");
		md.append("| seeding through `ReportDesk.file` (%d threads) | %,d reports in %.1f s = %,.0f reports/s | – |\n"
			.formatted(o.seedThreads, o.reports, seedSeconds, o.reports / seedSeconds));
		md.append("| filing through `POST /api/v1/reports`, %d clients | **%,.0f reports/s** (%,d created in %.1f s, %d non-201%s) | ≥ 1,000 reports/s %s |\n"
			.formatted(filing.clients(), filing.perSecond(), filing.created(), filing.seconds(), filing.failed(),
					filing.failures().isEmpty() ? "" : " " + filing.failures(), mark(filing.perSecond() >= FILING_TARGET && filing.failed() == 0)));
		md.append("| audit backlog after filing drained in | %.1f s | – |\n".formatted(drainSeconds));
		for (Map.Entry<String, Latency> list : lists.entrySet()) {
			Latency l = list.getValue();
			md.append("| list: %s | median **%.1f ms**, p95 **%.1f ms** (max %.1f, %d samples) | p95 ≤ 20 ms %s |\n"
				.formatted(list.getKey(), l.medianMs(), l.p95Ms(), l.maxMs(), l.samples(), mark(l.p95Ms() <= LIST_P95_TARGET_MS)));
		}
		md.append(("\nLists: sequential GETs with the bearer token, %d warm-up rounds then %d measured rounds over the four"
				+ " queries; one report filed through the service (untimed) before each request. Reports stored when lists"
				+ " were measured: %,d (MALWARE: %,d).\n").formatted(o.listWarmup, o.samples, total, malware));
		return md.toString();
	}

	private static String mark(boolean met) {
		return met ? "✅ met" : "❌ missed";
	}
}
