package jp.hikeshi.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** Facts about the machine a run happened on, read from the JVM and /proc. */
final class Machine {

	private Machine() {
	}

	static Map<String, String> facts(String databaseVersion) {
		Map<String, String> facts = new LinkedHashMap<>();
		facts.put("CPUs (nproc)", String.valueOf(Runtime.getRuntime().availableProcessors()));
		facts.put("CPU model", firstValue("/proc/cpuinfo", "model name"));
		String memKb = firstValue("/proc/meminfo", "MemTotal");
		facts.put("memory", memKb.endsWith("kB")
				? "%.1f GiB".formatted(Long.parseLong(memKb.replace("kB", "").trim()) / 1024.0 / 1024.0) : memKb);
		facts.put("OS", firstValue("/etc/os-release", "PRETTY_NAME").replace("\"", "") + ", kernel "
				+ System.getProperty("os.version"));
		facts.put("Java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
				+ ", max heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB");
		facts.put("database", databaseVersion);
		return facts;
	}

	/**
	 * The 1-, 5- and 15-minute load averages: above 2 on this machine, something else was
	 * also running.
	 */
	static String loadAverage() {
		try {
			String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
			return parts[0] + " " + parts[1] + " " + parts[2];
		}
		catch (IOException unreadable) {
			return "?";
		}
	}

	private static String firstValue(String file, String key) {
		try {
			return Files.readAllLines(Path.of(file))
				.stream()
				.filter(line -> line.startsWith(key))
				.map(line -> line.substring(line.indexOf(line.contains("=") && !line.contains(":") ? '=' : ':') + 1)
					.trim())
				.findFirst()
				.orElse("?");
		}
		catch (IOException unreadable) {
			return "?";
		}
	}

	/**
	 * Median and 95th percentile (nearest rank) of latencies in nanoseconds, as
	 * milliseconds.
	 */
	record Latency(int samples, double medianMs, double p95Ms, double maxMs) {

		static Latency of(long[] nanos) {
			long[] sorted = nanos.clone();
			Arrays.sort(sorted);
			return new Latency(sorted.length, rank(sorted, 0.50), rank(sorted, 0.95), sorted[sorted.length - 1] / 1e6);
		}

		private static double rank(long[] sorted, double quantile) {
			int index = (int) Math.ceil(quantile * sorted.length) - 1;
			return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
		}
	}

}
