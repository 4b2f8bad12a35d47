package jp.hikeshi.playbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jp.hikeshi.PageAuth;
import jp.hikeshi.TestAccounts;
import jp.hikeshi.TestAccounts.TestUser;
import jp.hikeshi.WebTest;
import jp.hikeshi.identity.Role;
import jp.hikeshi.shared.OrganisationId;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@WebTest
class PlaybookPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	PlaybookLibrary library;

	@Autowired
	JdbcClient jdbc;

	long versions() {
		return jdbc.sql("SELECT COUNT(*) FROM playbook_version").query(Long.class).single();
	}

	@Test
	@DisplayName("GEN-3 REP-5 RES-5 the ransomware playbook page shows the never-pay rule at the top and the tasks by process, in Japanese")
	void showsTheRansomwarePlaybookInJapanese() throws Exception {
		TestUser handler = accounts.create("pb-page", Role.HANDLER);
		String page = mvc.perform(get("/playbooks/RANSOMWARE").with(PageAuth.as(handler)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("必ず守ること")))
			.andExpect(content().string(containsString("身代金の支払いや攻撃者との交渉は実施しない")))
			.andExpect(content().string(containsString("被害を免れたバックアップの保護")))
			.andExpect(content().string(containsString("インシデントレスポンス")))
			.andExpect(content().string(containsString("適用から2時間以内")))
			.andExpect(content().string(containsString("システム担当")))
			.andExpect(content().string(containsString("外付けディスク")))
			.andExpect(content().string(not(containsString("/playbooks/RANSOMWARE/edit"))))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page.indexOf("playbook-rules")).isLessThan(page.indexOf("playbook-task"));
		mvc.perform(get("/playbooks").with(PageAuth.as(handler)))
			.andExpect(content().string(containsString("標的型メール攻撃")))
			.andExpect(content().string(containsString("ランサムウェア感染")));
	}

	@Test
	@DisplayName("GEN-3 TRI-3 DET-4 the pages render in English for an English reader")
	void rendersInEnglish() throws Exception {
		TestUser manager = accounts.create("pb-page-en", Locale.ENGLISH, Role.MANAGER);
		mvc.perform(get("/playbooks/TARGETED_EMAIL").with(PageAuth.as(manager))
			.header("Accept-Language", "en")
			.locale(Locale.ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Rules to keep")))
			.andExpect(content().string(containsString("Interview the person whose name the mail used")))
			.andExpect(content().string(containsString("Ask the vendor to check the mail server logs")))
			.andExpect(content().string(containsString("within 4 hours of applying")));
		mvc.perform(get("/playbooks").with(PageAuth.as(manager)).locale(Locale.ENGLISH))
			.andExpect(content().string(containsString("Targeted e-mail attack")));
		mvc.perform(get("/playbooks/TARGETED_EMAIL/versions").with(PageAuth.as(manager)).locale(Locale.ENGLISH))
			.andExpect(content().string(containsString("Version history: Targeted e-mail attack")));
	}

	@Test
	@DisplayName("GEN-3 an administrator imports a file, sees precise errors with the text kept, edits it into version 2 and retires it")
	void anAdministratorImportsEditsAndRetires() throws Exception {
		TestUser admin = accounts.create("pb-page-admin", Role.ADMIN);
		String code = PlaybookApiTests.code();
		String good = PlaybookApiTests.document(code, "画面から");
		mvc.perform(get("/playbooks/import").with(PageAuth.as(admin)))
			.andExpect(content().string(containsString("文書の形式")))
			.andExpect(content().string(containsString("/api/v1/playbooks/schema")));

		long before = versions();
		String bad = good.replace("process: RES", "process: RESPONSE");
		mvc.perform(post("/playbooks/import").with(PageAuth.as(admin)).with(csrf()).param("text", bad))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("保存しませんでした")))
			.andExpect(content().string(containsString("tasks[0].process")))
			.andExpect(content().string(containsString("「RESPONSE」は使えません。DET, TRI, RES, REP のいずれかにしてください（13行目）")))
			.andExpect(content().string(containsString("process: RESPONSE")));
		assertThat(versions()).isEqualTo(before);

		mvc.perform(multipart("/playbooks/import")
			.file(new MockMultipartFile("file", "pb.yaml", "application/yaml", good.getBytes(StandardCharsets.UTF_8)))
			.with(PageAuth.as(admin))
			.with(csrf())).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/playbooks/" + code));

		mvc.perform(get("/playbooks/" + code + "/edit").with(PageAuth.as(admin)))
			.andExpect(content().string(containsString("画面から")))
			.andExpect(content().string(containsString("第2版として保存")));
		mvc.perform(post("/playbooks/" + code + "/edit").with(PageAuth.as(admin))
			.with(csrf())
			.param("basedOn", "1")
			.param("text", good.replace("画面から", "編集後"))).andExpect(redirectedUrl("/playbooks/" + code));
		mvc.perform(post("/playbooks/" + code + "/edit").with(PageAuth.as(admin))
			.with(csrf())
			.param("basedOn", "2")
			.param("text", good.replace("code: " + code, "code: OTHER_CODE")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("編集ではコードを変更できません")));
		mvc.perform(post("/playbooks/" + code + "/edit").with(PageAuth.as(admin))
			.with(csrf())
			.param("basedOn", "1")
			.param("text", good.replace("画面から", "古い版から"))).andExpect(status().isConflict());
		assertThat(library.latest(OrganisationId.DEFAULT, code)).get()
			.satisfies(v -> assertThat(v.version()).isEqualTo(2))
			.satisfies(v -> assertThat(v.title().ja()).isEqualTo("編集後"));

		mvc.perform(get("/playbooks/" + code + "/versions").with(PageAuth.as(admin)))
			.andExpect(content().string(containsString("第2版")))
			.andExpect(content().string(containsString("第1版")));
		mvc.perform(get("/playbooks/" + code).param("version", "1").with(PageAuth.as(admin)))
			.andExpect(content().string(containsString("これは第1版です。最新は第2版です。")));
		mvc.perform(get("/playbooks/" + code + "/export").with(PageAuth.as(admin)))
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andExpect(content().string(containsString("code: " + code)));

		mvc.perform(post("/playbooks/" + code + "/retire").with(PageAuth.as(admin)).with(csrf()))
			.andExpect(redirectedUrl("/playbooks/" + code));
		mvc.perform(get("/playbooks/" + code).with(PageAuth.as(admin)))
			.andExpect(content().string(containsString("このプレイブックは廃止されています")));
		mvc.perform(get("/playbooks").with(PageAuth.as(admin))).andExpect(content().string(not(containsString(code))));
		assertThat(library.latest(OrganisationId.DEFAULT, code)).isEmpty();
	}

	@Test
	@DisplayName("GEN-3 reporters and vendors get 403 on the playbook pages; handlers read but cannot import")
	void reportersAndVendorsAreRefused() throws Exception {
		for (Role role : new Role[] { Role.REPORTER, Role.VENDOR }) {
			TestUser user = accounts.create("pb-page-deny", role);
			mvc.perform(get("/playbooks").with(PageAuth.as(user))).andExpect(status().isForbidden());
			mvc.perform(get("/playbooks/RANSOMWARE").with(PageAuth.as(user))).andExpect(status().isForbidden());
		}
		TestUser handler = accounts.create("pb-page-h", Role.HANDLER);
		mvc.perform(get("/playbooks/import").with(PageAuth.as(handler))).andExpect(status().isForbidden());
		mvc.perform(post("/playbooks/RANSOMWARE/retire").with(PageAuth.as(handler)).with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(library.latest(OrganisationId.DEFAULT, "RANSOMWARE")).isPresent();
	}

}
