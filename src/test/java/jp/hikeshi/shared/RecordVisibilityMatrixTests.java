package jp.hikeshi.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;

import jp.hikeshi.TestAccounts;
import jp.hikeshi.TestAccounts.TestUser;
import jp.hikeshi.WebTest;
import jp.hikeshi.directory.VendorDirectory;
import jp.hikeshi.directory.VendorInput;
import jp.hikeshi.evidence.EvidenceKind;
import jp.hikeshi.evidence.EvidenceLocker;
import jp.hikeshi.evidence.NewEvidence;
import jp.hikeshi.identity.Role;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The record side of the permission matrix: {@link PermissionMatrixTests} calls every
 * operation with unknown ids, this one seeds real records (a report filed by reporter R1
 * with an item of evidence, the incident it became with a task asked of vendor A,
 * evidence, containment, recovery, a notification, an asset maintained by vendor A, an
 * alert…) and calls every GET operation of the OpenAPI document that has a path variable
 * with the real ids, as the rightful callers (a HANDLER, vendor A's user, R1) and as
 * outsiders: the user of another vendor B and a reporter R2 who is not the author. An
 * outsider gets 403 or 404 and never the record; a GET with a path variable that has no
 * entry below fails the test.
 */
@WebTest
class RecordVisibilityMatrixTests {

	static final String HANDLER = "HANDLER";

	static final String VENDOR_A = "VENDOR_A";

	static final String VENDOR_B = "VENDOR_B";

	static final String R1 = "R1";

	static final String R2 = "R2";

	static final List<String> CALLERS = List.of(HANDLER, VENDOR_A, VENDOR_B, R1, R2);

	/** The outsiders this test is about. */
	static final Set<String> OUTSIDERS = Set.of(VENDOR_B, R2);

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	VendorDirectory vendors;

	@Autowired
	EvidenceLocker locker;

	/** A path template called with seeded ids, and who may read what it answers. */
	record Target(String url, Set<String> readers, String notApplicable) {

		static Target of(String url, String... readers) {
			return new Target(url, Set.of(readers), null);
		}

		static Target notApplicable(String reason) {
			return new Target(null, Set.of(), reason);
		}

	}

	@Test
	@DisplayName("GEN-1 a vendor of another vendor and a reporter who is not the author get 403 or 404 for every GET of a real record, the rightful callers 200")
	void outsidersNeverReadARecordOfAnother() throws Exception {
		Map<String, TestUser> users = new LinkedHashMap<>();
		TestUser admin = accounts.create("visibility-admin", Role.ADMIN);
		TestUser handler = accounts.create("visibility-handler", Role.HANDLER);
		users.put(HANDLER, handler);
		users.put(VENDOR_A, accounts.create("visibility-vendor-a", Role.VENDOR));
		users.put(VENDOR_B, accounts.create("visibility-vendor-b", Role.VENDOR));
		users.put(R1, accounts.create("visibility-r1", Role.REPORTER));
		users.put(R2, accounts.create("visibility-r2", Role.REPORTER));
		String tag = UUID.randomUUID().toString().substring(0, 8);
		UUID vendorA = vendor(admin, "保守A " + tag, users.get(VENDOR_A));
		vendor(admin, "保守B " + tag, users.get(VENDOR_B));

		String asset = id(call(handler, post("/api/v1/assets"),
				"{\"name\":\"サーバー %s\",\"kind\":\"SERVER\",\"vendorId\":\"%s\"}".formatted(tag, vendorA)));
		String contact = id(call(handler, post("/api/v1/contacts"), "{\"name\":\"連絡 %s\"}".formatted(tag)));
		String criterion = id(call(handler, post("/api/v1/maintenance/criteria"),
				"{\"assetId\":\"%s\",\"name\":\"基準 %s\",\"checkedItem\":\"回数\",\"threshold\":\"50\",\"frequency\":\"MONTHLY\",\"vendorName\":\"保守A\",\"vendorUserId\":\"%s\"}"
					.formatted(asset, tag, users.get(VENDOR_A).actor().id())));
		String check = id(call(users.get(VENDOR_A), post("/api/v1/maintenance/checks"),
				"{\"assetId\":\"%s\",\"checkedOn\":\"%s\",\"results\":[{\"criterionId\":\"%s\",\"outcome\":\"ANOMALY\",\"value\":\"312\"}]}"
					.formatted(asset, LocalDate.now(), criterion)));
		String alert = JsonPath.read(call(handler, post("/api/v1/alerts"), """
				{"source":"SIEM","sourceRef":"ref-%s","title":"不審な通信 %s","severity":"HIGH",
				 "occurredAt":"2026-01-10T01:00:00Z","observables":[{"type":"ip","value":"198.51.100.7"}]}"""
			.formatted(tag, tag)), "$.alertId");

		String report = id(call(users.get(R1), post("/api/v1/reports"),
				"""
						{"detectedAt":"%s","reporterName":"鈴木","reporterContact":"内線 201","category":"MALWARE","channel":"PHONE","summary":"暗号化 %s"}"""
					.formatted(Instant.now().minusSeconds(600), tag)));
		UUID reportEvidence = locker
			.registerForReport(handler.actor(), UUID.fromString(report),
					NewEvidence.of(EvidenceKind.DOCUMENT, "通報の原本 " + tag),
					new EvidenceLocker.Upload(new ByteArrayInputStream(("原本 " + tag).getBytes(StandardCharsets.UTF_8)),
							"original.txt", "text/plain"))
			.id();
		String incident = JsonPath.read(
				call(handler, post("/api/v1/reports/" + report + "/triage"),
						"{\"decision\":\"INCIDENT\",\"reason\":\"感染\",\"urgency\":\"HIGH\",\"severity\":\"MODERATE\"}"),
				"$.incidentId");
		String base = "/api/v1/incidents/" + incident;
		call(handler, post(base + "/playbooks"), "{\"playbook\":\"RANSOMWARE\"}");
		String task = id(call(handler, post(base + "/tasks"),
				"{\"process\":\"RESPONSE\",\"title\":\"ログ提出の依頼 %s\",\"assigneeKind\":\"VENDOR\",\"assigneeId\":\"%s\",\"due\":\"%s\"}"
					.formatted(tag, vendorA, Instant.now().plusSeconds(86_400 * 3))));
		String evidence = id(
				call(handler, post(base + "/evidence"), "{\"kind\":\"DOCUMENT\",\"title\":\"手順書 %s\"}".formatted(tag)));
		call(handler, post(base + "/observables"), "{\"type\":\"IP\",\"value\":\"203.0.113.9\",\"tlp\":\"AMBER\"}");
		String containment = id(call(handler, post(base + "/containment"),
				"{\"kind\":\"FILTER_BLOCK\",\"targetType\":\"IP\",\"targetValue\":\"203.0.113.66\",\"enforcementPoint\":\"FIREWALL\"}"));
		String recovery = id(call(handler, post(base + "/recovery"),
				"{\"assetId\":\"%s\",\"description\":\"復元 %s\",\"method\":\"RESTORE_FROM_BACKUP\"}".formatted(asset,
						tag)));
		call(handler, post(base + "/notifications"), "{\"recipientKind\":\"POLICE\",\"channel\":\"PHONE\"}");
		call(handler, put(base + "/privacy-assessment"),
				"{\"personalInformation\":true,\"sensitive\":true,\"becameAwareAt\":\"%s\"}"
					.formatted(Instant.now().minusSeconds(7200)));
		call(handler, post(base + "/ransom-decision"), "{\"note\":\"支払わない %s\"}".formatted(tag));
		call(handler, put(base + "/review"),
				"{\"outcome\":\"TRUE_POSITIVE\",\"rootCause\":\"未修正 %s\",\"preventionMeasures\":[]}".formatted(tag));
		call(handler, post(base + "/timeline"), "{\"kind\":\"LOG\",\"text\":\"経営層へ報告 %s\"}".formatted(tag));

		// every GET path template with a variable, the seeded record it is called with,
		// and who may read it (the HANDLER always; the others as named)
		Map<String, Target> targets = new LinkedHashMap<>();
		targets.put("/api/v1/alerts/{id}", Target.of("/api/v1/alerts/" + alert, HANDLER));
		targets.put("/api/v1/assets/{id}", Target.of("/api/v1/assets/" + asset, CALLERS.toArray(String[]::new)));
		targets.put("/api/v1/contacts/{id}", Target.of("/api/v1/contacts/" + contact, HANDLER));
		targets.put("/api/v1/containment/{id}", Target.of("/api/v1/containment/" + containment, HANDLER));
		targets.put("/api/v1/evidence/{id}", Target.of("/api/v1/evidence/" + reportEvidence, HANDLER, R1));
		targets.put("/api/v1/evidence/{id}/content",
				Target.of("/api/v1/evidence/" + reportEvidence + "/content", HANDLER, R1));
		targets.put("/api/v1/evidence/{id}/custody",
				Target.of("/api/v1/evidence/" + reportEvidence + "/custody", HANDLER, R1));
		targets.put("/api/v1/incidents/{id}", Target.of(base, HANDLER));
		targets.put("/api/v1/incidents/{id}/closing-report", Target.of(base + "/closing-report", HANDLER));
		targets.put("/api/v1/incidents/{id}/documents/closing-report",
				Target.of(base + "/documents/closing-report", HANDLER));
		targets.put("/api/v1/incidents/{id}/documents/{kind}", Target.of(base + "/documents/police-memo", HANDLER));
		targets.put("/api/v1/incidents/{id}/notifications", Target.of(base + "/notifications", HANDLER));
		targets.put("/api/v1/incidents/{id}/obligations", Target.of(base + "/obligations", HANDLER));
		targets.put("/api/v1/incidents/{id}/privacy-assessment", Target.of(base + "/privacy-assessment", HANDLER));
		targets.put("/api/v1/incidents/{id}/processes", Target.of(base + "/processes", HANDLER));
		targets.put("/api/v1/incidents/{id}/ransom-decision", Target.of(base + "/ransom-decision", HANDLER));
		targets.put("/api/v1/incidents/{id}/review", Target.of(base + "/review", HANDLER));
		targets.put("/api/v1/incidents/{id}/timeline", Target.of(base + "/timeline", HANDLER));
		targets.put("/api/v1/incidents/{incidentId}/containment", Target.of(base + "/containment", HANDLER));
		targets.put("/api/v1/incidents/{incidentId}/decisions", Target.of(base + "/decisions", HANDLER));
		targets.put("/api/v1/incidents/{incidentId}/evidence", Target.of(base + "/evidence", HANDLER));
		targets.put("/api/v1/incidents/{incidentId}/observables", Target.of(base + "/observables", HANDLER));
		targets.put("/api/v1/incidents/{incidentId}/playbooks", Target.of(base + "/playbooks", HANDLER, VENDOR_A));
		targets.put("/api/v1/incidents/{incidentId}/recovery", Target.of(base + "/recovery", HANDLER));
		targets.put("/api/v1/incidents/{incidentId}/tasks", Target.of(base + "/tasks", HANDLER, VENDOR_A));
		targets.put("/api/v1/maintenance/checks/{id}",
				Target.of("/api/v1/maintenance/checks/" + check, HANDLER, VENDOR_A));
		targets.put("/api/v1/playbooks/{code}", Target.of("/api/v1/playbooks/RANSOMWARE", HANDLER));
		targets.put("/api/v1/playbooks/{code}/export", Target.of("/api/v1/playbooks/RANSOMWARE/export", HANDLER));
		targets.put("/api/v1/playbooks/{code}/versions", Target.of("/api/v1/playbooks/RANSOMWARE/versions", HANDLER));
		targets.put("/api/v1/playbooks/{code}/versions/{version}",
				Target.of("/api/v1/playbooks/RANSOMWARE/versions/1", HANDLER));
		targets.put("/api/v1/recovery/{id}", Target.of("/api/v1/recovery/" + recovery, HANDLER));
		targets.put("/api/v1/reports/{id}", Target.of("/api/v1/reports/" + report, HANDLER, R1));
		targets.put("/api/v1/reports/{id}/triage", Target.of("/api/v1/reports/" + report + "/triage", HANDLER));
		targets.put("/api/v1/reports/{reportId}/evidence",
				Target.of("/api/v1/reports/" + report + "/evidence", HANDLER, R1));
		targets.put("/api/v1/tasks/{id}", Target.of("/api/v1/tasks/" + task, HANDLER, VENDOR_A));
		targets.put("/api/v1/triage/checklists/{category}", Target.of("/api/v1/triage/checklists/MALWARE", HANDLER));
		targets.put("/api/v1/users/{id}", Target.notApplicable(
				"administrators only (the HANDLER is refused too); PermissionMatrixTests proves every other role gets 403"));
		targets.put("/api/v1/vendors/{id}", Target.of("/api/v1/vendors/" + vendorA, HANDLER));

		Map<String, Map<String, Object>> paths = JsonPath
			.read(mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString(), "$.paths");
		Set<String> documented = new TreeSet<>();
		List<String> differences = new ArrayList<>();
		paths.forEach((path, operations) -> {
			if (!operations.containsKey("get") || !path.contains("{")) {
				return;
			}
			documented.add(path);
			Target target = targets.get(path);
			if (target == null) {
				differences.add("GET " + path + " has no seeded record nor a reason in " + getClass().getSimpleName());
				return;
			}
			if (target.notApplicable() != null) {
				return;
			}
			for (String caller : CALLERS) {
				var response = response(users.get(caller), target.url());
				int status = response.status();
				boolean reader = target.readers().contains(caller);
				if (reader && status != 200) {
					differences.add("GET " + target.url() + " answered " + status + " to the rightful " + caller);
				}
				if (!reader && status != 403 && status != 404) {
					differences.add("GET " + target.url() + " answered " + status + " to " + caller
							+ (OUTSIDERS.contains(caller) ? " (an outsider)" : "") + ": "
							+ abbreviated(response.body()));
				}
				if (!reader && response.body().contains(tag)) {
					differences.add("GET " + target.url() + " showed a seeded record to " + caller);
				}
			}
		});
		targets.keySet()
			.stream()
			.filter(path -> !documented.contains(path))
			.forEach(path -> differences.add(path + " is listed here but is no GET of the OpenAPI document"));
		assertThat(differences).isEmpty();
		assertThat(documented).hasSizeGreaterThan(30);
	}

	private UUID vendor(TestUser admin, String name, TestUser person) {
		return vendors
			.register(admin.actor(), new VendorInput(name, "03-1111-2222", "vendor@example.jp", null, null, null,
					List.of(new VendorInput.PersonInput("担当 " + name, "090-0000-0000", null, person.actor().id()))))
			.id();
	}

	record Answer(int status, String body) {
	}

	private Answer response(TestUser by, String url) {
		try {
			var response = mvc.perform(get(url).header("Authorization", by.bearer())).andReturn().getResponse();
			return new Answer(response.getStatus(), response.getContentAsString(StandardCharsets.UTF_8));
		}
		catch (Exception failure) {
			throw new IllegalStateException("GET " + url, failure);
		}
	}

	private static String abbreviated(String body) {
		return body.length() > 300 ? body.substring(0, 300) + "…" : body;
	}

	private static String id(String body) {
		try {
			return JsonPath.read(body, "$.id");
		}
		catch (com.jayway.jsonpath.PathNotFoundException none) {
			throw new AssertionError("no id in " + body, none);
		}
	}

	/** Calls the API; a refusal fails the seed, so nothing is checked on missing data. */
	private String call(TestUser by, MockHttpServletRequestBuilder request, String json) throws Exception {
		request.header("Authorization", by.bearer()).contentType(MediaType.APPLICATION_JSON).content(json);
		var response = mvc.perform(request).andReturn().getResponse();
		if (response.getStatus() >= 300) {
			throw new AssertionError(request + " answered " + response.getStatus() + ": "
					+ response.getContentAsString(StandardCharsets.UTF_8));
		}
		return response.getContentAsString(StandardCharsets.UTF_8);
	}

}
