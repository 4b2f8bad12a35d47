package jp.hikeshi.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import java.util.UUID;

import jp.hikeshi.TestAccounts.TestUser;
import jp.hikeshi.TestAccounts;
import jp.hikeshi.WebTest;
import jp.hikeshi.evidence.internal.ContentStore;
import jp.hikeshi.identity.Role;
import jp.hikeshi.incident.IncidentCommands;
import jp.hikeshi.incident.NewIncident;
import jp.hikeshi.incident.Urgency;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import com.jayway.jsonpath.JsonPath;

@WebTest
class EvidenceApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	IncidentCommands incidents;

	@Autowired
	ContentStore store;

	@Autowired
	JdbcClient jdbc;

	TestUser handler;

	UUID incident;

	@BeforeEach
	void setUp() {
		handler = accounts.create("evidence", Role.HANDLER);
		incident = openIncident(handler);
	}

	UUID openIncident(TestUser by) {
		return incidents.open(by.actor(), NewIncident.of("ランサムウェア感染", "RANSOMWARE", Urgency.HIGH, "SIGNIFICANT"), null)
			.id();
	}

	@Test
	@DisplayName("RES-2 items are listed most volatile first, with who collected them, how, and their custody")
	void listsEvidenceInOrderOfVolatility() throws Exception {
		register("{\"kind\":\"DOCUMENT\",\"title\":\"運用手順書\"}");
		register(
				"{\"kind\":\"LOGS\",\"title\":\"ファイアウォールのログ\",\"collectedBy\":\"保守ベンダー 佐藤\",\"method\":\"scp で取得\",\"storageLocation\":\"金庫 A\",\"sha256\":\""
						+ "A".repeat(64) + "\",\"sizeBytes\":1024}");
		register("{\"kind\":\"MEMORY_IMAGE\",\"title\":\"受付 PC のメモリ\"}");
		mvc.perform(get("/api/v1/incidents/" + incident + "/evidence").header("Authorization", handler.bearer()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].kind").value("MEMORY_IMAGE"))
			.andExpect(jsonPath("$[0].volatilityRank").value(2))
			.andExpect(jsonPath("$[1].kind").value("LOGS"))
			.andExpect(jsonPath("$[1].collectedBy").value("保守ベンダー 佐藤"))
			.andExpect(jsonPath("$[1].method").value("scp で取得"))
			.andExpect(jsonPath("$[1].sha256").value("a".repeat(64)))
			.andExpect(jsonPath("$[1].currentHolder").value("保守ベンダー 佐藤"))
			.andExpect(jsonPath("$[1].currentLocation").value("金庫 A"))
			.andExpect(jsonPath("$[2].kind").value("DOCUMENT"))
			.andExpect(jsonPath("$[2].volatilityRank").value(7));
	}

	@Test
	void refusesAnItemWithoutKindOrTitleAndABadHash() throws Exception {
		mvc.perform(post("/api/v1/incidents/" + incident + "/evidence").header("Authorization", handler.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"sha256\":\"xyz\",\"volatilityRank\":9}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("kind")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("title")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("sha256")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("volatilityRank")));
		mvc.perform(
				post("/api/v1/incidents/" + UUID.randomUUID() + "/evidence").header("Authorization", handler.bearer())
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"kind\":\"LOGS\",\"title\":\"x\"}"))
			.andExpect(status().isNotFound());
	}

	@Test
	@DisplayName("RES-2 an uploaded file is hashed while streamed, stored once by content, and served only as an attachment")
	void storesFilesByContentAndServesThemAsAttachments() throws Exception {
		byte[] content = new byte[300_000];
		new Random(42).nextBytes(content);
		String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		String first = upload("logs.tar.gz", content, "{\"kind\":\"LOGS\",\"title\":\"サーバーログ\"}");
		String second = upload("copy-of-logs.tar.gz", content, "{\"kind\":\"LOGS\",\"title\":\"同じログの写し\"}");
		mvc.perform(get("/api/v1/evidence/" + first).header("Authorization", handler.bearer()))
			.andExpect(jsonPath("$.sha256").value(sha256))
			.andExpect(jsonPath("$.sizeBytes").value(300_000))
			.andExpect(jsonPath("$.fileStored").value(true));
		assertThat(jdbc.sql("SELECT COUNT(*) FROM evidence_blob WHERE sha256 = ?")
			.param(sha256)
			.query(Long.class)
			.single()).isOne();
		assertThat(jdbc.sql("SELECT COUNT(*) FROM evidence_item WHERE blob_sha256 = ?")
			.param(sha256)
			.query(Long.class)
			.single()).isEqualTo(2);
		assertThat(Files.size(store.path(sha256))).isEqualTo(300_000);

		MvcResult download = mvc
			.perform(get("/api/v1/evidence/" + second + "/content").header("Authorization", handler.bearer()))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/octet-stream"))
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andExpect(header().string("Content-Disposition", containsString("copy-of-logs.tar.gz")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("X-Evidence-Integrity", "verified"))
			.andExpect(header().string("X-Evidence-Sha256", sha256))
			.andReturn();
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch(download));
		assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(content);
	}

	@Test
	@DisplayName("RES-2 a download re-checks the hash and says when the stored file was altered")
	void refusesASilentDownloadOfAnAlteredFile() throws Exception {
		byte[] content = ("evidence " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
		String id = upload("note.txt", content, "{\"kind\":\"DOCUMENT\",\"title\":\"メモ\"}");
		String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		Path file = store.path(sha256);
		file.toFile().setWritable(true);
		Files.writeString(file, "tampered");
		mvc.perform(get("/api/v1/evidence/" + id + "/content").header("Authorization", handler.bearer()))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.recordedSha256").value(sha256))
			.andExpect(jsonPath("$.actualSha256").value(HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest("tampered".getBytes(StandardCharsets.UTF_8)))));
		mvc.perform(get("/api/v1/evidence/" + id + "/content").param("acceptMismatch", "true")
			.header("Authorization", handler.bearer()))
			.andExpect(status().isOk())
			.andExpect(header().string("X-Evidence-Integrity", "MISMATCH"));
	}

	@Test
	@DisplayName("RES-2 custody entries are appended, never changed through any endpoint; a correction is a new entry")
	void keepsTheChainOfCustodyAppendOnly() throws Exception {
		String id = register(
				"{\"kind\":\"DISK_IMAGE\",\"title\":\"サーバーのディスクイメージ\",\"collectedBy\":\"ベンダー 佐藤\",\"storageLocation\":\"ベンダー社 保管庫\"}");
		mvc.perform(post("/api/v1/evidence/" + id + "/custody").header("Authorization", handler.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"toHolder\":\"情報システム課 田中\",\"purpose\":\"院内保管\",\"location\":\"金庫 B\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.position").value(2))
			.andExpect(jsonPath("$.fromHolder").value("ベンダー 佐藤"));
		mvc.perform(post("/api/v1/evidence/" + id + "/custody").header("Authorization", handler.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"{\"toHolder\":\"情報システム課 田中\",\"purpose\":\"訂正: 保管場所は金庫 C\",\"location\":\"金庫 C\",\"correctsPosition\":2}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.correctsPosition").value(2));
		mvc.perform(post("/api/v1/evidence/" + id + "/custody").header("Authorization", handler.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"toHolder\":\"x\",\"purpose\":\"y\",\"correctsPosition\":99}"))
			.andExpect(status().isBadRequest());

		String entry = "{\"toHolder\":\"改ざん者\",\"purpose\":\"書き換え\"}";
		for (var attempt : new org.springframework.test.web.servlet.RequestBuilder[] {
				put("/api/v1/evidence/" + id + "/custody").contentType(MediaType.APPLICATION_JSON).content(entry),
				patch("/api/v1/evidence/" + id + "/custody").contentType(MediaType.APPLICATION_JSON).content(entry),
				delete("/api/v1/evidence/" + id + "/custody"),
				put("/api/v1/evidence/" + id + "/custody/1").contentType(MediaType.APPLICATION_JSON).content(entry),
				patch("/api/v1/evidence/" + id + "/custody/1").contentType(MediaType.APPLICATION_JSON).content(entry),
				delete("/api/v1/evidence/" + id + "/custody/1") }) {
			int code = mvc.perform(withToken(attempt)).andReturn().getResponse().getStatus();
			assertThat(code).as("custody change must be refused").isIn(404, 405);
		}
		mvc.perform(get("/api/v1/evidence/" + id + "/custody").header("Authorization", handler.bearer()))
			.andExpect(jsonPath("$.length()").value(3))
			.andExpect(jsonPath("$[0].toHolder").value("ベンダー 佐藤"))
			.andExpect(jsonPath("$[1].location").value("金庫 B"))
			.andExpect(jsonPath("$[2].location").value("金庫 C"));
		mvc.perform(get("/api/v1/evidence/" + id).header("Authorization", handler.bearer()))
			.andExpect(jsonPath("$.currentHolder").value("情報システム課 田中"))
			.andExpect(jsonPath("$.currentLocation").value("金庫 C"));
	}

	@Test
	void keepsEvidenceFromReportersAndVendors() throws Exception {
		String id = register("{\"kind\":\"LOGS\",\"title\":\"ログ\"}");
		TestUser reporter = accounts.create("ev-rep", Role.REPORTER);
		TestUser vendor = accounts.create("ev-ven", Role.VENDOR);
		mvc.perform(get("/api/v1/evidence/" + id).header("Authorization", reporter.bearer()))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/incidents/" + incident + "/evidence").header("Authorization", vendor.bearer()))
			.andExpect(status().isForbidden());
		TestUser manager = accounts.create("ev-mgr", Role.MANAGER);
		mvc.perform(get("/api/v1/evidence/" + id).header("Authorization", manager.bearer())).andExpect(status().isOk());
		mvc.perform(post("/api/v1/incidents/" + incident + "/evidence").header("Authorization", manager.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\":\"LOGS\",\"title\":\"x\"}")).andExpect(status().isForbidden());
	}

	org.springframework.test.web.servlet.RequestBuilder withToken(
			org.springframework.test.web.servlet.RequestBuilder builder) {
		return request -> {
			var r = builder.buildRequest(request);
			r.addHeader("Authorization", handler.bearer());
			return r;
		};
	}

	String register(String json) throws Exception {
		MvcResult result = mvc
			.perform(post("/api/v1/incidents/" + incident + "/evidence").header("Authorization", handler.bearer())
				.contentType(MediaType.APPLICATION_JSON)
				.content(json))
			.andExpect(status().isCreated())
			.andReturn();
		return JsonPath.read(result.getResponse().getContentAsString(), "$.id");
	}

	String upload(String name, byte[] content, String metadata) throws Exception {
		MvcResult result = mvc
			.perform(multipart("/api/v1/incidents/" + incident + "/evidence")
				.file(new MockMultipartFile("file", name, "application/octet-stream", content))
				.file(new MockMultipartFile("metadata", "", "application/json",
						metadata.getBytes(StandardCharsets.UTF_8)))
				.header("Authorization", handler.bearer()))
			.andExpect(status().isCreated())
			.andReturn();
		return JsonPath.read(result.getResponse().getContentAsString(), "$.id");
	}

}
