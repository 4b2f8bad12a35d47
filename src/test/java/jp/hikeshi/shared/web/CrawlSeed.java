package jp.hikeshi.shared.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jp.hikeshi.TestAccounts.TestUser;
import jp.hikeshi.directory.VendorDirectory;
import jp.hikeshi.directory.VendorInput;
import jp.hikeshi.identity.Actor;
import jp.hikeshi.identity.Role;
import jp.hikeshi.identity.internal.Accounts;
import jp.hikeshi.shared.OrganisationId;

import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.jayway.jsonpath.JsonPath;

/**
 * An organisation of its own with records in many states, made through the public APIs,
 * for the screen crawl: every text a user typed is kept in {@link #typed} so the English
 * crawl can tell typed Japanese from leaked labels.
 */
final class CrawlSeed {

	final Map<Role, TestUser> users = new java.util.EnumMap<>(Role.class);

	final List<String> typed = new ArrayList<>();

	/**
	 * Records the look at the pages starts from: the incident with work in every state,
	 * one task, one evidence item.
	 */
	UUID incident;

	String task;

	String evidence;

	private final MockMvc mvc;

	private final String tag = UUID.randomUUID().toString().substring(0, 6);

	private TestUser admin;

	private TestUser handler;

	CrawlSeed(MockMvc mvc) {
		this.mvc = mvc;
	}

	/**
	 * A new organisation with its users, reference data, shipped playbooks and check
	 * lists, and records in many states.
	 */
	static CrawlSeed seeded(org.springframework.context.ApplicationContext context, MockMvc mvc) throws Exception {
		CrawlSeed seed = new CrawlSeed(mvc).organisation(context.getBean(JdbcClient.class),
				context.getBean(Accounts.class));
		// the shipped playbooks and check lists are installed on start for every
		// organisation there is
		for (var installer : context.getBeansOfType(org.springframework.boot.ApplicationRunner.class).values()) {
			if (installer.getClass().getSimpleName().startsWith("Shipped")) {
				installer.run(new org.springframework.boot.DefaultApplicationArguments());
			}
		}
		seed.records(context.getBean(VendorDirectory.class));
		return seed;
	}

	CrawlSeed organisation(JdbcClient jdbc, Accounts accounts) {
		OrganisationId organisation = new OrganisationId(UUID.randomUUID());
		jdbc.sql("INSERT INTO organisation (id, name, public_body, created_at) VALUES (?, ?, FALSE, CURRENT_TIMESTAMP)")
			.params(organisation.value(), typed("巡回テスト株式会社 " + tag))
			.update();
		for (String table : REFERENCE_DATA) {
			copy(jdbc, table, organisation);
		}
		Actor founder = new Actor(UUID.randomUUID(), "system", "system", organisation, EnumSet.of(Role.ADMIN),
				Locale.JAPANESE);
		for (Role role : Role.values()) {
			String username = "crawl-" + role.name().toLowerCase(Locale.ROOT) + "-" + tag;
			String password = "pw-" + UUID.randomUUID();
			var user = accounts.create(
					new Accounts.NewAccount(username, typed("巡回 " + role.name().toLowerCase(Locale.ROOT) + " " + tag),
							username + "@example.jp", password, Locale.JAPANESE, EnumSet.of(role)),
					founder);
			Actor actor = user.toActor();
			typed.add(username);
			users.put(role, new TestUser(actor, username, password, accounts.issueToken(actor, "crawl").secret()));
		}
		admin = users.get(Role.ADMIN);
		handler = users.get(Role.HANDLER);
		return this;
	}

	/**
	 * The reference data a migration gives the default organisation only
	 * (multi-organisation set-up does not exist yet).
	 */
	private static final List<String> REFERENCE_DATA = List.of("event_category", "outside_body", "priority_setting",
			"priority_cell", "role_plan", "response_role", "role_activity", "triage_check", "triage_check_shipped");

	private static void copy(JdbcClient jdbc, String table, OrganisationId to) {
		for (Map<String, Object> row : jdbc.sql("SELECT * FROM " + table + " WHERE organisation_id = ?")
			.param(OrganisationId.DEFAULT.value())
			.query()
			.listOfRows()) {
			Map<String, Object> copy = new java.util.LinkedHashMap<>();
			row.forEach((column, value) -> copy.put(column.toLowerCase(Locale.ROOT), value));
			copy.put("organisation_id", to.value());
			if (copy.get("id") instanceof UUID) {
				copy.put("id", UUID.randomUUID());
			}
			String columns = String.join(", ", copy.keySet());
			String marks = String.join(", ", java.util.Collections.nCopies(copy.size(), "?"));
			jdbc.sql("INSERT INTO " + table + " (" + columns + ") VALUES (" + marks + ")")
				.params(new ArrayList<>(copy.values()))
				.update();
		}
	}

	String typed(String text) {
		typed.add(text);
		return text;
	}

	void records(VendorDirectory vendors) throws Exception {
		call(admin, post("/api/v1/setup/skip"), null);
		String vendorName = typed("巡回保守株式会社 " + tag);
		UUID vendor = vendors.register(admin.actor(),
				new VendorInput(vendorName, "03-1111-2222", "vendor@example.jp", null, null, null,
						List.of(new VendorInput.PersonInput(typed("保守 担当"), "090-0000-0000", null,
								users.get(Role.VENDOR).actor().id()))))
			.id();
		String asset = id(call(handler, post("/api/v1/assets"),
				"{\"name\":\"%s\",\"kind\":\"SERVER\",\"location\":\"%s\",\"owner\":\"%s\"}"
					.formatted(typed("基幹サーバー " + tag), typed("サーバー室"), typed("総務"))));
		call(handler, post("/api/v1/contacts"),
				"{\"name\":\"%s\",\"department\":\"%s\"}".formatted(typed("連絡 太郎"), typed("総務部")));
		maintenance(asset);
		alerts();

		String waiting = report(users.get(Role.REPORTER), "不審なメールを開いた");
		String toIncident = report(handler, "ファイルが暗号化された");
		String dismissed = report(handler, "迷惑メールが届いた");
		call(handler, post("/api/v1/reports/" + dismissed + "/triage"),
				"{\"decision\":\"NOT_INCIDENT\",\"reason\":\"%s\"}".formatted(typed("業務メール")));
		String decided = call(handler, post("/api/v1/reports/" + toIncident + "/triage"),
				"{\"decision\":\"INCIDENT\",\"reason\":\"%s\",\"urgency\":\"HIGH\",\"severity\":\"MODERATE\"}"
					.formatted(typed("感染")));
		incident = UUID.fromString(JsonPath.read(decided, "$.incidentId"));
		typed.add(waiting);
		work(incident, vendor, asset);
		UUID closed = incident("終わった案件", "PHISHING");
		call(handler, patch("/api/v1/incidents/" + closed),
				"{\"version\":0,\"state\":\"CLOSED\",\"reason\":\"%s\"}".formatted(typed("対応完了")));
		incident("調査中の漏えい", "INFO_LEAK");
	}

	private void work(UUID incident, UUID vendor, String asset) throws Exception {
		String base = "/api/v1/incidents/" + incident;
		call(handler, post(base + "/playbooks"), "{\"playbook\":\"RANSOMWARE\"}");
		String[] statuses = { "IN_PROGRESS", "DONE", "NOT_APPLICABLE", "CANCELLED" };
		for (String status : statuses) {
			task = id(call(handler, post(base + "/tasks"),
					"{\"process\":\"RESPONSE\",\"title\":\"%s\",\"checklist\":[\"%s\"]}"
						.formatted(typed("作業 " + status.toLowerCase(Locale.ROOT)), typed("ログを確認"))));
			call(handler, patch("/api/v1/tasks/" + task),
					"{\"version\":0,\"status\":\"%s\",\"reason\":\"%s\",\"note\":\"%s\"}".formatted(status,
							typed("該当なし"), typed("確認した")));
		}
		call(handler, post(base + "/tasks"),
				"{\"process\":\"RESPONSE\",\"title\":\"%s\",\"assigneeKind\":\"VENDOR\",\"assigneeId\":\"%s\",\"due\":\"%s\"}"
					.formatted(typed("ログ提出の依頼"), vendor, Instant.now().plusSeconds(86_400 * 3)));
		evidence = id(call(handler, post(base + "/evidence"),
				"{\"kind\":\"DOCUMENT\",\"title\":\"%s\"}".formatted(typed("運用手順書"))));
		call(handler, post(base + "/observables"), "{\"type\":\"IP\",\"value\":\"203.0.113.9\",\"tlp\":\"AMBER\"}");
		String block = id(call(handler, post(base + "/containment"),
				"{\"kind\":\"FILTER_BLOCK\",\"targetType\":\"IP\",\"targetValue\":\"203.0.113.66\",\"enforcementPoint\":\"FIREWALL\"}"));
		call(handler, patch("/api/v1/containment/" + block), "{\"step\":\"APPLIED\",\"version\":0}");
		call(handler, post(base + "/containment"),
				"{\"kind\":\"ISOLATE_DEVICE\",\"deviceName\":\"%s\",\"askedWhom\":\"%s\"}".formatted(typed("経理部 PC-12"),
						typed("通報者 田中さん")));
		String recovery = id(call(handler, post(base + "/recovery"),
				"{\"assetId\":\"%s\",\"description\":\"%s\",\"method\":\"RESTORE_FROM_BACKUP\"}".formatted(asset,
						typed("バックアップから復元"))));
		call(handler, patch("/api/v1/recovery/" + recovery), "{\"step\":\"IN_PROGRESS\",\"version\":0}");
		call(handler, put(base + "/privacy-assessment"),
				"{\"personalInformation\":true,\"sensitive\":true,\"becameAwareAt\":\"%s\"}"
					.formatted(Instant.now().minusSeconds(7200)));
		String draft = id(call(handler, post(base + "/notifications"),
				"{\"recipientKind\":\"PPC_PRELIMINARY\",\"channel\":\"EMAIL\",\"recipient\":\"ppc-desk@example.jp\",\"language\":\"ja\"}"));
		call(handler, post(base + "/notifications"), "{\"recipientKind\":\"POLICE\",\"channel\":\"PHONE\"}");
		mvc.perform(post(base + "/notifications/" + draft + "/sent").param("version", "1")
			.header("Authorization", handler.bearer()));
		call(handler, post(base + "/ransom-decision"), "{\"note\":\"%s\"}".formatted(typed("支払わない")));
		call(handler, post("/api/v1/incidents/" + incident + "/timeline"),
				"{\"kind\":\"LOG\",\"text\":\"%s\"}".formatted(typed("経営層へ報告")));
	}

	private void maintenance(String asset) throws Exception {
		String criterion = id(call(handler, post("/api/v1/maintenance/criteria"),
				"""
						{"assetId":"%s","name":"%s","checkedItem":"%s","threshold":"%s","frequency":"MONTHLY","vendorName":"%s"}"""
					.formatted(asset, typed("ログイン失敗"), typed("ログイン失敗回数"), typed("1 日 50 回を超える"), typed("株式会社保守"))));
		call(handler, post("/api/v1/maintenance/checks"),
				"{\"assetId\":\"%s\",\"checkedOn\":\"%s\",\"results\":[{\"criterionId\":\"%s\",\"outcome\":\"ANOMALY\",\"value\":\"%s\",\"note\":\"%s\"}]}"
					.formatted(asset, LocalDate.now(), criterion, typed("1 日 312 回"), typed("ログで確認")));
	}

	private void alerts() throws Exception {
		for (String severity : new String[] { "HIGH", "LOW" }) {
			String ref = "ref-" + severity.toLowerCase(Locale.ROOT) + "-" + tag;
			String alert = JsonPath.read(call(handler, post("/api/v1/alerts"), """
					{"source":"SIEM","sourceRef":"%s","title":"%s","severity":"%s","occurredAt":"2026-01-10T01:00:00Z",
					 "observables":[{"type":"ip","value":"198.51.100.7"}],"raw":{"rule":"R-1"}}""".formatted(ref,
					typed("不審な通信 " + ref), severity)), "$.alertId");
			if (severity.equals("LOW")) {
				call(handler, post("/api/v1/alerts/" + alert + "/dismiss"),
						"{\"reason\":\"%s\"}".formatted(typed("誤検知")));
			}
		}
	}

	private UUID incident(String title, String category) throws Exception {
		return UUID.fromString(id(call(handler, post("/api/v1/incidents"),
				"{\"title\":\"%s\",\"category\":\"%s\",\"urgency\":\"LOW\",\"severity\":\"MINOR\"}"
					.formatted(typed(title + " " + tag), category))));
	}

	private String report(TestUser by, String summary) throws Exception {
		String body = call(by, post("/api/v1/reports"),
				"""
						{"detectedAt":"%s","reporterName":"%s","reporterContact":"%s","category":"MALWARE","channel":"PHONE","summary":"%s"}"""
					.formatted(Instant.now().minusSeconds(600), typed("鈴木 一郎"), typed("内線 201"),
							typed(summary + " " + tag)));
		return JsonPath.read(body, "$.id");
	}

	private static String id(String body) {
		try {
			return JsonPath.read(body, "$.id");
		}
		catch (com.jayway.jsonpath.PathNotFoundException none) {
			throw new AssertionError("no id in " + body, none);
		}
	}

	/**
	 * Calls the API; a refusal fails the seed, so the crawl never runs on data it
	 * believes is there and is not.
	 */
	private String call(TestUser by, MockHttpServletRequestBuilder request, String json) throws Exception {
		request.header("Authorization", by.bearer());
		if (json != null) {
			request.contentType(MediaType.APPLICATION_JSON).content(json);
		}
		var response = mvc.perform(request).andReturn().getResponse();
		if (response.getStatus() >= 300) {
			throw new AssertionError(
					request + " answered " + response.getStatus() + ": " + response.getContentAsString());
		}
		return response.getContentAsString();
	}

}
