package jp.hikeshi.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jp.hikeshi.audit.AuditCommandLine;
import jp.hikeshi.audit.AuditEvent;
import jp.hikeshi.shared.OrganisationId;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import tools.jackson.databind.json.JsonMapper;

/**
 * {@code audit-verify} and {@code audit-export} in-process, each on its own copy of an H2
 * file database with a short chain: the offline commands start without the web stack and
 * answer with their exit status in words.
 */
class AuditCommandLineTests {

	private static final int ENTRIES = 5;

	@TempDir
	static Path dir;

	static Path original;

	@BeforeAll
	static void chainOfFiveEntries() {
		original = dir.resolve("original");
		DriverManagerDataSource db = new DriverManagerDataSource(url(original), "sa", "");
		Flyway.configure().dataSource(db).locations("classpath:db/migration").load().migrate();
		AuditChain chain = new AuditChain(JdbcClient.create(db), new JdbcTemplate(db),
				new AuditParams(JsonMapper.builder().build()));
		OrganisationId organisation = new OrganisationId(UUID.randomUUID());
		for (int i = 1; i <= ENTRIES; i++) {
			chain.enqueue(AuditEvent.by(organisation, "監査 太郎 🔥", UUID.randomUUID())
				.did("REPORT_FILED")
				.on("REPORT", "R-" + i)
				.with("title", "不審なメール " + i)
				.summary("件名「請求書」" + i)
				.at(Instant.parse("2026-12-01T00:00:00.123456Z").plusSeconds(i)), Instant.now());
		}
		assertThat(chain.sealPending(100)).isEqualTo(ENTRIES);
	}

	@Test
	@DisplayName("RES-2 an intact chain is reported valid in Japanese by default, exit status 0")
	void reportsAnIntactChainInJapanese() throws IOException {
		Outcome outcome = verify(copy("intact"));
		assertThat(outcome.status()).isEqualTo(0);
		assertThat(outcome.output()).contains("改ざんは検出されませんでした（5 件を検証）");
	}

	@Test
	@DisplayName("RES-2 an edited row is located by position, in English when asked, exit status 1")
	void locatesAnEditedRow() throws IOException {
		Path copy = copy("edited");
		sql(copy, "UPDATE audit_entry SET summary = 'nothing happened' WHERE seq = 3");
		Outcome outcome = verify(copy, "--lang=en");
		assertThat(outcome.status()).isEqualTo(1);
		assertThat(outcome.output()).contains("Tampering or a gap found at entry 3")
			.contains("its content does not match its hash")
			.contains("The first 2 entries are intact");
	}

	@Test
	@DisplayName("RES-2 a deleted middle row is located as the missing position, exit status 1")
	void locatesADeletedMiddleRow() throws IOException {
		Path copy = copy("middle");
		sql(copy, "DELETE FROM audit_entry WHERE seq = 3");
		Outcome outcome = verify(copy);
		assertThat(outcome.status()).isEqualTo(1);
		assertThat(outcome.output()).contains("連番 3").contains("この記録がありません");
	}

	@Test
	@DisplayName("RES-2 a deleted last row is found through the chain head, exit status 1")
	void locatesADeletedLastRow() throws IOException {
		Path copy = copy("last");
		sql(copy, "DELETE FROM audit_entry WHERE seq = 5");
		Outcome outcome = verify(copy, "--lang=en");
		assertThat(outcome.status()).isEqualTo(1);
		assertThat(outcome.output()).contains("at entry 5").contains("entries after it were removed");
	}

	@Test
	@DisplayName("RES-2 a database that is missing or unreachable is reported as not checked, exit status 2")
	void reportsAnUncheckableDatabase() {
		Outcome missing = verify(dir.resolve("nowhere"));
		assertThat(missing.status()).isEqualTo(2);
		assertThat(missing.output()).contains("監査ログを検証できませんでした");
		assertThat(Files.exists(dir.resolve("nowhere.mv.db"))).isFalse();

		Outcome unreachable = run("audit-verify", "--spring.datasource.url=jdbc:postgresql://127.0.0.1:9/none",
				"--spring.datasource.username=nobody", "--lang=en");
		assertThat(unreachable.status()).isEqualTo(2);
		assertThat(unreachable.output()).contains("The audit trail could not be checked");
	}

	@Test
	@DisplayName("RES-2 an exported chain verifies with the standard-library Python script, and a tampered export does not")
	void exportsAChainThatAThirdPartyVerifies() throws Exception {
		Path export = dir.resolve("chain.jsonl");
		Outcome outcome = run("audit-export", "--spring.datasource.url=" + url(copy("export")),
				"--spring.datasource.username=sa", "--spring.datasource.password=", "--out=" + export);
		assertThat(outcome.status()).isEqualTo(0);
		List<String> lines = Files.readAllLines(export);
		assertThat(lines).hasSize(ENTRIES + 1);
		assertThat(lines.get(0)).contains("\"headSeq\":5");
		assertThat(outcome.output()).contains("5 件の記録を")
			.contains(lines.get(0).replaceAll(".*\"headHash\":\"(\\w+)\".*", "$1"));
		assertThat(PythonVerifier.check(export)).startsWith("0 intact: 5 entries");

		Path tampered = dir.resolve("tampered.jsonl");
		Files.write(tampered, lines.stream().map(line -> line.replace("件名「請求書」4", "件名「請求書」X")).toList());
		assertThat(PythonVerifier.check(tampered)).startsWith("1 BROKEN at position 4");

		Path truncated = dir.resolve("truncated.jsonl");
		Files.write(truncated, lines.subList(0, ENTRIES));
		assertThat(PythonVerifier.check(truncated)).startsWith("1 BROKEN after position 4");
	}

	private Path copy(String name) throws IOException {
		Path copy = dir.resolve(name);
		Files.copy(original.resolveSibling("original.mv.db"), copy.resolveSibling(name + ".mv.db"));
		return copy;
	}

	private static void sql(Path db, String statement) {
		JdbcClient.create(new DriverManagerDataSource(url(db), "sa", "")).sql(statement).update();
	}

	private static String url(Path db) {
		return "jdbc:h2:file:" + db.toAbsolutePath() + ";MODE=PostgreSQL;DEFAULT_NULL_ORDERING=HIGH";
	}

	private static Outcome verify(Path db, String... more) {
		// the user is given too, so a datasource of the surrounding test run (PostgreSQL
		// in CI) does not leak in
		String[] args = new String[more.length + 4];
		args[0] = "audit-verify";
		args[1] = "--spring.datasource.url=" + url(db);
		args[2] = "--spring.datasource.username=sa";
		args[3] = "--spring.datasource.password=";
		System.arraycopy(more, 0, args, 4, more.length);
		return run(args);
	}

	private static Outcome run(String... args) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		int status = AuditCommandLine.run(args, new PrintStream(bytes, true, StandardCharsets.UTF_8));
		return new Outcome(status, bytes.toString(StandardCharsets.UTF_8));
	}

	private record Outcome(int status, String output) {
	}

}
