package jp.hikeshi.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Locale;
import java.util.UUID;

import jp.hikeshi.HikeshiApplication;
import jp.hikeshi.evidence.StreamingMultipart;
import jp.hikeshi.identity.Actor;
import jp.hikeshi.identity.Role;
import jp.hikeshi.identity.internal.Accounts;
import jp.hikeshi.incident.IncidentCommands;
import jp.hikeshi.incident.NewIncident;
import jp.hikeshi.incident.Urgency;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Uploads one large evidence file (default 1 GiB) through the REST API of a running
 * Hikeshi and reports the throughput and the JVM's peak heap use during the upload
 * (server and client share this JVM). Run:
 * {@code MAVEN_OPTS=-Xmx512m ./mvnw -Pbench test-compile exec:java -Dbench.main=jp.hikeshi.bench.EvidenceUploadBenchmark}
 */
public final class EvidenceUploadBenchmark {

	private EvidenceUploadBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		long size = Long.parseLong(System.getProperty("bench.bytes", String.valueOf(1024L * 1024 * 1024)));
		Path dir = Path.of("target", "bench-evidence");
		if (Files.exists(dir)) {
			try (var files = Files.walk(dir)) {
				files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
		}
		ConfigurableApplicationContext app = SpringApplication.run(HikeshiApplication.class, "--server.port=0",
				"--spring.datasource.url=jdbc:h2:file:./target/bench-evidence/db;MODE=PostgreSQL",
				"--hikeshi.evidence.store=target/bench-evidence/store",
				"--hikeshi.admin.password=bench-bootstrap-password", "--logging.level.root=WARN",
				"--spring.main.banner-mode=off");
		try {
			int port = ((WebServerApplicationContext) app).getWebServer().getPort();
			Accounts accounts = app.getBean(Accounts.class);
			var user = accounts.create(new Accounts.NewAccount("bench-" + UUID.randomUUID().toString().substring(0, 6),
					"Bench", null, UUID.randomUUID().toString(), Locale.JAPANESE, EnumSet.of(Role.HANDLER)), null);
			Actor actor = user.toActor();
			String token = accounts.issueToken(actor, "bench").secret();
			UUID incident = app.getBean(IncidentCommands.class)
				.open(actor, NewIncident.of("bench", "INTRUSION", Urgency.HIGH, "SIGNIFICANT"), null)
				.id();

			System.gc();
			ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
			long heapBefore = heapUsed();
			StreamingMultipart body = new StreamingMultipart(size);
			HttpRequest request = HttpRequest
				.newBuilder(URI.create("http://localhost:" + port + "/api/v1/incidents/" + incident + "/evidence"))
				.header("Authorization", "Bearer " + token)
				.header("Content-Type", body.contentType())
				.POST(HttpRequest.BodyPublishers
					.ofInputStream(() -> body.body("{\"kind\":\"DISK_IMAGE\",\"title\":\"bench\"}", "disk.img")))
				.build();
			long start = System.nanoTime();
			HttpResponse<String> response = HttpClient.newHttpClient()
				.send(request, HttpResponse.BodyHandlers.ofString());
			double seconds = (System.nanoTime() - start) / 1e9;
			long peak = ManagementFactory.getMemoryPoolMXBeans()
				.stream()
				.filter(p -> p.getType() == MemoryType.HEAP)
				.mapToLong(p -> p.getPeakUsage().getUsed())
				.sum();
			boolean hashOk = response.body().contains(body.sha256());
			System.out.printf("%nEvidence upload benchmark%n");
			System.out.printf(
					"| file | status | seconds | MB/s | hash matches | heap before | peak heap (sum of pool peaks) | max heap |%n");
			System.out.printf("|---|---|---|---|---|---|---|---|%n");
			System.out.printf("| %d MiB | %d | %.1f | %.1f | %s | %d MiB | %d MiB | %d MiB |%n", size >> 20,
					response.statusCode(), seconds, size / 1048576.0 / seconds, hashOk, heapBefore >> 20, peak >> 20,
					Runtime.getRuntime().maxMemory() >> 20);
		}
		finally {
			app.close();
		}
	}

	private static long heapUsed() {
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}

}
