package jp.hikeshi.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jp.hikeshi.TestAccounts;
import jp.hikeshi.TestAccounts.TestUser;
import jp.hikeshi.WebTest;
import jp.hikeshi.audit.internal.PythonVerifier;
import jp.hikeshi.identity.Role;
import jp.hikeshi.shared.OrganisationId;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The REST export of the audit chain, checked by the auditor's script that trusts nothing
 * but the export.
 */
@WebTest
class AuditChainExportTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path dir;

	@Test
	@DisplayName("RES-2 an administrator's export verifies with the Python script; another organisation's entries are there by hash only; an edited export fails")
	void anExportVerifiesOutsideTheSystem() throws Exception {
		TestUser admin = accounts.create("auditor", Role.ADMIN);
		String ours = "export-ours-" + UUID.randomUUID();
		String theirs = "export-theirs-" + UUID.randomUUID();
		transaction.executeWithoutResult(s -> {
			events.publishEvent(new AuditEvent(OrganisationId.DEFAULT, Instant.now(), "tester", null, "TEST", "TEST",
					ours, "ours"));
			events.publishEvent(new AuditEvent(new OrganisationId(UUID.randomUUID()), Instant.now(), "tester", null,
					"TEST", "TEST", theirs, "他組織の秘密"));
		});
		await().atMost(Duration.ofSeconds(30))
			.until(() -> jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE object_id IN (?, ?) AND seq IS NOT NULL")
				.params(ours, theirs)
				.query(Long.class)
				.single() == 2);

		byte[] body = mvc.perform(get("/api/v1/audit/chain/export").header("Authorization", admin.bearer()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		String export = new String(body, StandardCharsets.UTF_8);
		assertThat(export).startsWith("{\"format\":\"hikeshi-audit-chain/1\"")
			.contains(ours)
			.doesNotContain(theirs)
			.doesNotContain("他組織の秘密")
			.contains("\"redacted\":true");
		Path file = Files.writeString(dir.resolve("chain.jsonl"), export);
		assertThat(PythonVerifier.check(file)).startsWith("0 intact:");

		List<String> lines = Files.readAllLines(file);
		Path edited = Files.write(dir.resolve("edited.jsonl"), lines.stream()
			.map(line -> line.contains(ours) ? line.replace("\"summary\":\"ours\"", "\"summary\":\"nothing\"") : line)
			.toList());
		assertThat(PythonVerifier.check(edited)).startsWith("1 BROKEN at position").contains("content does not match");
	}

	@Test
	@DisplayName("RES-2 only administrators export the chain")
	void onlyAdministratorsExport() throws Exception {
		for (Role role : List.of(Role.MANAGER, Role.HANDLER, Role.REPORTER)) {
			mvc.perform(get("/api/v1/audit/chain/export").header("Authorization", accounts.create("no", role).bearer()))
				.andExpect(status().isForbidden());
		}
	}

}
