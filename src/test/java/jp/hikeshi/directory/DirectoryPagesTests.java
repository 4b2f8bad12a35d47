package jp.hikeshi.directory;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import jp.hikeshi.PageAuth;
import jp.hikeshi.TestAccounts;
import jp.hikeshi.TestAccounts.TestUser;
import jp.hikeshi.WebTest;
import jp.hikeshi.identity.Role;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@WebTest
class DirectoryPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Test
	@DisplayName("GEN-2 a handler adds an internal contact in the form and finds it in the list")
	void addsAContact() throws Exception {
		TestUser handler = accounts.create("dirp", Role.HANDLER);
		String name = "情報 花子 " + UUID.randomUUID();
		String location = mvc
			.perform(post("/contacts").with(PageAuth.as(handler))
				.with(csrf())
				.param("name", name)
				.param("department", "情報システム課")
				.param("phone", "03-5555-0000")
				.param("userId", handler.actor().id().toString()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		mvc.perform(get(location).with(PageAuth.as(handler)))
			.andExpect(content().string(containsString("03-5555-0000")));
		mvc.perform(get("/contacts").param("q", name).with(PageAuth.as(handler)))
			.andExpect(content().string(allOf(containsString(name), containsString("情報システム課"))));
		mvc.perform(
				post("/contacts").with(PageAuth.as(handler)).with(csrf()).param("name", "").param("department", "総務"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("名前を入力してください")));
	}

	@Test
	@DisplayName("GEN-2 a handler adds a vendor with a person linked to a VENDOR account; the vendor page shows its maintained assets")
	void addsAVendorWithPeople() throws Exception {
		TestUser handler = accounts.create("dirp", Role.HANDLER);
		TestUser vendorUser = accounts.create("dirp-ven", Role.VENDOR);
		String name = "ネットワーク保守 " + UUID.randomUUID();
		String location = mvc
			.perform(post("/vendors").with(PageAuth.as(handler))
				.with(csrf())
				.param("name", name)
				.param("emergencyPhone", "0120-000-111")
				.param("active", "true")
				.param("_active", "on")
				.param("people[0].name", "佐藤 保守")
				.param("people[0].userId", vendorUser.actor().id().toString())
				.param("people[1].name", ""))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		String id = location.substring(location.lastIndexOf('/') + 1);
		mvc.perform(post("/assets").with(PageAuth.as(handler))
			.with(csrf())
			.param("name", "UTM " + name)
			.param("kind", "NETWORK_DEVICE")
			.param("vendorId", id)).andExpect(status().is3xxRedirection());
		mvc.perform(get(location).with(PageAuth.as(handler)))
			.andExpect(content().string(allOf(containsString("0120-000-111"), containsString("佐藤 保守"),
					containsString("テスト " + vendorUser.username()), containsString("UTM " + name))));
		mvc.perform(get("/vendors").with(PageAuth.as(handler)).header("Accept-Language", "en"))
			.andExpect(content().string(allOf(containsString(name), containsString("Emergency phone"))));
		mvc.perform(post(location).with(PageAuth.as(handler))
			.with(csrf())
			.param("name", name)
			.param("people[0].name", "x")
			.param("people[0].userId", UUID.randomUUID().toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("この組織の有効なユーザーではありません")));
	}

	@Test
	@DisplayName("GEN-2 the outside bodies are listed in Japanese and English and a handler fills in a phone number")
	void editsAnOutsideBody() throws Exception {
		TestUser handler = accounts.create("dirp", Role.HANDLER);
		mvc.perform(get("/outside-bodies").with(PageAuth.as(handler)))
			.andExpect(content().string(allOf(containsString("個人情報保護委員会"), containsString("JPCERT/CC"),
					containsString("都道府県警察 サイバー犯罪相談窓口"), containsString("所管官庁"), containsString("No More Ransom"))));
		mvc.perform(get("/outside-bodies").with(PageAuth.as(handler)).header("Accept-Language", "en"))
			.andExpect(content()
				.string(allOf(containsString("Prefectural police cyber crime desk"), containsString("Cyber insurer"))));
		String phone = "0" + (100000000 + new java.util.Random().nextInt(800000000));
		mvc.perform(post("/outside-bodies/INSURER").with(PageAuth.as(handler))
			.with(csrf())
			.param("nameJa", "サイバー保険（保険会社）")
			.param("nameEn", "Cyber insurer")
			.param("phone", phone)
			.param("notes", "証券番号 ABC-123")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/outside-bodies").with(PageAuth.as(handler)))
			.andExpect(content().string(containsString(phone)));
		mvc.perform(post("/outside-bodies/INSURER").with(PageAuth.as(handler)).with(csrf()).param("nameJa", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("名前を入力してください")));
	}

}
