package jp.hikeshi.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.jayway.jsonpath.JsonPath;

import jp.hikeshi.TestAccounts;
import jp.hikeshi.TestAccounts.TestUser;
import jp.hikeshi.WebTest;
import jp.hikeshi.identity.Role;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@WebTest
class ReportTallyTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	ReportDesk desk;

	@Autowired
	JdbcClient jdbc;

	@Test
	@DisplayName("DET-2 the unfiltered list's total equals the number of reports stored, after 8 threads filed at once")
	void unfilteredTotalCountsEveryReport() throws Exception {
		TestUser handler = accounts.create("tally", Role.HANDLER);
		ExecutorService pool = Executors.newFixedThreadPool(8);
		List<Callable<Void>> filers = new ArrayList<>();
		for (int t = 0; t < 8; t++) {
			int thread = t;
			filers.add(() -> {
				for (int i = 0; i < 10; i++) {
					desk.file(handler.actor(),
							new ReportSubmission(Instant.now(), null, null, null, "集計 " + thread, "内線 " + i, null, null,
									null, null, null, "OTHER", Channel.PHONE, "tally " + thread + "-" + i, null));
				}
				return null;
			});
		}
		for (Future<Void> f : pool.invokeAll(filers)) {
			f.get();
		}
		pool.shutdown();
		long stored = jdbc.sql("SELECT COUNT(*) FROM report WHERE organisation_id = ?")
			.param(handler.actor().organisation().value())
			.query(Long.class)
			.single();
		String body = mvc.perform(get("/api/v1/reports?size=5").header("Authorization", handler.bearer()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(((Number) JsonPath.read(body, "$.totalItems")).longValue()).isEqualTo(stored)
			.isGreaterThanOrEqualTo(80);
		String lastPage = mvc
			.perform(get("/api/v1/reports?size=100&page=" + (stored / 100)).header("Authorization", handler.bearer()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(((Number) JsonPath.read(lastPage, "$.totalItems")).longValue()).isEqualTo(stored);
	}

	@ParameterizedTest(name = "seed {0}")
	@ValueSource(longs = { 7, 42, 2026 })
	@DisplayName("DET-2 list totals filtered by status, category or both equal a count of the reports, after filings and triage moved them")
	void filteredTotalsFollowTriage(long seed) throws Exception {
		SplittableRandom random = new SplittableRandom(seed);
		TestUser handler = accounts.create("tally-" + seed, Role.HANDLER);
		String[] categories = { "MALWARE", "PHISHING", "OTHER" };
		ReportStatus[] outcomes = ReportStatus.values();
		List<UUID> filed = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			filed.add(desk.file(handler.actor(),
					new ReportSubmission(Instant.now(), null, null, null, "集計", "内線 1", null, null, null, null, null,
							categories[random.nextInt(categories.length)], Channel.PHONE, "tally " + seed + "-" + i,
							null))
				.id());
			if (random.nextInt(3) > 0) {
				// any outcome, also one a report already has or may no longer take
				// (IN_TRIAGE after a decision)
				ReportStatus outcome = outcomes[1 + random.nextInt(outcomes.length - 1)];
				desk.recordTriage(handler.actor(), filed.get(random.nextInt(filed.size())), outcome);
			}
		}
		for (ReportStatus status : outcomes) {
			assertTotal(handler, "status=" + status, "status = '" + status + "'");
			for (String category : categories) {
				assertTotal(handler, "status=" + status + "&category=" + category,
						"status = '" + status + "' AND category = '" + category + "'");
			}
		}
		for (String category : categories) {
			assertTotal(handler, "category=" + category, "category = '" + category + "'");
		}
		assertTotal(handler, "", "TRUE");
		assertTotal(handler, "channel=PHONE&status=RECEIVED", "channel = 'PHONE' AND status = 'RECEIVED'");
	}

	private void assertTotal(TestUser handler, String query, String condition) throws Exception {
		long stored = jdbc.sql("SELECT COUNT(*) FROM report WHERE organisation_id = ? AND " + condition)
			.param(handler.actor().organisation().value())
			.query(Long.class)
			.single();
		String body = mvc.perform(get("/api/v1/reports?size=1&" + query).header("Authorization", handler.bearer()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(((Number) JsonPath.read(body, "$.totalItems")).longValue()).as(query).isEqualTo(stored);
	}

}
