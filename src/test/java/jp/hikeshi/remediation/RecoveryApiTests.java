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

import jp.hikeshi.TestAccounts.TestUser;
import jp.hikeshi.TestAccounts;
import jp.hikeshi.WebTest;
import jp.hikeshi.directory.AssetCatalog;
import jp.hikeshi.directory.AssetInput;
import jp.hikeshi.directory.AssetKind;
import jp.hikeshi.directory.VendorDirectory;
import jp.hikeshi.directory.VendorInput;
import jp.hikeshi.directory.VendorView;
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
	IncidentCommands incidents;

	@Autowired
	IncidentQueries incidentQueries;

	@Autowired
	AssetCatalog assets;

	@Autowired
	VendorDirectory vendors;

	TestUser handler;

	UUID incident;

	@BeforeEach
	void setUp() {
		handler = accounts.create("recover", Role.HANDLER);
		incident = incidents
			.open(handler.actor(), NewIncident.of("ファイルサーバーの暗号化", "RANSOMWARE", Urgency.CRITICAL, "EXTENSIVE"), null)
			.id();
	}

	@Test
	@DisplayName("RES-4 an item is planned, worked on, restored by a vendor from backup, found NOT OK, restored again and verified OK")
	void recordsRestorationAndVerification() throws Exception {
		UUID asset = assets
			.register(handler.actor(),
					new AssetInput("ファイルサーバー FS-" + UUID.randomUUID().toString().substring(0, 6), AssetKind.SERVER,
							"本社", null, "ベンダー株式会社", null))
			.id();
		String id = id(plan("{\"assetId\":\"" + asset + "\",\"description\":\"共有フォルダをバックアップから復元\"}")
			.andExpect(jsonPath("$.stage").value("PLANNED"))
			.andExpect(jsonPath("$.targetName").value(containsString("ファイルサーバー FS-"))));
		step(id, "{\"step\":\"IN_PROGRESS\",\"version\":0}").andExpect(status().isOk());
		step(id, "{\"step\":\"RESTORED\",\"version\":1}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("restoredBy"));
		Instant restored = Instant.now().minus(30, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
		step(id, "{\"step\":\"RESTORED\",\"restoredByVendor\":\"ベンダー株式会社 鈴木\",\"method\":\"RESTORE_FROM_BACKUP\","
				+ "\"methodDetail\":\"11/19 のオフラインバックアップ\",\"at\":\"" + restored + "\",\"version\":1}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.stage").value("RESTORED"))
			.andExpect(jsonPath("$.restorerKind").value("VENDOR"))
			.andExpect(jsonPath("$.restoredBy").value("ベンダー株式会社 鈴木"))
			.andExpect(jsonPath("$.restoredAt").value(restored.toString()));
		step(id, "{\"step\":\"VERIFIED\",\"version\":2}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("result"));
		step(id, "{\"step\":\"VERIFIED\",\"result\":\"NOT_OK\",\"note\":\"経理フォルダが開けない\",\"version\":2}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.stage").value("IN_PROGRESS"))
			.andExpect(jsonPath("$.verifications[0].result").value("NOT_OK"));
		assertThat(incident().recoveredAt()).isNull();
		step(id, "{\"step\":\"RESTORED\",\"restoredByUserId\":\"" + handler.actor().id()
				+ "\",\"method\":\"REBUILD\",\"version\":3}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.restorerKind").value("USER"))
			.andExpect(jsonPath("$.restoredBy").value(handler.actor().displayName()));
		step(id, "{\"step\":\"VERIFIED\",\"result\":\"OK\",\"note\":\"全フォルダを開けることを確認\",\"version\":4}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.stage").value("VERIFIED"));
		mvc.perform(get("/api/v1/recovery/" + id).header("Authorization", handler.bearer()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.steps.length()").value(6))
			.andExpect(jsonPath("$.steps[*].step").value(org.hamcrest.Matchers.contains("PLANNED", "IN_PROGRESS",
					"RESTORED", "IN_PROGRESS", "RESTORED", "VERIFIED")))
			.andExpect(jsonPath("$.verifications.length()").value(2))
			.andExpect(jsonPath("$.verifications[1].result").value("OK"))
			.andExpect(jsonPath("$.verifications[1].byName").value(handler.actor().displayName()))
			.andExpect(jsonPath("$.verifications[1].note").value("全フォルダを開けることを確認"));
		step(id, "{\"step\":\"VERIFIED\",\"result\":\"OK\",\"version\":5}").andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("復旧確認済み")));
	}

	@Test
	@DisplayName("RES-4 the incident is recovered only when every recovery item is verified OK, at the last check's time")
	void setsRecoveredWhenEveryItemIsVerified() throws Exception {
		String mail = id(plan(
				"{\"serviceName\":\"メールサービス\",\"description\":\"送受信の再開\",\"restoredByVendor\":\"ISP\",\"method\":\"RECONFIGURE\"}"));
		String web = id(plan(
				"{\"serviceName\":\"Web サイト\",\"description\":\"改ざん前のコンテンツに戻す\",\"restoredByVendor\":\"制作会社\",\"method\":\"RESTORE_FROM_BACKUP\"}"));
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
		String item = id(plan(
				"{\"serviceName\":\"基幹システム\",\"description\":\"再起動\",\"restoredByVendor\":\"保守会社\",\"method\":\"OTHER\"}"));
		finish(item, null);
		assertThat(incident().recoveredAt()).isEqualTo(byHand);
	}

	@Test
	@DisplayName("RES-4 the API refuses bad items (400), outsiders (403), unknown ids (404), illegal and stale steps (409)")
	void refusesWhatItMust() throws Exception {
		plan("{\"description\":\"x\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("serviceName"));
		plan("{\"serviceName\":\"x\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("description"));
		plan("{\"assetId\":\"" + UUID.randomUUID() + "\",\"description\":\"x\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("assetId"));
		plan("{\"serviceName\":\"x\",\"description\":\"x\",\"restoredByUserId\":\"" + UUID.randomUUID() + "\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("restoredByUserId"));
		String id = id(plan("{\"serviceName\":\"VPN\",\"description\":\"再設定\"}"));
		step(id, "{\"step\":\"RESTORED\",\"version\":0}").andExpect(status().isConflict())
			.andExpect(jsonPath("$.allowed[0]").value("IN_PROGRESS"));
		step(id, "{\"step\":\"IN_PROGRESS\",\"version\":7}").andExpect(status().isConflict())
			.andExpect(jsonPath("$.title").value("更新が競合しました"));
		step(id, "{\"step\":\"PLANNED\",\"version\":0}").andExpect(status().isBadRequest());
		TestUser manager = accounts.create("recover-mgr", Role.MANAGER);
		mvc.perform(get("/api/v1/incidents/" + incident + "/recovery").header("Authorization", manager.bearer()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].id").value(id));
		mvc.perform(patch("/api/v1/recovery/" + id).header("Authorization", manager.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"step\":\"IN_PROGRESS\",\"version\":0}")).andExpect(status().isForbidden());
		for (Role role : new Role[] { Role.VENDOR, Role.REPORTER }) {
			TestUser outsider = accounts.create("recover-out", role);
			mvc.perform(get("/api/v1/incidents/" + incident + "/recovery").header("Authorization", outsider.bearer()))
				.andExpect(status().isForbidden());
			mvc.perform(get("/api/v1/recovery/" + id).header("Authorization", outsider.bearer()))
				.andExpect(status().isForbidden());
			mvc.perform(post("/api/v1/incidents/" + incident + "/recovery").header("Authorization", outsider.bearer())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"serviceName\":\"x\",\"description\":\"x\"}")).andExpect(status().isForbidden());
		}
		mvc.perform(get("/api/v1/recovery/" + UUID.randomUUID()).header("Authorization", handler.bearer()))
			.andExpect(status().isNotFound());
		mvc.perform(
				get("/api/v1/incidents/" + UUID.randomUUID() + "/recovery").header("Authorization", handler.bearer()))
			.andExpect(status().isNotFound());
	}

	@Test
	@DisplayName("RES-4 an item added by mistake is cancelled with a reason (400 without one), recorded with who and when, and no longer counts for recovered")
	void cancelsAnItemAddedByMistake() throws Exception {
		String real = id(plan(
				"{\"serviceName\":\"販売管理システム\",\"description\":\"再構築\",\"restoredByVendor\":\"保守会社\",\"method\":\"REBUILD\"}"));
		String mistake = id(plan("{\"serviceName\":\"販売管理システム（重複）\",\"description\":\"二重登録\"}"));
		step(mistake, "{\"step\":\"IN_PROGRESS\",\"version\":0}").andExpect(status().isOk());
		step(mistake, "{\"step\":\"CANCELLED\",\"version\":1}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("note"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("取り消す理由")));
		step(mistake, "{\"step\":\"CANCELLED\",\"note\":\"   \",\"version\":1}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("note"));
		assertThat(recoveryStage(mistake)).isEqualTo("IN_PROGRESS");
		Instant checked = Instant.now().minus(10, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
		finish(real, checked);
		assertThat(incident().recoveredAt()).as("the duplicate is still open").isNull();
		Instant cancelledAt = Instant.now().minus(5, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
		step(mistake, "{\"step\":\"CANCELLED\",\"note\":\"二重に登録したため\",\"at\":\"" + cancelledAt + "\",\"version\":1}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.stage").value("CANCELLED"))
			.andExpect(jsonPath("$.nextStage").doesNotExist())
			.andExpect(jsonPath("$.cancellable").value(false))
			.andExpect(jsonPath("$.steps[2].step").value("CANCELLED"))
			.andExpect(jsonPath("$.steps[2].note").value("二重に登録したため"))
			.andExpect(jsonPath("$.steps[2].byName").value(handler.actor().displayName()))
			.andExpect(jsonPath("$.steps[2].at").value(cancelledAt.toString()));
		assertThat(incident().recoveredAt())
			.as("recovered when the only item left was checked, not when the other was cancelled")
			.isEqualTo(checked);
		assertThat(incident().state()).isEqualTo(IncidentState.RECOVERED);
		step(mistake, "{\"step\":\"IN_PROGRESS\",\"version\":2}").andExpect(status().isConflict());
		step(mistake, "{\"step\":\"CANCELLED\",\"note\":\"again\",\"version\":2}").andExpect(status().isConflict());
		step(real, "{\"step\":\"CANCELLED\",\"note\":\"too late\",\"version\":3}").andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("「復旧確認済み」から「取り消し」には進めません")));
	}

	@Test
	@DisplayName("RES-4 an item only cancelled does not make the incident recovered")
	void cancelledItemsAloneDoNotRecover() throws Exception {
		String only = id(plan("{\"serviceName\":\"ファイル共有\",\"description\":\"誤登録\"}"));
		step(only, "{\"step\":\"CANCELLED\",\"note\":\"対象外だった\",\"version\":0}").andExpect(status().isOk());
		assertThat(incident().recoveredAt()).isNull();
		assertThat(incident().state()).isEqualTo(IncidentState.OPEN);
	}

	@Test
	@DisplayName("RES-4 the restorer may be a vendor organisation of the directory (its name returned); an unknown vendor id is 400")
	void restoredByADirectoryVendor() throws Exception {
		TestUser admin = accounts.create("recover-admin", Role.ADMIN);
		VendorView vendor = vendors.register(admin.actor(),
				new VendorInput("復旧ベンダー " + UUID.randomUUID().toString().substring(0, 8), "0120-000-111", null, null,
						null, null, null));
		String id = id(plan("{\"serviceName\":\"基幹サーバー\",\"description\":\"OS 再インストール\",\"restoredByVendorId\":\""
				+ vendor.id() + "\",\"method\":\"REBUILD\"}")
			.andExpect(jsonPath("$.restorerKind").value("VENDOR"))
			.andExpect(jsonPath("$.restoredByVendorId").value(vendor.id().toString()))
			.andExpect(jsonPath("$.restoredBy").value(vendor.name())));
		step(id, "{\"step\":\"IN_PROGRESS\",\"version\":0}").andExpect(status().isOk());
		step(id, "{\"step\":\"RESTORED\",\"version\":1}").andExpect(status().isOk())
			.andExpect(jsonPath("$.restoredBy").value(vendor.name()));
		step(id, "{\"step\":\"RESTORED\",\"restoredByVendorId\":\"" + UUID.randomUUID() + "\",\"version\":2}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("restoredByVendorId"));
		plan("{\"serviceName\":\"x\",\"description\":\"x\",\"restoredByVendorId\":\"" + UUID.randomUUID() + "\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("restoredByVendorId"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("連絡先一覧にないベンダー")));
		String named = id(plan("{\"serviceName\":\"y\",\"description\":\"y\",\"restoredByVendor\":\"町の電器店\"}")
			.andExpect(jsonPath("$.restorerKind").value("VENDOR"))
			.andExpect(jsonPath("$.restoredByVendorId").doesNotExist()));
		step(named, "{\"step\":\"IN_PROGRESS\",\"restoredByVendorId\":\"" + vendor.id() + "\",\"version\":0}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.restoredBy").value(vendor.name()))
			.andExpect(jsonPath("$.restoredByVendorId").value(vendor.id().toString()));
	}

	String recoveryStage(String id) throws Exception {
		return JsonPath.read(mvc.perform(get("/api/v1/recovery/" + id).header("Authorization", handler.bearer()))
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.stage");
	}

	void finish(String id, Instant checkedAt) throws Exception {
		step(id, "{\"step\":\"IN_PROGRESS\",\"version\":0}").andExpect(status().isOk());
		step(id, "{\"step\":\"RESTORED\",\"version\":1}").andExpect(status().isOk());
		step(id, "{\"step\":\"VERIFIED\",\"result\":\"OK\"" + (checkedAt == null ? "" : ",\"at\":\"" + checkedAt + "\"")
				+ ",\"version\":2}")
			.andExpect(status().isOk());
	}

	IncidentView incident() {
		return incidentQueries.get(handler.actor(), incident);
	}

	ResultActions plan(String json) throws Exception {
		return mvc.perform(post("/api/v1/incidents/" + incident + "/recovery").header("Authorization", handler.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json));
	}

	ResultActions step(String id, String json) throws Exception {
		return mvc.perform(patch("/api/v1/recovery/" + id).header("Authorization", handler.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json));
	}

	static String id(ResultActions result) throws Exception {
		return JsonPath.read(result.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(),
				"$.id");
	}

}
