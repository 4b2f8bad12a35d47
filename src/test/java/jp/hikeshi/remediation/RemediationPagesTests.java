package jp.hikeshi.remediation;

import static jp.hikeshi.PageAuth.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;
import java.util.UUID;

import jp.hikeshi.TestAccounts.TestUser;
import jp.hikeshi.TestAccounts;
import jp.hikeshi.WebTest;
import jp.hikeshi.directory.VendorDirectory;
import jp.hikeshi.directory.VendorInput;
import jp.hikeshi.directory.VendorView;
import jp.hikeshi.identity.Role;
import jp.hikeshi.incident.IncidentCommands;
import jp.hikeshi.incident.NewIncident;
import jp.hikeshi.incident.Urgency;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@WebTest
class RemediationPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	IncidentCommands incidents;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	ContainmentDesk containment;

	@Autowired
	RecoveryDesk recovery;

	@Autowired
	VendorDirectory vendors;

	TestUser handler;

	UUID incident;

	@BeforeEach
	void setUp() {
		handler = accounts.create("remedy-page", Role.HANDLER);
		incident = incidents
			.open(handler.actor(), NewIncident.of("Web サイト改ざん", "DEFACEMENT", Urgency.HIGH, "MODERATE"), null)
			.id();
	}

	@Test
	@DisplayName("RES-3 RES-4 a handler requests a block, moves it to verified, plans and verifies a recovery item on the page; the incident shows contained and recovered")
	void handlerWorksThroughThePage() throws Exception {
		mvc.perform(get("/incidents/" + incident).with(as(handler)))
			.andExpect(content().string(containsString("/incidents/" + incident + "/remediation")));
		mvc.perform(post("/incidents/" + incident + "/remediation/containment").with(as(handler))
			.with(csrf())
			.param("kind", "FILTER_BLOCK")
			.param("targetType", "URL")
			.param("targetValue", "https://evil.example.com/x")
			.param("enforcementPoint", "PROXY")
			.param("deviceAssetId", ""))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flash", "remediation.flash.requested"));
		ContainmentView action = containment.forIncident(handler.actor(), incident).get(0);
		mvc.perform(post("/containment/" + action.id() + "/step").with(as(handler))
			.with(csrf())
			.param("step", "APPLIED")
			.param("version", "0")
			.param("note", "プロキシで遮断")
			.param("at", "2026-11-25T10:15")).andExpect(status().is3xxRedirection());
		mvc.perform(post("/containment/" + action.id() + "/step").with(as(handler))
			.with(csrf())
			.param("step", "VERIFIED")
			.param("version", "1")
			.param("at", "")).andExpect(status().is3xxRedirection());
		assertThat(containment.get(handler.actor(), action.id()).steps().get(1).at().toString())
			.isEqualTo("2026-11-25T01:15:00Z");

		mvc.perform(post("/incidents/" + incident + "/remediation/recovery").with(as(handler))
			.with(csrf())
			.param("serviceName", "コーポレートサイト")
			.param("description", "改ざん前のコンテンツに戻す")
			.param("restoredByVendor", "制作会社 山本")
			.param("method", "RESTORE_FROM_BACKUP")
			.param("assetId", "")
			.param("restoredByUserId", "")).andExpect(status().is3xxRedirection());
		RecoveryView item = recovery.forIncident(handler.actor(), incident).get(0);
		mvc.perform(post("/recovery/" + item.id() + "/step").with(as(handler))
			.with(csrf())
			.param("step", "IN_PROGRESS")
			.param("version", "0")).andExpect(status().is3xxRedirection());
		mvc.perform(post("/recovery/" + item.id() + "/step").with(as(handler))
			.with(csrf())
			.param("step", "RESTORED")
			.param("version", "1")).andExpect(status().is3xxRedirection());
		mvc.perform(post("/recovery/" + item.id() + "/step").with(as(handler))
			.with(csrf())
			.param("step", "VERIFIED")
			.param("result", "OK")
			.param("note", "表示を確認")
			.param("version", "2")).andExpect(status().is3xxRedirection());

		mvc.perform(get("/incidents/" + incident + "/remediation").with(as(handler)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("応急処置"), containsString("https://evil.example.com/x"),
					containsString("プロキシ"), containsString("効果確認済み"), containsString("2026年11月25日 10:15"),
					containsString("プロキシで遮断"), containsString("復旧確認済み"), containsString("制作会社 山本"),
					containsString("バックアップからの復元"), containsString("表示を確認"), not(containsString("未</span>")))));
	}

	@Test
	@DisplayName("RES-3 RES-4 the page is shown in English to a user who prefers it, read-only to a manager, and refused to a reporter")
	void rendersInEnglishAndForReaders() throws Exception {
		containment.request(handler.actor(), incident, new NewContainmentAction(ContainmentKind.ISOLATE_DEVICE, null,
				null, "PC-7", "reporter Tanaka", null, null, null, null, null));
		recovery.plan(handler.actor(), incident,
				new NewRecoveryItem(null, "Mail", "restart", null, null, null, null, null, null));
		TestUser english = accounts.create("remedy-en", Locale.ENGLISH, Role.HANDLER);
		mvc.perform(get("/incidents/" + incident + "/remediation")
			.with(user(userDetails.loadUserByUsername(english.username()))))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Containment"), containsString("Recovery"),
					containsString("Isolate a device"), containsString("reporter Tanaka"),
					containsString("Mark applied"), containsString("Add a recovery item"), containsString("not yet"))));
		TestUser manager = accounts.create("remedy-mgr", Role.MANAGER);
		mvc.perform(get("/incidents/" + incident + "/remediation").with(as(manager)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("端末の隔離"), not(containsString("containment-form")),
					not(containsString("実施済みにする")))));
		mvc.perform(
				get("/incidents/" + incident + "/remediation").with(as(accounts.create("remedy-rep", Role.REPORTER))))
			.andExpect(status().isForbidden());
		mvc.perform(post("/incidents/" + incident + "/remediation/containment").with(as(manager))
			.with(csrf())
			.param("kind", "REMOVE_CAUSE")
			.param("description", "x")).andExpect(status().isForbidden());
	}

	@Test
	@DisplayName("RES-4 the page offers directory vendors as restorer and a cancel control that insists on a reason; a cancelled item shows the reason and no more controls")
	void choosesAVendorAndCancelsOnThePage() throws Exception {
		VendorView vendor = vendors.register(accounts.create("remedy-admin", Role.ADMIN).actor(), new VendorInput(
				"ページ保守社 " + UUID.randomUUID().toString().substring(0, 8), null, null, null, null, null, null));
		mvc.perform(get("/incidents/" + incident + "/remediation").with(as(handler)))
			.andExpect(content().string(allOf(containsString("name=\"restoredByVendorId\""),
					containsString("value=\"" + vendor.id() + "\""), containsString(vendor.name()))));
		mvc.perform(post("/incidents/" + incident + "/remediation/recovery").with(as(handler))
			.with(csrf())
			.param("serviceName", "会計システム")
			.param("description", "再インストール")
			.param("assetId", "")
			.param("restoredByUserId", "")
			.param("restoredByVendorId", vendor.id().toString())
			.param("method", "REBUILD")).andExpect(status().is3xxRedirection());
		RecoveryView item = recovery.forIncident(handler.actor(), incident).get(0);
		assertThat(item.restoredBy()).isEqualTo(vendor.name());
		assertThat(item.restoredByVendorId()).isEqualTo(vendor.id());
		mvc.perform(get("/incidents/" + incident + "/remediation").with(as(handler)))
			.andExpect(content().string(allOf(containsString("取り消す（誤って登録した場合）"), containsString("取り消しの理由（必須）"))));
		mvc.perform(post("/recovery/" + item.id() + "/step").with(as(handler))
			.with(csrf())
			.param("step", "CANCELLED")
			.param("version", "0")
			.param("note", ""))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("stepError", containsString("取り消す理由を入力してください")));
		mvc.perform(post("/recovery/" + item.id() + "/step").with(as(handler))
			.with(csrf())
			.param("step", "CANCELLED")
			.param("version", "0")
			.param("note", "別のインシデントで対応"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flash", "remediation.flash.stepped"));
		mvc.perform(get("/incidents/" + incident + "/remediation").with(as(handler)))
			.andExpect(content().string(allOf(containsString("別のインシデントで対応"), containsString(">取り消し<"),
					not(containsString("取り消しの理由（必須）")), not(containsString("対応を開始した")))));
	}

	@Test
	@DisplayName("RES-3 the page says why an action or a step is refused and keeps what was typed")
	void showsWhySomethingIsRefused() throws Exception {
		mvc.perform(post("/incidents/" + incident + "/remediation/containment").with(as(handler))
			.with(csrf())
			.param("kind", "FILTER_BLOCK")
			.param("targetType", "CIDR")
			.param("targetValue", "192.0.2.0/99")
			.param("enforcementPoint", "FIREWALL"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("CIDR 形式"), containsString("value=\"192.0.2.0/99\""))));
		ContainmentView action = containment.request(handler.actor(), incident, new NewContainmentAction(
				ContainmentKind.REMOVE_CAUSE, "バックドアの削除", null, null, null, null, null, null, null, null));
		mvc.perform(post("/containment/" + action.id() + "/step").with(as(handler))
			.with(csrf())
			.param("step", "LIFTED")
			.param("version", "0"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("stepError", containsString("「依頼済み」から「解除済み」には進めません")));
		mvc.perform(post("/containment/" + action.id() + "/step").with(as(handler))
			.with(csrf())
			.param("step", "APPLIED")
			.param("version", "5")).andExpect(flash().attribute("stepError", containsString("他の人が先に更新しました")));
	}

}
