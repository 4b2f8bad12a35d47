package jp.hikeshi.remediation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jp.hikeshi.TestAccounts.TestUser;
import jp.hikeshi.TestAccounts;
import jp.hikeshi.WebTest;
import jp.hikeshi.identity.Role;
import jp.hikeshi.incident.IncidentChanges;
import jp.hikeshi.incident.IncidentCommands;
import jp.hikeshi.incident.IncidentQueries;
import jp.hikeshi.incident.IncidentState;
import jp.hikeshi.incident.IncidentView;
import jp.hikeshi.incident.NewIncident;
import jp.hikeshi.incident.Urgency;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.jayway.jsonpath.JsonPath;

@WebTest
class ContainmentApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	IncidentCommands incidents;

	@Autowired
	IncidentQueries incidentQueries;

	@Autowired
	JdbcClient jdbc;

	TestUser handler;

	TestUser lead;

	UUID incident;

	@BeforeEach
	void setUp() {
		handler = accounts.create("contain", Role.HANDLER);
		lead = accounts.create("contain-lead", Role.ADMIN);
		incident = incidents
			.open(handler.actor(), NewIncident.of("マルウェア感染の疑い", "MALWARE", Urgency.HIGH, "SIGNIFICANT"), null)
			.id();
	}

	@Test
	@DisplayName("RES-3 a block goes requested → applied → verified → lifted, each step with who did it and when")
	void recordsWhoAndWhenForEveryStep() throws Exception {
		String id = request(
				"{\"kind\":\"FILTER_BLOCK\",\"targetType\":\"IP\",\"targetValue\":\" 203.0.113.66 \","
						+ "\"enforcementPoint\":\"UTM\",\"enforcementDetail\":\"本社 UTM\",\"note\":\"ベンダーに依頼\"}",
				handler)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.step").value("REQUESTED"))
			.andExpect(jsonPath("$.targetValue").value("203.0.113.66"))
			.andExpect(jsonPath("$.enforcementPoint").value("UTM"))
			.andExpect(jsonPath("$.nextSteps.length()").value(2))
			.andExpect(jsonPath("$.steps[0].byName").value(handler.actor().displayName()))
			.andExpect(jsonPath("$.steps[0].note").value("ベンダーに依頼"))
			.andReturn()
			.getResponse()
			.getHeader("Location")
			.replace("/api/v1/containment/", "");
		Instant applied = Instant.now().minus(10, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
		step(id, "{\"step\":\"APPLIED\",\"note\":\"UTM で遮断済み\",\"at\":\"" + applied + "\",\"version\":0}", lead)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.step").value("APPLIED"));
		step(id, "{\"step\":\"VERIFIED\",\"version\":1}", handler).andExpect(status().isOk());
		step(id, "{\"step\":\"LIFTED\",\"note\":\"駆除完了のため解除\",\"version\":2}", lead).andExpect(status().isOk())
			.andExpect(jsonPath("$.nextSteps.length()").value(0));
		mvc.perform(get("/api/v1/containment/" + id).header("Authorization", handler.bearer()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.steps.length()").value(4))
			.andExpect(jsonPath("$.steps[1].step").value("APPLIED"))
			.andExpect(jsonPath("$.steps[1].byName").value(lead.actor().displayName()))
			.andExpect(jsonPath("$.steps[1].byId").value(lead.actor().id().toString()))
			.andExpect(jsonPath("$.steps[1].at").value(applied.toString()))
			.andExpect(jsonPath("$.steps[2].step").value("VERIFIED"))
			.andExpect(jsonPath("$.steps[2].byName").value(handler.actor().displayName()))
			.andExpect(jsonPath("$.steps[3].step").value("LIFTED"))
			.andExpect(jsonPath("$.steps[3].note").value("駆除完了のため解除"));
		mvc.perform(get("/api/v1/incidents/" + incident + "/containment").header("Authorization", handler.bearer()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].id").value(id))
			.andExpect(jsonPath("$[0].step").value("LIFTED"));
		await().atMost(Duration.ofSeconds(30))
			.until(() -> jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE object_id = ?")
				.param(id)
				.query(Long.class)
				.single() == 4);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM incident_timeline WHERE incident_id = ? AND text LIKE ?")
			.params(incident, "%203.0.113.66%")
			.query(Long.class)
			.single()).isEqualTo(4);
	}

	@Test
	@DisplayName("RES-3 isolating a device names an inventory asset or a device, and who was asked; a request can be cancelled")
	void isolatesADeviceAndCancelsARequest() throws Exception {
		String id = id(request("{\"kind\":\"ISOLATE_DEVICE\",\"deviceName\":\"経理部 PC-12\",\"askedWhom\":\"通報者 田中さん\"}",
				handler)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.deviceName").value("経理部 PC-12"))
			.andExpect(jsonPath("$.askedWhom").value("通報者 田中さん")));
		step(id, "{\"step\":\"CANCELLED\",\"note\":\"誤検知\",\"version\":0}", handler).andExpect(status().isOk())
			.andExpect(jsonPath("$.step").value("CANCELLED"));
		request("{\"kind\":\"ISOLATE_DEVICE\",\"deviceAssetId\":\"" + UUID.randomUUID() + "\"}", handler)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("deviceAssetId")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("askedWhom")));
		request("{\"kind\":\"REMOVE_CAUSE\"}", handler).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("description"));
		request("{\"kind\":\"FILTER_BLOCK\",\"targetType\":\"HASH\",\"targetValue\":\"xyz\",\"enforcementPoint\":\"OTHER\"}",
				handler)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("targetValue")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("enforcementDetail")))
			.andExpect(jsonPath("$.errors[*].message", hasItem(containsString("SHA-256"))));
		request("{\"targetValue\":\"x\"}", handler).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("kind"));
	}

	@Test
	@DisplayName("RES-3 illegal steps are refused with 409 and a message naming the steps that may follow, in Japanese or English")
	void refusesIllegalSteps() throws Exception {
		String id = id(request("{\"kind\":\"REMOVE_CAUSE\",\"description\":\"不正な管理者アカウントを削除\"}", handler));
		step(id, "{\"step\":\"VERIFIED\",\"version\":0}", handler).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("「依頼済み」から「効果確認済み」には進めません")))
			.andExpect(jsonPath("$.allowed[0]").value("APPLIED"));
		mvc.perform(patch("/api/v1/containment/" + id).header("Authorization", handler.bearer())
			.header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"step\":\"LIFTED\",\"version\":0}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("Cannot go from \"Requested\" to \"Lifted\"")));
		step(id, "{\"step\":\"CANCELLED\",\"version\":0}", handler).andExpect(status().isOk());
		step(id, "{\"step\":\"APPLIED\",\"version\":1}", handler).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("なし")));
		step(id, "{\"step\":\"APPLIED\",\"version\":0}", handler).andExpect(status().isConflict())
			.andExpect(jsonPath("$.title").value("更新が競合しました"));
		step(id, "{\"step\":\"APPLIED\"}", handler).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("version"));
		step(id, "{\"step\":\"SOMETHING\",\"version\":1}", handler).andExpect(status().isBadRequest());
	}

	@Test
	@DisplayName("RES-3 a step in the future is refused")
	void refusesImpossibleTimes() throws Exception {
		String id = id(request("{\"kind\":\"REMOVE_CAUSE\",\"description\":\"x\"}", handler));
		step(id, "{\"step\":\"APPLIED\",\"at\":\"" + Instant.now().plus(1, ChronoUnit.HOURS) + "\",\"version\":0}",
				handler)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("at"));
		step(id, "{\"step\":\"APPLIED\",\"at\":\"" + Instant.now().plus(2, ChronoUnit.MINUTES) + "\",\"version\":0}",
				handler)
			.andExpect(status().isOk());
	}

	@Test
	@DisplayName("RES-3 the incident is contained when the first measure is verified and none is pending, from that step's time")
	void setsContainedFromTheActions() throws Exception {
		String block = id(request(
				"{\"kind\":\"FILTER_BLOCK\",\"targetType\":\"DOMAIN\",\"targetValue\":\"c2.example.net\",\"enforcementPoint\":\"PROXY\"}",
				handler));
		String isolate = id(
				request("{\"kind\":\"ISOLATE_DEVICE\",\"deviceName\":\"PC-3\",\"askedWhom\":\"総務 佐藤さん\"}", handler));
		step(block, "{\"step\":\"APPLIED\",\"version\":0}", handler).andExpect(status().isOk());
		step(block, "{\"step\":\"VERIFIED\",\"version\":1}", handler).andExpect(status().isOk());
		assertThat(incident().containedAt()).as("the isolation is still requested").isNull();
		assertThat(incident().state()).isEqualTo(IncidentState.OPEN);
		step(isolate, "{\"step\":\"APPLIED\",\"version\":0}", handler).andExpect(status().isOk());
		Instant verified = Instant.now().minus(2, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
		step(isolate, "{\"step\":\"VERIFIED\",\"at\":\"" + verified + "\",\"version\":1}", handler)
			.andExpect(status().isOk());
		IncidentView contained = incident();
		assertThat(contained.containedAt()).isEqualTo(verified);
		assertThat(contained.state()).isEqualTo(IncidentState.CONTAINED);
		step(block, "{\"step\":\"LIFTED\",\"version\":2}", handler).andExpect(status().isOk());
		assertThat(incident().containedAt()).isEqualTo(verified);
		mvc.perform(get("/api/v1/incidents/" + incident).header("Authorization", handler.bearer()))
			.andExpect(jsonPath("$.containedAt").value(verified.toString()));
	}

	@Test
	@DisplayName("RES-3 a cancelled request counts neither way: alone it does not contain, and it does not hold back a verified measure (contained at that measure's check)")
	void cancelledRequestsDoNotCount() throws Exception {
		String mistaken = id(
				request("{\"kind\":\"ISOLATE_DEVICE\",\"deviceName\":\"PC-9\",\"askedWhom\":\"経理 鈴木さん\"}", handler));
		step(mistaken, "{\"step\":\"CANCELLED\",\"note\":\"別の端末だった\",\"version\":0}", handler)
			.andExpect(status().isOk());
		assertThat(incident().containedAt()).as("nothing was verified").isNull();
		String block = id(request(
				"{\"kind\":\"FILTER_BLOCK\",\"targetType\":\"EMAIL\",\"targetValue\":\"ceo@evil.example\",\"enforcementPoint\":\"MAIL_GATEWAY\"}",
				handler));
		String pending = id(request("{\"kind\":\"REMOVE_CAUSE\",\"description\":\"不審なマクロを削除\"}", handler));
		Instant verified = Instant.now().minus(20, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
		step(block, "{\"step\":\"APPLIED\",\"version\":0}", handler).andExpect(status().isOk());
		step(block, "{\"step\":\"VERIFIED\",\"at\":\"" + verified + "\",\"version\":1}", handler)
			.andExpect(status().isOk());
		assertThat(incident().containedAt()).as("the removal is still requested").isNull();
		step(pending, "{\"step\":\"CANCELLED\",\"note\":\"マクロは見つからなかった\",\"version\":0}", handler)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.steps[1].step").value("CANCELLED"))
			.andExpect(jsonPath("$.steps[1].byName").value(handler.actor().displayName()));
		assertThat(incident().containedAt()).isEqualTo(verified);
		assertThat(incident().state()).isEqualTo(IncidentState.CONTAINED);
	}

	@Test
	@DisplayName("RES-3 a contained time set by hand on the incident is never overwritten by the actions")
	void keepsAContainedTimeSetByHand() throws Exception {
		Instant byHand = Instant.parse("2026-11-20T01:30:00Z");
		IncidentView before = incident();
		incidents.update(handler.actor(), incident,
				IncidentChanges.version(before.version()).withTimes(null, null, null, byHand, null, null));
		String id = id(request("{\"kind\":\"REMOVE_CAUSE\",\"description\":\"Web シェルを削除\"}", handler));
		step(id, "{\"step\":\"APPLIED\",\"version\":0}", handler).andExpect(status().isOk());
		step(id, "{\"step\":\"VERIFIED\",\"version\":1}", handler).andExpect(status().isOk());
		assertThat(incident().containedAt()).isEqualTo(byHand);
		assertThat(incident().state()).isEqualTo(IncidentState.CONTAINED);
	}

	@Test
	@DisplayName("RES-3 managers read containment but cannot change it; vendors and reporters see nothing; unknown ids are 404")
	void enforcesWhoMaySeeAndChange() throws Exception {
		String id = id(request("{\"kind\":\"REMOVE_CAUSE\",\"description\":\"x\"}", handler));
		TestUser manager = accounts.create("contain-mgr", Role.MANAGER);
		TestUser vendor = accounts.create("contain-vendor", Role.VENDOR);
		TestUser reporter = accounts.create("contain-rep", Role.REPORTER);
		mvc.perform(get("/api/v1/incidents/" + incident + "/containment").header("Authorization", manager.bearer()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].id").value(id));
		mvc.perform(get("/api/v1/containment/" + id).header("Authorization", manager.bearer()))
			.andExpect(status().isOk());
		request("{\"kind\":\"REMOVE_CAUSE\",\"description\":\"x\"}", manager).andExpect(status().isForbidden());
		step(id, "{\"step\":\"APPLIED\",\"version\":0}", manager).andExpect(status().isForbidden());
		for (TestUser outsider : new TestUser[] { vendor, reporter }) {
			mvc.perform(
					get("/api/v1/incidents/" + incident + "/containment").header("Authorization", outsider.bearer()))
				.andExpect(status().isForbidden());
			mvc.perform(get("/api/v1/containment/" + id).header("Authorization", outsider.bearer()))
				.andExpect(status().isForbidden());
			request("{\"kind\":\"REMOVE_CAUSE\",\"description\":\"x\"}", outsider).andExpect(status().isForbidden());
			step(id, "{\"step\":\"APPLIED\",\"version\":0}", outsider).andExpect(status().isForbidden());
		}
		mvc.perform(get("/api/v1/incidents/" + UUID.randomUUID() + "/containment").header("Authorization",
				handler.bearer()))
			.andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/incidents/" + UUID.randomUUID() + "/containment")
			.header("Authorization", handler.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\":\"REMOVE_CAUSE\",\"description\":\"x\"}")).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/containment/" + UUID.randomUUID()).header("Authorization", handler.bearer()))
			.andExpect(status().isNotFound());
		step(UUID.randomUUID().toString(), "{\"step\":\"APPLIED\",\"version\":0}", handler)
			.andExpect(status().isNotFound());
		step(id, "{\"step\":\"APPLIED\",\"version\":0}", handler).andExpect(status().isOk());
	}

	IncidentView incident() {
		return incidentQueries.get(handler.actor(), incident);
	}

	ResultActions request(String json, TestUser by) throws Exception {
		return mvc.perform(post("/api/v1/incidents/" + incident + "/containment").header("Authorization", by.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json));
	}

	ResultActions step(String id, String json, TestUser by) throws Exception {
		return mvc.perform(patch("/api/v1/containment/" + id).header("Authorization", by.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json));
	}

	static String id(ResultActions result) throws Exception {
		return JsonPath.read(result.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(),
				"$.id");
	}

}
