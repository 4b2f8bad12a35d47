package jp.hikeshi.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

import jp.hikeshi.TestAccounts.TestUser;
import jp.hikeshi.TestAccounts;
import jp.hikeshi.identity.Role;
import jp.hikeshi.incident.IncidentCommands;
import jp.hikeshi.incident.NewIncident;
import jp.hikeshi.incident.Urgency;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.jayway.jsonpath.JsonPath;

/**
 * Runs in its own JVM with a 256 MiB heap (surefire execution "large-upload" in the pom).
 */
@Tag("large")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestAccounts.class)
class LargeEvidenceUploadTests {

	static final long SIZE = 320L * 1024 * 1024;

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	IncidentCommands incidents;

	@Autowired
	JdbcClient jdbc;

	@Test
	@DisplayName("RES-2 a file larger than the JVM's heap is streamed, and the hash computed on the way matches its digest")
	void streamsAFileLargerThanTheHeap() throws Exception {
		assertThat(Runtime.getRuntime().maxMemory()).as("the test's heap").isLessThan(SIZE);
		TestUser handler = accounts.create("large", Role.HANDLER);
		UUID incident = incidents
			.open(handler.actor(), NewIncident.of("ディスクイメージの保全", "INTRUSION", Urgency.HIGH, "SIGNIFICANT"), null)
			.id();
		StreamingMultipart multipart = new StreamingMultipart(SIZE);
		HttpRequest request = HttpRequest
			.newBuilder(URI.create("http://localhost:" + port + "/api/v1/incidents/" + incident + "/evidence"))
			.header("Authorization", handler.bearer())
			.header("Content-Type", multipart.contentType())
			.POST(HttpRequest.BodyPublishers
				.ofInputStream(() -> multipart.body("{\"kind\":\"DISK_IMAGE\",\"title\":\"サーバーのディスク\"}", "disk.img")))
			.build();
		HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		String expected = multipart.sha256();
		assertThat((String) JsonPath.read(response.body(), "$.sha256")).isEqualTo(expected);
		assertThat(((Number) JsonPath.read(response.body(), "$.sizeBytes")).longValue()).isEqualTo(SIZE);
		assertThat(jdbc.sql("SELECT size_bytes FROM evidence_blob WHERE sha256 = ?")
			.param(expected)
			.query(Long.class)
			.single()).isEqualTo(SIZE);
	}

}
