package jp.hikeshi.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jp.hikeshi.TestAccounts;
import jp.hikeshi.TestAccounts.TestUser;
import jp.hikeshi.WebTest;
import jp.hikeshi.identity.Role;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.jayway.jsonpath.JsonPath;

@WebTest
class AlertApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	TestUser tool;

	String source;

	@BeforeEach
	void setUp() {
		tool = accounts.create("siem", Role.HANDLER);
		source = "SIEM-" + UUID.randomUUID().toString().substring(0, 8);
	}

	String alert(String ref, String severity, String... ips) {
		String observables = java.util.Arrays.stream(ips)
			.map(ip -> "{\"type\":\"ip\",\"value\":\"" + ip + "\"}")
			.collect(Collectors.joining(","));
		return """
				{"source":"%s","sourceRef":"%s","title":"不審な通信 %s","severity":"%s","occurredAt":"2026-01-10T01:00:00Z",
				 "observables":[%s],"raw":{"rule":"R-1","ref":"%s"}}""".formatted(source, ref, ref, severity,
				observables, ref);
	}

	ResultActions postOne(String json) throws Exception {
		return mvc.perform(post("/api/v1/alerts").header("Authorization", tool.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json));
	}

	ResultActions postBatch(List<String> alerts) throws Exception {
		return mvc.perform(post("/api/v1/alerts/batch").header("Authorization", tool.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"alerts\":[" + String.join(",", alerts) + "]}"));
	}

	String idOf(ResultActions result) throws Exception {
		return JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.alertId");
	}

	@Test
	@DisplayName("DET-2 a new alert is kept with its observables (normalised) and its raw payload")
	void keepsAnAlertWithObservablesAndRawPayload() throws Exception {
		String id = idOf(postOne(alert("a-1", "high", " 192.0.2.1 ", "EXAMPLE.jp")).andExpect(status().isCreated())
			.andExpect(jsonPath("$.outcome").value("CREATED"))
			.andExpect(jsonPath("$.seenCount").value(1)));

		mvc.perform(get("/api/v1/alerts/" + id).header("Authorization", tool.bearer()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.source").value(source))
			.andExpect(jsonPath("$.severity").value("HIGH"))
			.andExpect(jsonPath("$.state").value("NEW"))
			.andExpect(jsonPath("$.occurredAt").value("2026-01-10T01:00:00Z"))
			.andExpect(jsonPath("$.observables[*].value", containsInAnyOrder("192.0.2.1", "example.jp")))
			.andExpect(jsonPath("$.raw").value("{\"rule\":\"R-1\",\"ref\":\"a-1\"}"));
	}

	@Test
	@DisplayName("DET-2 a repeat of (source, sourceRef) raises the count of the same alert instead of adding one")
	void countsARepeatInsteadOfAddingAnAlert() throws Exception {
		String first = idOf(postOne(alert("r-1", "LOW")).andExpect(status().isCreated()));
		postOne(alert("r-1", "LOW")).andExpect(status().isOk())
			.andExpect(jsonPath("$.outcome").value("DUPLICATE"))
			.andExpect(jsonPath("$.alertId").value(first))
			.andExpect(jsonPath("$.seenCount").value(2));
		postBatch(List.of(alert("r-1", "LOW"), alert("r-1", "LOW"))).andExpect(status().isOk())
			.andExpect(jsonPath("$.results[1].alertId").value(first))
			.andExpect(jsonPath("$.results[1].seenCount").value(4));
		mvc.perform(get("/api/v1/alerts").param("source", source).header("Authorization", tool.bearer()))
			.andExpect(jsonPath("$.totalItems").value(1));
	}

	@Test
	@DisplayName("DET-2 eight parallel posters of the same alerts leave one alert per key with the right count")
	void deduplicatesUnderEightParallelPosters() throws Exception {
		List<String> batch = IntStream.range(0, 40)
			.mapToObj(i -> alert("p-" + i, "MEDIUM", "198.51.100." + i))
			.toList();
		int posters = 8;
		int rounds = 3;
		ExecutorService pool = Executors.newFixedThreadPool(posters);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Integer>> statuses = new ArrayList<>();
		for (int t = 0; t < posters; t++) {
			statuses.add(pool.submit(() -> {
				start.await();
				int worst = 0;
				for (int r = 0; r < rounds; r++) {
					worst = Math.max(worst, postBatch(batch).andReturn().getResponse().getStatus());
				}
				return worst;
			}));
		}
		start.countDown();
		for (Future<Integer> s : statuses) {
			assertThat(s.get()).isEqualTo(200);
		}
		pool.shutdown();

		String page = mvc
			.perform(get("/api/v1/alerts").param("source", source)
				.param("size", "100")
				.header("Authorization", tool.bearer()))
			.andExpect(jsonPath("$.totalItems").value(40))
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<Integer> counts = JsonPath.read(page, "$.items[*].seenCount");
		assertThat(counts).hasSize(40).allMatch(c -> c == posters * rounds);
	}

	@Test
	@DisplayName("DET-2 a malformed alert in a batch gets 400 listing its faults while the valid ones are accepted")
	void acceptsTheValidAlertsOfABatchAndListsTheFaultsOfTheOthers() throws Exception {
		String broken = """
				{"source":"%s","sourceRef":"b-2","severity":"urgent","occurredAt":"yesterday","observables":[{"type":"ip"}]}"""
			.formatted(source);
		postBatch(List.of(alert("b-1", "INFO"), broken, alert("b-3", "CRITICAL"))).andExpect(status().isMultiStatus())
			.andExpect(jsonPath("$.received").value(3))
			.andExpect(jsonPath("$.created").value(2))
			.andExpect(jsonPath("$.rejected").value(1))
			.andExpect(jsonPath("$.results[0].status").value(201))
			.andExpect(jsonPath("$.results[0].outcome").value("CREATED"))
			.andExpect(jsonPath("$.results[1].status").value(400))
			.andExpect(jsonPath("$.results[1].outcome").value("REJECTED"))
			.andExpect(jsonPath("$.results[1].alertId").doesNotExist())
			.andExpect(jsonPath("$.results[1].errors[*].field",
					containsInAnyOrder("title", "severity", "occurredAt", "observables[0].value")))
			.andExpect(jsonPath("$.results[2].status").value(201));
		mvc.perform(get("/api/v1/alerts").param("source", source).header("Authorization", tool.bearer()))
			.andExpect(jsonPath("$.totalItems").value(2));
	}

	@Test
	@DisplayName("DET-2 a single malformed alert is refused with 400 problem+json naming each fault, in English on request")
	void refusesAMalformedAlertWithAProblemDocument() throws Exception {
		mvc.perform(post("/api/v1/alerts").header("Authorization", tool.bearer())
			.header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"source\":42,\"title\":[1],\"severity\":\"HIGH\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("sourceRef", "title", "occurredAt")))
			.andExpect(jsonPath("$.errors[*].message", hasItem("Give this as a string")));
	}

	@Test
	@DisplayName("DET-2 a property an alert does not have is refused naming it, alone or in a batch, like the rest of the API")
	void refusesUnknownPropertiesNamingThem() throws Exception {
		String misspelt = alert("u-1", "LOW").replace("\"severity\"", "\"sevrity\"");
		postOne(misspelt).andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("sevrity", "severity")))
			.andExpect(jsonPath("$.errors[*].message", hasItem("項目「sevrity」はありません（綴りを確認してください）")));
		String extraObservableField = alert("u-2", "LOW", "192.0.2.7").replace("\"type\":\"ip\"",
				"\"type\":\"ip\",\"tlp\":\"RED\"");
		postBatch(List.of(alert("u-3", "LOW"), extraObservableField)).andExpect(status().isMultiStatus())
			.andExpect(jsonPath("$.results[0].status").value(201))
			.andExpect(jsonPath("$.results[1].errors[*].field", containsInAnyOrder("observables[0].tlp")));
	}

	@Test
	@DisplayName("DET-2 the OpenAPI document shows the alert's shape, alone and in a batch")
	void documentsTheAlertShape() throws Exception {
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/alerts'].post.requestBody.content['application/json'].schema['$ref']")
				.value("#/components/schemas/AlertRequest"))
			.andExpect(jsonPath("$.components.schemas.AlertRequest.properties.sourceRef").exists())
			.andExpect(jsonPath("$.components.schemas.AlertRequest.properties.severity.enum", hasItem("CRITICAL")))
			.andExpect(jsonPath("$.components.schemas.AlertRequest.properties.faults").doesNotExist())
			.andExpect(jsonPath("$.components.schemas.AlertRequest.required", hasItem("source")));
	}

	@Test
	@DisplayName("DET-2 a batch of more than 1,000 alerts is refused whole")
	void refusesAnOversizedBatch() throws Exception {
		String small = "{\"source\":\"s\",\"sourceRef\":\"r\"}";
		postBatch(IntStream.range(0, 1001).mapToObj(i -> small).toList()).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("alerts"));
	}

	@Test
	@DisplayName("DET-2 alerts sharing an observable are flagged related, but not through a dismissed alert")
	void flagsAlertsThatShareAnObservable() throws Exception {
		String ip = "203.0.113." + (int) (Math.random() * 250) + "-" + UUID.randomUUID();
		String dismissed = idOf(postOne(alert("x-0", "LOW", ip + "-old")));
		mvc.perform(post("/api/v1/alerts/" + dismissed + "/dismiss").header("Authorization", tool.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\":\"誤検知\"}")).andExpect(status().isOk());
		String first = idOf(postOne(alert("x-1", "LOW", ip)));
		String lone = idOf(postOne(alert("x-2", "LOW", ip + "-old")));
		String second = idOf(postOne(alert("x-3", "LOW", ip)));

		for (String id : List.of(first, second)) {
			mvc.perform(get("/api/v1/alerts/" + id).header("Authorization", tool.bearer()))
				.andExpect(jsonPath("$.related").value(true));
		}
		mvc.perform(get("/api/v1/alerts/" + lone).header("Authorization", tool.bearer()))
			.andExpect(jsonPath("$.related").value(false));
		mvc.perform(get("/api/v1/alerts").param("source", source)
			.param("lane", "RELATED")
			.header("Authorization", tool.bearer()))
			.andExpect(jsonPath("$.items[*].id", containsInAnyOrder(first, second)));
	}

	@Test
	@DisplayName("DET-2 the desk promotes alerts to one report on the monitoring channel, once")
	void promotesAlertsToOneReport() throws Exception {
		String a = idOf(postOne(alert("m-1", "HIGH", "192.0.2.77")));
		String b = idOf(postOne(alert("m-2", "HIGH")));
		String decision = mvc
			.perform(post("/api/v1/alerts/promote").header("Authorization", tool.bearer())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"alertIds\":[\"%s\",\"%s\"],\"category\":\"MALWARE\"}".formatted(a, b)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.alertIds", containsInAnyOrder(a, b)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String report = JsonPath.read(decision, "$.reportId");

		mvc.perform(get("/api/v1/reports/" + report).header("Authorization", tool.bearer()))
			.andExpect(jsonPath("$.channel").value("MONITORING"))
			.andExpect(jsonPath("$.category").value("MALWARE"))
			.andExpect(jsonPath("$.summary").value("不審な通信 m-1"))
			.andExpect(jsonPath("$.reporterName").value(source))
			.andExpect(jsonPath("$.occurredFrom").doesNotExist());
		mvc.perform(get("/api/v1/alerts/" + b).header("Authorization", tool.bearer()))
			.andExpect(jsonPath("$.state").value("PROMOTED"))
			.andExpect(jsonPath("$.reportId").value(report));
		mvc.perform(post("/api/v1/alerts/" + a + "/promote").header("Authorization", tool.bearer()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("alertIds[0]"));
	}

	@Test
	@DisplayName("DET-2 the desk dismisses alerts in bulk with a reason, and the lanes count them")
	void dismissesAlertsInBulk() throws Exception {
		String a = idOf(postOne(alert("d-1", "LOW")));
		String b = idOf(postOne(alert("d-2", "LOW")));
		postOne(alert("d-3", "LOW"));
		mvc.perform(post("/api/v1/alerts/dismiss").header("Authorization", tool.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"alertIds\":[\"%s\",\"%s\"],\"reason\":\" \"}".formatted(a, b)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		mvc.perform(post("/api/v1/alerts/dismiss").header("Authorization", tool.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"alertIds\":[\"%s\",\"%s\"],\"reason\":\"定期スキャン\"}".formatted(a, b)))
			.andExpect(status().isOk());
		mvc.perform(get("/api/v1/alerts/" + a).header("Authorization", tool.bearer()))
			.andExpect(jsonPath("$.state").value("DISMISSED"))
			.andExpect(jsonPath("$.dismissedReason").value("定期スキャン"));
		mvc.perform(get("/api/v1/alerts/counts").param("source", source).header("Authorization", tool.bearer()))
			.andExpect(jsonPath("$.NEW.count").value(1))
			.andExpect(jsonPath("$.DISMISSED.count").value(2))
			.andExpect(jsonPath("$.PROMOTED.count").value(0))
			.andExpect(jsonPath("$.NEW.capped").value(false));
	}

	@Test
	@DisplayName("DET-2 only handlers and administrators may post or decide alerts")
	void refusesReportersAndVendors() throws Exception {
		for (Role role : List.of(Role.REPORTER, Role.VENDOR)) {
			TestUser other = accounts.create("other", role);
			mvc.perform(post("/api/v1/alerts").header("Authorization", other.bearer())
				.contentType(MediaType.APPLICATION_JSON)
				.content(alert("f-1", "LOW"))).andExpect(status().isForbidden());
			mvc.perform(get("/api/v1/alerts").header("Authorization", other.bearer()))
				.andExpect(status().isForbidden());
		}
	}

}
