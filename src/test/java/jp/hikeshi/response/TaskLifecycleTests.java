package jp.hikeshi.response;

import static jp.hikeshi.response.ResponseFixture.change;
import static jp.hikeshi.response.ResponseFixture.incident;
import static jp.hikeshi.response.ResponseFixture.task;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import jp.hikeshi.TestAccounts;
import jp.hikeshi.TestAccounts.TestUser;
import jp.hikeshi.WebTest;
import jp.hikeshi.directory.AssigneeKind;
import jp.hikeshi.identity.Role;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@WebTest
class TaskLifecycleTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Test
	@DisplayName("RES-1 a task made by hand is cancelled or marked not applicable only with a reason; a stale version is refused")
	void cancellingNeedsAReason() throws Exception {
		TestUser lead = accounts.create("task", Role.HANDLER);
		UUID incident = incident(mvc, lead, "手作業のタスク");
		UUID task = task(mvc, lead, incident, "ファイアウォールのログを確認", "RES-1", false, AssigneeKind.USER, lead.actor().id());
		mvc.perform(get("/api/v1/tasks/" + task).header("Authorization", lead.bearer()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("TODO"))
			.andExpect(jsonPath("$.assignee.id").value(lead.actor().id().toString()))
			.andExpect(jsonPath("$.checklist.length()").value(2))
			.andExpect(jsonPath("$.version").value(0));

		change(mvc, lead, task, "{\"version\":0,\"status\":\"CANCELLED\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		change(mvc, lead, task, "{\"version\":0,\"status\":\"NOT_APPLICABLE\",\"reason\":\" \"}")
			.andExpect(status().isBadRequest());
		change(mvc, lead, task, "{\"version\":0,\"status\":\"IN_PROGRESS\",\"toggle\":[1],\"note\":\"確認を始めた\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("IN_PROGRESS"))
			.andExpect(jsonPath("$.checklist[0].done").value(true))
			.andExpect(jsonPath("$.notes[*].text", Matchers.hasItem("確認を始めた")))
			.andExpect(jsonPath("$.version").value(1));
		change(mvc, lead, task, "{\"version\":0,\"note\":\"古い版\"}").andExpect(status().isConflict());
		change(mvc, lead, task, "{\"version\":1,\"status\":\"NOT_APPLICABLE\",\"reason\":\"該当機器なし\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("NOT_APPLICABLE"))
			.andExpect(jsonPath("$.statusReason").value("該当機器なし"));
		change(mvc, lead, task, "{\"version\":2,\"toggle\":[9]}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("toggle"));
		mvc.perform(get("/api/v1/tasks").header("Authorization", lead.bearer()).param("status", "NOT_APPLICABLE"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].id", Matchers.hasItem(task.toString())));
	}

	@Test
	@DisplayName("GEN-1 mandatory open tasks block closing the incident; once they are done it closes")
	void mandatoryOpenTasksBlockClosing() throws Exception {
		TestUser lead = accounts.create("close", Role.HANDLER);
		UUID incident = incident(mvc, lead, "閉じる前に");
		UUID mandatory = task(mvc, lead, incident, "バックアップの保護", "RES-5", true, null, null);
		UUID optional = task(mvc, lead, incident, "任意の確認", null, false, null, null);
		mvc.perform(patch("/api/v1/incidents/" + incident).header("Authorization", lead.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\":0,\"state\":\"CLOSED\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("state"))
			.andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString("バックアップの保護")));
		change(mvc, lead, mandatory, "{\"version\":0,\"status\":\"DONE\"}").andExpect(status().isOk());
		mvc.perform(patch("/api/v1/incidents/" + incident).header("Authorization", lead.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\":0,\"state\":\"CLOSED\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("CLOSED"));
		mvc.perform(get("/api/v1/tasks/" + optional).header("Authorization", lead.bearer()))
			.andExpect(jsonPath("$.status").value("TODO"));
	}

	@Test
	@DisplayName("RES-1 managers read tasks but do not create them; reporters see none")
	void managersReadReportersDoNot() throws Exception {
		TestUser lead = accounts.create("acc", Role.HANDLER);
		TestUser manager = accounts.create("acc-m", Role.MANAGER);
		TestUser reporter = accounts.create("acc-r", Role.REPORTER);
		UUID incident = incident(mvc, lead, "権限");
		UUID task = task(mvc, lead, incident, "調査", null, false, null, null);
		mvc.perform(get("/api/v1/tasks/" + task).header("Authorization", manager.bearer())).andExpect(status().isOk());
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.post("/api/v1/incidents/" + incident + "/tasks")
			.header("Authorization", manager.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"process\":\"RESPONSE\",\"title\":\"x\"}")).andExpect(status().isForbidden());
		change(mvc, manager, task, "{\"version\":0,\"status\":\"DONE\"}").andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/tasks/" + task).header("Authorization", reporter.bearer()))
			.andExpect(status().isForbidden());
	}

}
