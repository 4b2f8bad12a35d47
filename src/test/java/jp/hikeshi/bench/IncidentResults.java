package jp.hikeshi.bench;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import jp.hikeshi.bench.Machine.Latency;

/**
 * The markdown section an incident benchmark run prints and appends to
 * target/bench-results.md.
 */
final class IncidentResults {

	private IncidentResults() {
	}

	static String markdown(Map<String, String> o, boolean postgres, Instant started, Map<String, String> machine,
			double serviceSeconds, double bulkSeconds, long incidents, long open, long entries, long bigEntries,
			Map<String, Latency> latencies) {
		StringBuilder md = new StringBuilder();
		md.append("#### Incidents, ")
			.append(postgres ? "PostgreSQL" : "H2")
			.append(", ")
			.append(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC).format(started))
			.append("\n\n");
		md.append("Options: `--db=%s --incidents=%s --entries=%s --opened=%s --warmup=%s --samples=%s`\n\n".formatted(
				o.get("db"), o.get("incidents"), o.get("entries"), o.get("opened"), o.get("warmup"), o.get("samples")));
		machine.forEach((k, v) -> md.append("- ").append(k).append(": ").append(v).append('\n'));
		md.append('\n');
		md.append("| measurement | result | target |\n|---|---|---|\n");
		md.append(
				"| seeding | %s incidents through `IncidentCommands.open` in %.1f s; the rest with JDBC batch inserts in %.1f s | – |\n"
					.formatted(o.get("opened"), serviceSeconds, bulkSeconds));
		md.append(
				"| stored | %,d incidents (%,d open), %,d timeline entries; the measured incident has %d | 100,000 / 1,000,000 |\n"
					.formatted(incidents, open, entries, bigEntries));
		for (Map.Entry<String, Latency> l : latencies.entrySet()) {
			Latency v = l.getValue();
			md.append("| %s | median **%.1f ms**, p95 **%.1f ms** (max %.1f, %d samples) | p95 ≤ 20 ms %s |\n"
				.formatted(l.getKey(), v.medianMs(), v.p95Ms(), v.maxMs(), v.samples(),
						v.p95Ms() <= 20 ? "✅ met" : "❌ missed"));
		}
		md.append(
				("\nSequential GETs (bearer token for the API, a form-signed-in session for the HTML page), round-robin,"
						+ " %s warm-up rounds then %s measured; before each request one incident is retitled through"
						+ " `IncidentCommands.update` (untimed), which writes the incident and a handling-log line.\n")
					.formatted(o.get("warmup"), o.get("samples")));
		return md.toString();
	}

}
