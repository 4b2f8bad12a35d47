package jp.hikeshi.remediation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jp.hikeshi.TestAccounts;
import jp.hikeshi.TestAccounts.TestUser;
import jp.hikeshi.WebTest;
import jp.hikeshi.directory.AssetCatalog;
import jp.hikeshi.directory.AssetInput;
import jp.hikeshi.directory.AssetKind;
import jp.hikeshi.identity.Role;
import jp.hikeshi.incident.IncidentChanges;
import jp.hikeshi.incident.IncidentDesk;
import jp.hikeshi.incident.IncidentState;
import jp.hikeshi.incident.IncidentView;
import jp.hikeshi.incident.NewIncident;
import jp.hikeshi.incident.Urgency;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.jayway.jsonpath.JsonPath;

@WebTest
class RecoveryApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	IncidentDesk incidents;

	@Autowired
	AssetCatalog assets;

	TestUser handler;

	UUID incident;

	@BeforeEach
	void setUp() {
		handler = accounts.create("recover", Role.HANDLER);
		incident = incidents.open(handler.actor(), new NewIncident("ファイルサーバーの暗号化", "RANSOMWARE", Urgency.CRITICAL,
				"EXTENSIVE", null, null, null, null, null, null, null, null, null), null).id();
	}

	@Test
	@DisplayName("RES-4 an item is planned, worked on, restored by a vendor from backup, found NOT OK, restored again and verified OK")
	void recordsRestorationAndVerification() throws Exception {
		UUID asset = assets.register(handler.actor(), new AssetInput("ファイルサーバー FS-" + UUID.randomUUID().toString().substring(0, 6),
				AssetKind.SERVER, "本社", null, "ベンダー株式会社", null)).id();
		String id = id(plan("{\"assetId\":\"" + asset + "\",\"description\":\"共有フォルダをバックアップから復元\"}")
			.andExpect(jsonPath("$.stage").value("PLANNED"))
			.andExpect(jsonPath("$.targetName").value(containsString("ファイルサーバー FS-"))));
		step(id, "{\"step\":\"IN_PROGRESS\",\"version\":0}").andExpect(status().isOk());
		step(id, "{\"step\":\"RESTORED\",\"version\":1}")
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("restoredBy"));
		Instant restored = Instant.now().minus(30, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
		step(id, "{\"step\":\"RESTORED\",\"restoredByVendor\":\"ベンダー株式会社 鈴木\",\"method\":\"RESTORE_FROM_BACKUP\","
				+ "\"methodDetail\":\"11/19 のオフラインバックアップ\",\"at\":\"" + restored + "\",\"version\":1}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.stage").value("RESTORED"))
			.andExpect(jsonPath("$.restorerKind").value("VENDOR"))
			.andExpect(jsonPath("$.restoredBy").value("ベンダー株式会社 鈴木"))
			.andExpect(jsonPath("$.restoredAt").value(restored.toString()));
		step(id, "{\"step\":\"VERIFIED\",\"version\":2}")
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("result"));
		step(id, "{\"step\":\"VERIFIED\",\"result\":\"NOT_OK\",\"note\":\"経理フォルダが開けない\",\"version\":2}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.stage").value("IN_PROGRESS"))
			.andExpect(jsonPath("$.verifications[0].result").value("NOT_OK"));
		assertThat(incident().recoveredAt()).isNull();
		step(id, "{\"step\":\"RESTORED\",\"restoredByUserId\":\"" + handler.actor().id() + "\",\"method\":\"REBUILD\",\"version\":3}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.restorerKind").value("USER"))
			.andExpect(jsonPath("$.restoredBy").value(handler.actor().displayName()));
		step(id, "{\"step\":\"VERIFIED\",\"result\":\"OK\",\"note\":\"全フォルダを開けることを確認\",\"version\":4}")
			.andExpect(status().isOk()).andExpect(jsonPath("$.stage").value("VERIFIED"));
		mvc.perform(get("/api/v1/recovery/" + id).header("Authorization", handler.bearer()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.steps.length()").value(6))
			.andExpect(jsonPath("$.steps[*].step").value(org.hamcrest.Matchers.contains("PLANNED", "IN_PROGRESS", "RESTORED",
					"IN_PROGRESS", "RESTORED", "VERIFIED")))
			.andExpect(jsonPath("$.verifications.length()").value(2))
			.andExpect(jsonPath("$.verifications[1].result").value("OK"))
			.andExpect(jsonPath("$.verifications[1].byName").value(handler.actor().displayName()))
			.andExpect(jsonPath("$.verifications[1].note").value("全フォルダを開けることを確認"));
		step(id, "{\"step\":\"VERIFIED\",\"result\":\"OK\",\"version\":5}")
			.andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value(containsString("復旧確認済み")));
	}

	@Test
	@DisplayName("RES-4 the incident is recovered only when every recovery item is verified OK, at the last check's time")
	void setsRecoveredWhenEveryItemIsVerified() throws Exception {
		String mail = id(plan("{\"serviceName\":\"メールサービス\",\"description\":\"送受信の再開\",\"restoredByVendor\":\"ISP\",\"method\":\"RECONFIGURE\"}"));
		String web = id(plan("{\"serviceName\":\"Web サイト\",\"description\":\"改ざん前のコンテンツに戻す\",\"restoredByVendor\":\"制作会社\",\"method\":\"RESTORE_FROM_BACKUP\"}"));
		finish(mail, null);
		assertThat(incident().recoveredAt()).isNull();
		assertThat(incident().state()).isEqualTo(IncidentState.OPEN);
		Instant checked = Instant.now().minus(1, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
		finish(web, checked);
		IncidentView recovered = incident();
		assertThat(recovered.recoveredAt()).isEqualTo(checked);
		assertThat(recovered.state()).isEqualTo(IncidentState.RECOVERED);
	}

	@Test
	@DisplayName("RES-4 a recovered time set by hand on the incident is never overwritten")
	void keepsARecoveredTimeSetByHand() throws Exception {
		Instant byHand = Instant.parse("2026-11-21T03:00:00Z");
		incidents.update(handler.actor(), incident,
				IncidentChanges.version(incident().version()).withTimes(null, null, null, null, byHand, null));
		String item = id(plan("{\"serviceName\":\"基幹システム\",\"description\":\"再起動\",\"restoredByVendor\":\"保守会社\",\"method\":\"OTHER\"}"));
		finish(item, null);
		assertThat(incident().recoveredAt()).isEqualTo(byHand);
	}

	@Test
	@DisplayName("RES-4 the API refuses bad items (400), outsiders (403), unknown ids (404), illegal and stale steps (409)")
	void refusesWhatItMust() throws Exception {
		plan("{\"description\":\"x\"}").andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("serviceName"));
		plan("{\"serviceName\":\"x\"}").andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("description"));
		plan("{\"assetId\":\"" + UUID.randomUUID() + "\",\"description\":\"x\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("assetId"));
		plan("{\"serviceName\":\"x\",\"description\":\"x\",\"restoredByUserId\":\"" + UUID.randomUUID() + "\"}")
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("restoredByUserId"));
		String id = id(plan("{\"serviceName\":\"VPN\",\"description\":\"再設定\"}"));
		step(id, "{\"step\":\"RESTORED\",\"version\":0}").andExpect(status().isConflict())
			.andExpect(jsonPath("$.allowed[0]").value("IN_PROGRESS"));
		step(id, "{\"step\":\"IN_PROGRESS\",\"version\":7}").andExpect(status().isConflict())
			.andExpect(jsonPath("$.title").value("更新が競合しました"));
		step(id, "{\"step\":\"PLANNED\",\"version\":0}").andExpect(status().isBadRequest());
		TestUser manager = accounts.create("recover-mgr", Role.MANAGER);
		mvc.perform(get("/api/v1/incidents/" + incident + "/recovery").header("Authorization", manager.bearer()))
			.andExpect(status().isOk()).andExpect(jsonPath("$[0].id").value(id));
		mvc.perform(patch("/api/v1/recovery/" + id).header("Authorization", manager.bearer())
				.contentType(MediaType.APPLICATION_JSON).content("{\"step\":\"IN_PROGRESS\",\"version\":0}"))
			.andExpect(status().isForbidden());
		for (Role role : new Role[] { Role.VENDOR, Role.REPORTER }) {
			TestUser outsider = accounts.create("recover-out", role);
			mvc.perform(get("/api/v1/incidents/" + incident + "/recovery").header("Authorization", outsider.bearer()))
				.andExpect(status().isForbidden());
			mvc.perform(get("/api/v1/recovery/" + id).header("Authorization", outsider.bearer())).andExpect(status().isForbidden());
			mvc.perform(post("/api/v1/incidents/" + incident + "/recovery").header("Authorization", outsider.bearer())
					.contentType(MediaType.APPLICATION_JSON).content("{\"serviceName\":\"x\",\"description\":\"x\"}"))
				.andExpect(status().isForbidden());
		}
		mvc.perform(get("/api/v1/recovery/" + UUID.randomUUID()).header("Authorization", handler.bearer()))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/incidents/" + UUID.randomUUID() + "/recovery").header("Authorization", handler.bearer()))
			.andExpect(status().isNotFound());
	}

	void finish(String id, Instant checkedAt) throws Exception {
		step(id, "{\"step\":\"IN_PROGRESS\",\"version\":0}").andExpect(status().isOk());
		step(id, "{\"step\":\"RESTORED\",\"version\":1}").andExpect(status().isOk());
		step(id, "{\"step\":\"VERIFIED\",\"result\":\"OK\"" + (checkedAt == null ? "" : ",\"at\":\"" + checkedAt + "\"")
				+ ",\"version\":2}").andExpect(status().isOk());
	}

	IncidentView incident() {
		return incidents.get(handler.actor(), incident);
	}

	ResultActions plan(String json) throws Exception {
		return mvc.perform(post("/api/v1/incidents/" + incident + "/recovery").header("Authorization", handler.bearer())
			.contentType(MediaType.APPLICATION_JSON).content(json));
	}

	ResultActions step(String id, String json) throws Exception {
		return mvc.perform(patch("/api/v1/recovery/" + id).header("Authorization", handler.bearer())
			.contentType(MediaType.APPLICATION_JSON).content(json));
	}

	static String id(ResultActions result) throws Exception {
		return JsonPath.read(result.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
	}
}
