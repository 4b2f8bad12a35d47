package jp.hikeshi.remediation;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import jp.hikeshi.TestAccounts.TestUser;
import jp.hikeshi.TestAccounts;
import jp.hikeshi.WebTest;
import jp.hikeshi.identity.Role;
import jp.hikeshi.incident.IncidentCommands;
import jp.hikeshi.incident.IncidentQueries;
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
class RemediationClosingTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	IncidentCommands incidents;

	@Autowired
	IncidentQueries incidentQueries;

	TestUser handler;

	UUID incident;

	@BeforeEach
	void setUp() {
		handler = accounts.create("remedy-close", Role.HANDLER);
		incident = incidents
			.open(handler.actor(), NewIncident.of("不正アクセス", "UNAUTHORIZED_ACCESS", Urgency.HIGH, "SIGNIFICANT"), null)
			.id();
	}

	@Test
	@DisplayName("RES-3 RES-4 an incident is not closed while a containment action is requested or applied or a recovery item is not verified; the open ones are named, in Japanese or English")
	void closingWaitsForContainmentAndRecovery() throws Exception {
		String block = id("/api/v1/incidents/" + incident + "/containment",
				"{\"kind\":\"FILTER_BLOCK\",\"targetType\":\"IP\",\"targetValue\":\"198.51.100.7\",\"enforcementPoint\":\"FIREWALL\"}");
		String mistaken = id("/api/v1/incidents/" + incident + "/containment",
				"{\"kind\":\"REMOVE_CAUSE\",\"description\":\"Web シェルの削除\"}");
		String server = id("/api/v1/incidents/" + incident + "/recovery",
				"{\"serviceName\":\"Web サーバー\",\"description\":\"再構築\",\"restoredByVendor\":\"保守会社\",\"method\":\"REBUILD\"}");
		String duplicate = id("/api/v1/incidents/" + incident + "/recovery",
				"{\"serviceName\":\"Web サーバー（重複）\",\"description\":\"二重登録\"}");

		close("ja").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("state"))
			.andExpect(jsonPath("$.errors[0].message")
				.value(allOf(containsString("応急処置「フィルタリング・遮断: IP アドレス 198.51.100.7」が「依頼済み」のまま"),
						containsString("応急処置「原因の除去: Web シェルの削除」が「依頼済み」のまま"),
						containsString("復旧対象「Web サーバー: 再構築」が「予定」のまま"), containsString("復旧対象「Web サーバー（重複）: 二重登録」"))));
		close("en").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value(allOf(
					containsString(
							"containment action \"Filter or block: IP address 198.51.100.7\" is still \"Requested\""),
					containsString("recovery item \"Web サーバー: 再構築\" is still \"Planned\""))));

		step("containment", block, "{\"step\":\"APPLIED\",\"version\":0}");
		close("ja").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value(containsString("「実施済み」のまま")));
		step("containment", block, "{\"step\":\"VERIFIED\",\"version\":1}");
		step("containment", mistaken, "{\"step\":\"CANCELLED\",\"note\":\"誤登録\",\"version\":0}");
		step("recovery", server, "{\"step\":\"IN_PROGRESS\",\"version\":0}");
		step("recovery", server, "{\"step\":\"RESTORED\",\"version\":1}");
		step("recovery", server, "{\"step\":\"VERIFIED\",\"result\":\"OK\",\"version\":2}");
		close("ja").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value(allOf(containsString("Web サーバー（重複）"),
					not(containsString("応急処置")), not(containsString("Web サーバー: 再構築")))));
		step("recovery", duplicate, "{\"step\":\"CANCELLED\",\"note\":\"二重に登録した\",\"version\":0}");
		close("ja").andExpect(status().isOk()).andExpect(jsonPath("$.state").value("CLOSED"));
	}

	@Test
	@DisplayName("RES-3 RES-4 a lifted measure does not hold closing back, nor does an incident without containment or recovery")
	void liftedMeasuresAndEmptyIncidentsDoNotBlock() throws Exception {
		String block = id("/api/v1/incidents/" + incident + "/containment",
				"{\"kind\":\"FILTER_BLOCK\",\"targetType\":\"DOMAIN\",\"targetValue\":\"phish.example.org\",\"enforcementPoint\":\"PROXY\"}");
		step("containment", block, "{\"step\":\"APPLIED\",\"version\":0}");
		step("containment", block, "{\"step\":\"LIFTED\",\"note\":\"誤遮断のため\",\"version\":1}");
		close("ja").andExpect(status().isOk()).andExpect(jsonPath("$.state").value("CLOSED"));
	}

	ResultActions close(String language) throws Exception {
		long version = incidentQueries.get(handler.actor(), incident).version();
		return mvc.perform(patch("/api/v1/incidents/" + incident).header("Authorization", handler.bearer())
			.header("Accept-Language", language)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\":" + version + ",\"state\":\"CLOSED\"}"));
	}

	void step(String kind, String id, String json) throws Exception {
		mvc.perform(patch("/api/v1/" + kind + "/" + id).header("Authorization", handler.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json)).andExpect(status().isOk());
	}

	String id(String url, String json) throws Exception {
		return JsonPath.read(
				mvc.perform(post(url).header("Authorization", handler.bearer())
					.contentType(MediaType.APPLICATION_JSON)
					.content(json)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(),
				"$.id");
	}

}
