package jp.hikeshi.evidence;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import jp.hikeshi.TestAccounts.TestUser;
import jp.hikeshi.TestAccounts;
import jp.hikeshi.WebTest;
import jp.hikeshi.identity.Role;
import jp.hikeshi.incident.IncidentCommands;
import jp.hikeshi.incident.NewIncident;
import jp.hikeshi.incident.Urgency;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@WebTest
class EvidencePagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	IncidentCommands incidents;

	@Autowired
	UserDetailsService userDetails;

	@Test
	void aHandlerUploadsEvidenceRecordsAHandOverAndPrintsTheCustodySheet() throws Exception {
		TestUser handler = accounts.create("ev-page", Role.HANDLER);
		var me = user(userDetails.loadUserByUsername(handler.username()));
		UUID incident = incidents
			.open(handler.actor(), NewIncident.of("情報漏えい", "INFO_LEAK", Urgency.CRITICAL, "EXTENSIVE"), null)
			.id();
		mvc.perform(get("/incidents/" + incident + "/evidence").with(me))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("ルーティングテーブル、ARP キャッシュ"), containsString("アーカイブ媒体"))));

		String location = mvc.perform(multipart("/incidents/" + incident + "/evidence")
			.file(new MockMultipartFile("file", "access.log", "text/plain",
					("GET /admin " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8)))
			.param("kind", "LOGS")
			.param("title", "Web サーバーのアクセスログ")
			.param("collectedBy", "ベンダー 鈴木")
			.param("storageLocation", "ベンダー社 保管庫")
			.with(me)
			.with(csrf())).andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();

		mvc.perform(post(location + "/custody").param("toHolder", "事務長 高橋")
			.param("purpose", "警察への提出準備")
			.param("location", "院内金庫")
			.with(me)
			.with(csrf())).andExpect(status().is3xxRedirection());
		mvc.perform(get(location + "/custody-sheet").with(me))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("証拠保管記録票"), containsString("ベンダー 鈴木"),
					containsString("事務長 高橋"), containsString("警察への提出準備"), containsString("院内金庫"))));
		mvc.perform(get(location + "/download").with(me))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
				.string("Content-Disposition", containsString("attachment")));
	}

	@Test
	void showsWhyAnItemCannotBeRegisteredAndKeepsTheInput() throws Exception {
		TestUser handler = accounts.create("ev-page", Role.HANDLER);
		UUID incident = incidents.open(handler.actor(), NewIncident.of("x", "OTHER", Urgency.LOW, "MINOR"), null).id();
		mvc.perform(multipart("/incidents/" + incident + "/evidence").param("kind", "LOGS")
			.param("title", "")
			.param("method", "保存した手順")
			.param("sha256", "zz")
			.with(user(userDetails.loadUserByUsername(handler.username())))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("件名を入力してください"),
					containsString("SHA-256 は 16 進数 64 桁で入力してください"), containsString("保存した手順"))));
	}

}
