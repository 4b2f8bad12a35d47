package jp.hikeshi.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import jp.hikeshi.TestAccounts;
import jp.hikeshi.TestAccounts.TestUser;
import jp.hikeshi.WebTest;
import jp.hikeshi.identity.Role;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@WebTest
class AssetPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	UserDetailsService userDetails;

	RequestPostProcessor as(TestUser u) {
		return user(userDetails.loadUserByUsername(u.username()));
	}

	@Test
	void aHandlerRegistersAnAssetInTheFormAndFindsItInTheList() throws Exception {
		TestUser handler = accounts.create("asset-page", Role.HANDLER);
		String name = "UTM-" + UUID.randomUUID();
		String location = mvc
			.perform(post("/assets").with(as(handler))
				.with(csrf())
				.param("name", name)
				.param("kind", "NETWORK_DEVICE")
				.param("location", "1F ラック")
				.param("maintainingVendor", "ネット保守株式会社"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		mvc.perform(get(location).with(as(handler))).andExpect(content().string(containsString("ネット保守株式会社")));
		mvc.perform(get("/assets").param("q", name).with(as(handler)))
			.andExpect(content().string(containsString(name)))
			.andExpect(content().string(containsString("ネットワーク機器")));
	}

	@Test
	void showsAMissingNameBesideTheField() throws Exception {
		TestUser handler = accounts.create("asset-page", Role.HANDLER);
		mvc.perform(post("/assets").with(as(handler))
			.with(csrf())
			.param("name", "")
			.param("kind", "PC")
			.param("owner", "総務課"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("名称を入力してください")))
			.andExpect(content().string(containsString("value=\"総務課\"")));
	}

	@Test
	void aReporterSeesTheInventoryButCannotChangeIt() throws Exception {
		TestUser reporter = accounts.create("asset-rep", Role.REPORTER);
		mvc.perform(get("/assets").with(as(reporter))).andExpect(status().isOk());
		mvc.perform(get("/assets/new").with(as(reporter))).andExpect(status().isForbidden());
		mvc.perform(post("/assets").with(as(reporter)).with(csrf()).param("name", "x").param("kind", "PC"))
			.andExpect(status().isForbidden());
	}

	@Test
	void aUserIssuesAnApiTokenOnTheProfilePageAndSeesItOnce() throws Exception {
		TestUser handler = accounts.create("token-page", Role.HANDLER);
		var result = mvc.perform(post("/profile/tokens").with(as(handler)).with(csrf()).param("name", "監視スクリプト"))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		Object issued = result.getFlashMap().get("issued");
		assertThat(issued).isNotNull();
		mvc.perform(get("/profile").with(as(handler))).andExpect(content().string(containsString("監視スクリプト")));
	}

}
