package jp.hikeshi.response;

import static jp.hikeshi.PageAuth.as;
import static jp.hikeshi.response.ResponseFixture.incident;
import static jp.hikeshi.response.ResponseFixture.task;
import static jp.hikeshi.response.ResponseFixture.tasks;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import jp.hikeshi.TestAccounts;
import jp.hikeshi.TestAccounts.TestUser;
import jp.hikeshi.WebTest;
import jp.hikeshi.directory.AssigneeKind;
import jp.hikeshi.identity.Role;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

@WebTest
class VendorRequestTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	ResponseFixture fixture;

	@Autowired
	jp.hikeshi.reporting.MailOutbox outbox;

	@Test
	@DisplayName("RES-1 the vendor answers its request and the response policy records the answer it rests on")
	void decisionRestsOnTheVendorsAnswer() throws Exception {
		TestUser lead = accounts.create("res1", Role.HANDLER, Role.ADMIN);
		ResponseFixture.Vendor vendor = fixture.vendor(lead, "res1v");
		UUID incident = incident(mvc, lead, "詳細調査");
		UUID request = task(mvc, lead, incident, "侵入経路の調査を依頼", "RES-1", true, AssigneeKind.VENDOR, vendor.id());

		mvc.perform(post("/api/v1/tasks/" + request + "/answers").header("Authorization", vendor.user().bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"text\":\"VPN 機器の脆弱性を突かれた痕跡あり\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.answers[0].text").value("VPN 機器の脆弱性を突かれた痕跡あり"));
		String task = mvc.perform(get("/api/v1/tasks/" + request).header("Authorization", lead.bearer()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String answerId = JsonPath.read(task, "$.answers[0].id");

		mvc.perform(post("/api/v1/incidents/" + incident + "/decisions").header("Authorization", lead.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"policy\":\"VPN 機器を停止し、ファームウェアを更新する\",\"findings\":[\"" + answerId + "\"]}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.revision").value(1))
			.andExpect(jsonPath("$.findings[0].answerId").value(answerId));
		mvc.perform(post("/api/v1/incidents/" + incident + "/decisions").header("Authorization", lead.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"policy\":\"改訂: 全端末を点検する\",\"findings\":[]}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.revision").value(2));
		mvc.perform(post("/api/v1/incidents/" + incident + "/decisions").header("Authorization", lead.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"policy\":\"x\",\"findings\":[\"" + UUID.randomUUID() + "\"]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("findings"));
		mvc.perform(get("/api/v1/incidents/" + incident + "/decisions").header("Authorization", lead.bearer()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(2))
			.andExpect(jsonPath("$[1].findings[0].text").value("VPN 機器の脆弱性を突かれた痕跡あり"));
		mvc.perform(get("/incidents/" + incident + "/response").with(as(lead)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("VPN 機器を停止し")))
			.andExpect(content().string(Matchers.containsString("VPN 機器の脆弱性を突かれた痕跡あり")));
		// the vendor does not decide the policy
		mvc.perform(post("/api/v1/incidents/" + incident + "/decisions").header("Authorization", vendor.user().bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"policy\":\"x\"}")).andExpect(status().isForbidden());
	}

	@Test
	@DisplayName("RES-1 a task given to a vendor is a request: the vendor is told by e-mail through the outbox, once, in Japanese and in its accounts' languages")
	void vendorHearsOfItsRequest() throws Exception {
		TestUser lead = accounts.create("res1m", Role.HANDLER, Role.ADMIN);
		String prefix = "res1m" + UUID.randomUUID().toString().substring(0, 4);
		ResponseFixture.Vendor vendor = fixture.vendor(lead, prefix);
		UUID incident = incident(mvc, lead, "依頼メール");
		UUID request = task(mvc, lead, incident, "ファイアウォールのログを保全してください", "RES-2", true, AssigneeKind.VENDOR,
				vendor.id());
		String key = "request:" + request + ":" + vendor.id() + ":" + prefix + "@vendor.example.jp";
		String accountKey = "request:" + request + ":" + vendor.id() + ":" + vendor.user().username() + "@example.jp";
		// the request is mailed by the notification module once the assignment is
		// committed
		var sent = org.awaitility.Awaitility.await()
			.atMost(java.time.Duration.ofSeconds(30))
			.until(() -> outbox.messages(lead.actor(), "", key, jp.hikeshi.shared.PageRequest.of(0, 10)).items(),
					m -> !m.isEmpty());
		assertThat(sent).singleElement().satisfies(m -> {
			assertThat(m.purpose()).isEqualTo(jp.hikeshi.reporting.MailPurpose.REQUEST);
			assertThat(m.subject()).contains("ご依頼").contains("ファイアウォールのログを保全してください");
		});
		// the vendor's linked account is told as well, in its own language
		org.awaitility.Awaitility.await()
			.atMost(java.time.Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(
					outbox.messages(lead.actor(), "", accountKey, jp.hikeshi.shared.PageRequest.of(0, 10)).items())
				.hasSize(1));
		// a change that does not touch the assignee sends nothing more
		mvc.perform(
				org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch("/api/v1/tasks/" + request)
					.header("Authorization", lead.bearer())
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"version\":0,\"note\":\"よろしくお願いします\"}"))
			.andExpect(status().isOk());
		assertThat(outbox.messages(lead.actor(), "", key, jp.hikeshi.shared.PageRequest.of(0, 10)).items()).hasSize(1);
	}

	@Test
	@DisplayName("RES-1 policy revisions recorded at the same moment never share a number: each one is kept (201) or refused with 409, never a 500")
	void concurrentDecisionsKeepDistinctRevisions() throws Exception {
		TestUser lead = accounts.create("res1c", Role.HANDLER, Role.ADMIN);
		UUID incident = incident(mvc, lead, "同時の方針決定");
		int writers = 6;
		java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(writers);
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(writers);
		List<java.util.concurrent.Future<Integer>> outcomes = new java.util.ArrayList<>();
		for (int i = 0; i < writers; i++) {
			String policy = "方針 " + i;
			outcomes.add(pool.submit(() -> {
				start.await();
				return mvc
					.perform(post("/api/v1/incidents/" + incident + "/decisions").header("Authorization", lead.bearer())
						.contentType(MediaType.APPLICATION_JSON)
						.content("{\"policy\":\"" + policy + "\",\"findings\":[]}"))
					.andReturn()
					.getResponse()
					.getStatus();
			}));
		}
		List<Integer> statuses = new java.util.ArrayList<>();
		for (var outcome : outcomes) {
			statuses.add(outcome.get(60, java.util.concurrent.TimeUnit.SECONDS));
		}
		pool.shutdown();
		assertThat(statuses).allMatch(s -> s == 201 || s == 409);
		long kept = statuses.stream().filter(s -> s == 201).count();
		assertThat(kept).isPositive();
		String list = mvc
			.perform(get("/api/v1/incidents/" + incident + "/decisions").header("Authorization", lead.bearer()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<Integer> revisions = JsonPath.read(list, "$[*].revision");
		assertThat(revisions).hasSize((int) kept).doesNotHaveDuplicates();
	}

	@Test
	@DisplayName("RES-2 an acquisition request answered with a file becomes an evidence item linked to the task, with the file's SHA-256")
	void acquisitionAnswerBecomesLinkedEvidence() throws Exception {
		TestUser lead = accounts.create("res2", Role.HANDLER, Role.ADMIN);
		ResponseFixture.Vendor vendor = fixture.vendor(lead, "res2v");
		UUID incident = incident(mvc, lead, "証拠保全");
		UUID request = task(mvc, lead, incident, "ファイアウォールのログを保全", "RES-2", true, AssigneeKind.VENDOR, vendor.id());
		byte[] log = ("2026-11-26 fw deny 203.0.113.7 " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
		String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(log));

		String answered = mvc
			.perform(multipart("/api/v1/tasks/" + request + "/answers")
				.file(new MockMultipartFile("files", "fw.log", "text/plain", log))
				.param("text", "ログを保全しました")
				.param("kind", "LOGS")
				.header("Authorization", vendor.user().bearer()))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(JsonPath.<String>read(answered, "$.answers[0].files[0].sha256")).isEqualTo(sha256);
		String evidenceId = JsonPath.read(answered, "$.answers[0].files[0].evidenceId");

		mvc.perform(get("/api/v1/evidence/" + evidenceId).header("Authorization", lead.bearer()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.sha256").value(sha256))
			.andExpect(jsonPath("$.kind").value("LOGS"))
			.andExpect(jsonPath("$.requestTaskId").value(request.toString()))
			.andExpect(jsonPath("$.collectedBy").value(Matchers.containsString(vendor.name())));
		var download = mvc
			.perform(get("/api/v1/evidence/" + evidenceId + "/content").header("Authorization", lead.bearer()))
			.andExpect(status().isOk())
			.andReturn();
		// the content is streamed asynchronously: wait for it as EvidenceApiTests does
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch(download));
		assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(log);
		mvc.perform(get("/evidence/" + evidenceId).with(as(lead)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("/tasks/" + request)));
		mvc.perform(get("/tasks/" + request).with(as(lead)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("/evidence/" + evidenceId + "/download")))
			.andExpect(content().string(Matchers.containsString(sha256)));
		// the evidence page offers the request, which the response page's task form takes
		// up as RES-2
		mvc.perform(get("/incidents/" + incident + "/evidence").with(as(lead)))
			.andExpect(content()
				.string(Matchers.containsString("/incidents/" + incident + "/response?requirement=RES-2")));
		mvc.perform(get("/incidents/" + incident + "/response").param("requirement", "RES-2").with(as(lead)))
			.andExpect(content().string(Matchers.containsString("value=\"RES-2\"")));
		// the vendor handed the file over but still cannot read the evidence locker
		mvc.perform(get("/api/v1/evidence/" + evidenceId).header("Authorization", vendor.user().bearer()))
			.andExpect(status().isForbidden());
	}

	@Test
	@DisplayName("RES-1 visibility: a vendor sees only incidents with a task for its organisation, and only those tasks; never another vendor's or an unassigned incident, through the API or the pages")
	void vendorsSeeOnlyTheirOwnRequests() throws Exception {
		TestUser lead = accounts.create("vis", Role.HANDLER, Role.ADMIN);
		ResponseFixture.Vendor a = fixture.vendor(lead, "vis-a");
		ResponseFixture.Vendor b = fixture.vendor(lead, "vis-b");
		UUID shared = incident(mvc, lead, "共有するインシデント");
		UUID unassigned = incident(mvc, lead, "ベンダーに見せないインシデント");
		UUID forA = task(mvc, lead, shared, "A社への依頼", "RES-1", false, AssigneeKind.VENDOR, a.id());
		UUID forB = task(mvc, lead, shared, "B社への依頼", "RES-4", false, AssigneeKind.VENDOR, b.id());
		UUID internal = task(mvc, lead, shared, "社内の作業", null, false, AssigneeKind.USER, lead.actor().id());
		task(mvc, lead, unassigned, "社内だけ", null, false, null, null);

		List<String> seenByA = JsonPath.read(tasks(mvc, a.user(), shared), "$[*].id");
		assertThat(seenByA).containsExactly(forA.toString());
		mvc.perform(get("/api/v1/tasks/" + forB).header("Authorization", a.user().bearer()))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/tasks/" + internal).header("Authorization", a.user().bearer()))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/incidents/" + unassigned + "/tasks").header("Authorization", a.user().bearer()))
			.andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/tasks/" + forB + "/answers").header("Authorization", a.user().bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"text\":\"なりすまし\"}")).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/tasks").header("Authorization", a.user().bearer()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].id").value(Matchers.contains(forA.toString())));
		// the incident's own record, evidence and reporting stay closed to vendors
		mvc.perform(get("/api/v1/incidents/" + shared).header("Authorization", a.user().bearer()))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/incidents/" + shared + "/evidence").header("Authorization", a.user().bearer()))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/incidents/" + shared + "/decisions").header("Authorization", a.user().bearer()))
			.andExpect(status().isForbidden());

		// pages
		mvc.perform(get("/incidents/" + shared + "/response").with(as(a.user())))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("A社への依頼")))
			.andExpect(content().string(Matchers.not(Matchers.containsString("B社への依頼"))))
			.andExpect(content().string(Matchers.not(Matchers.containsString("社内の作業"))));
		mvc.perform(get("/incidents/" + unassigned + "/response").with(as(a.user()))).andExpect(status().isNotFound());
		mvc.perform(get("/tasks/" + forB).with(as(a.user()))).andExpect(status().isNotFound());
		mvc.perform(get("/tasks/" + forA).with(as(a.user())))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("answer-form")));
		mvc.perform(get("/tasks").with(as(a.user())))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("A社への依頼")))
			.andExpect(content().string(Matchers.not(Matchers.containsString("B社への依頼"))));
		mvc.perform(get("/incidents/" + shared + "/evidence").with(as(a.user()))).andExpect(status().isForbidden());
		mvc.perform(get("/incidents/" + shared + "/reporting").with(as(a.user()))).andExpect(status().isForbidden());

		// taking the request away from B closes the incident to B
		mvc.perform(get("/incidents/" + shared + "/response").with(as(b.user()))).andExpect(status().isOk());
		ResponseFixture.change(mvc, lead, forB, "{\"version\":0,\"unassign\":true}").andExpect(status().isOk());
		mvc.perform(get("/incidents/" + shared + "/response").with(as(b.user()))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/incidents/" + shared + "/tasks").header("Authorization", b.user().bearer()))
			.andExpect(status().isNotFound());
	}

}
