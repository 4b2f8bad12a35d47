package jp.hikeshi.maintenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import jp.hikeshi.TestAccounts;
import jp.hikeshi.TestAccounts.TestUser;
import jp.hikeshi.WebTest;
import jp.hikeshi.directory.AssetCatalog;
import jp.hikeshi.directory.AssetInput;
import jp.hikeshi.directory.AssetKind;
import jp.hikeshi.identity.Role;
import jp.hikeshi.intake.ReportDesk;
import jp.hikeshi.intake.ReportFilter;
import jp.hikeshi.shared.PageRequest;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@WebTest
class MaintenancePagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	AssetCatalog assets;

	@Autowired
	ReportDesk desk;

	RequestPostProcessor as(TestUser u) {
		return user(userDetails.loadUserByUsername(u.username()));
	}

	@Test
	@DisplayName("DET-1 the desk defines a criterion on the page and a vendor's anomaly typed in the form becomes one report")
	void definesACriterionAndRecordsAnAnomalyThroughThePages() throws Exception {
		TestUser handler = accounts.create("desk", Role.HANDLER);
		TestUser vendor = accounts.create("vendor", Role.VENDOR);
		String assetName = "UTM " + UUID.randomUUID().toString().substring(0, 6);
		UUID utm = assets
			.register(handler.actor(), new AssetInput(assetName, AssetKind.NETWORK_DEVICE, null, null, null, null))
			.id();
		String criterion = "遮断ログ " + UUID.randomUUID().toString().substring(0, 6);
		mvc.perform(post("/maintenance/criteria").with(as(handler))
			.with(csrf())
			.param("assetId", utm.toString())
			.param("name", criterion)
			.param("checkedItem", "外部への遮断件数")
			.param("threshold", "前月比 3 倍")
			.param("frequency", "MONTHLY")
			.param("vendorName", "株式会社ネット保守")).andExpect(redirectedUrl("/maintenance"));
		mvc.perform(get("/maintenance").with(as(vendor)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("期限を過ぎた点検"), containsString(criterion))));
		String criteria = mvc
			.perform(get("/api/v1/maintenance/criteria").param("assetId", utm.toString())
				.header("Authorization", vendor.bearer()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String criterionId = com.jayway.jsonpath.JsonPath.read(criteria, "$[0].id");

		mvc.perform(post("/maintenance/assets/" + utm + "/checks").with(as(vendor))
			.with(csrf())
			.param("checkedOn", LocalDate.now(ZoneId.of("Asia/Tokyo")).toString())
			.param("criterionId", criterionId)
			.param("outcome", "ANOMALY")
			.param("value", "前月比 5 倍")
			.param("resultNote", "")).andExpect(redirectedUrl("/maintenance/assets/" + utm));
		assertThat(desk.list(vendor.actor(), ReportFilter.none(), PageRequest.of(0, 10)).totalItems()).isEqualTo(1);
		mvc.perform(get("/maintenance/assets/" + utm).with(as(handler)))
			.andExpect(content().string(allOf(containsString("異常"), containsString("前月比 5 倍"), containsString("R-"))));
	}

	@Test
	@DisplayName("DET-1 reporters cannot open the maintenance pages")
	void refusesReporters() throws Exception {
		TestUser reporter = accounts.create("reporter", Role.REPORTER);
		mvc.perform(get("/maintenance").with(as(reporter))).andExpect(status().isForbidden());
	}

}
