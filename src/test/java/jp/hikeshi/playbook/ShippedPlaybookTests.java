package jp.hikeshi.playbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.Set;
import java.util.stream.Collectors;

import jp.hikeshi.WebTest;
import jp.hikeshi.directory.Categories;
import jp.hikeshi.directory.Category;
import jp.hikeshi.incident.IncidentProcess;
import jp.hikeshi.playbook.internal.PlaybookDocument;
import jp.hikeshi.playbook.internal.PlaybookReader;
import jp.hikeshi.playbook.internal.ShippedPlaybooks;
import jp.hikeshi.shared.OrganisationId;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@WebTest
class ShippedPlaybookTests {

	static final OrganisationId ORG = OrganisationId.DEFAULT;

	@Autowired
	PlaybookLibrary library;

	@Autowired
	Categories categories;

	@Autowired
	Playbooks playbooks;

	@Autowired
	JdbcClient jdbc;

	@Test
	@DisplayName("GEN-3 every shipped playbook validates against the schema and is in the library as stored")
	void everyShippedPlaybookValidatesAndIsInTheLibrary() {
		Set<String> codes = categories.all(ORG).stream().map(Category::code).collect(Collectors.toSet());
		List<String> texts = ShippedPlaybooks.texts();
		assertThat(texts).hasSizeGreaterThanOrEqualTo(7);
		for (String text : texts) {
			PlaybookDocument doc = PlaybookReader.read(text, codes);
			PlaybookVersion stored = library.active(ORG)
				.stream()
				.filter(v -> v.code().equals(doc.code()))
				.findFirst()
				.orElseThrow(() -> new AssertionError(doc.code() + " is not in the library"));
			assertThat(PlaybookDocument.of(stored)).as(doc.code()).isEqualTo(doc);
			assertThat(library.latest(ORG, doc.code())).contains(stored);
			assertThat(library.version(ORG, stored.id())).contains(stored);
			assertThat(doc.tasks()).as(doc.code()).allSatisfy(task -> {
				assertThat(task.title().ja()).isNotBlank();
				assertThat(task.title().en()).isNotBlank();
				assertThat(task.guidance()).as(task.key() + " guidance").isNotNull();
			});
		}
	}

	@Test
	@DisplayName("GEN-3 the library ships the seven scenarios of the issue")
	void shipsTheSevenScenarios() {
		assertThat(library.active(ORG)).extracting(PlaybookVersion::code)
			.contains("TARGETED_EMAIL", "RANSOMWARE", "UNAUTHORIZED_ACCESS", "INFO_LEAK", "MALWARE", "DOS",
					"LOSS_THEFT");
	}

	@ParameterizedTest(name = "GEN-3 seed item {1} 「{2}」 is a task of {0}")
	@DisplayName("GEN-3 DET-4 TRI-3 RES-5 REP-5 every ◇ item of the seed is a task in its playbook")
	@CsvSource({ "TARGETED_EMAIL, DET-4, DETECTION, 不審なメールを受信した場合は、不用意な操作は行わない",
			"TARGETED_EMAIL, TRI-3, TRIAGE, なりすまされた本人へヒアリング", "TARGETED_EMAIL, TRI-3, TRIAGE, ウィルス対策ソフトでスキャン",
			"TARGETED_EMAIL, TRI-3, TRIAGE, メールサーバログの確認をベンダー等へ依頼", "RANSOMWARE, RES-5, RESPONSE, 被害を免れたバックアップの保護",
			"RANSOMWARE, RES-5, RESPONSE, 暗号化されたファイルのバックアップからの復元", "RANSOMWARE, RES-5, RESPONSE, 復号ツール有無の確認",
			"RANSOMWARE, REP-5, REPORTING, 身代金の支払いや攻撃者との交渉は実施しない" })
	void everySeedItemIsATask(String code, String requirement, IncidentProcess process, String japanese) {
		PlaybookVersion playbook = library.latest(ORG, code).orElseThrow();
		assertThat(playbook.tasks()).anySatisfy(task -> {
			assertThat(task.requirement()).isEqualTo(requirement);
			assertThat(task.process()).isEqualTo(process);
			assertThat(task.title().ja()).contains(japanese);
			assertThat(task.mandatory()).isTrue();
		});
	}

	@Test
	@DisplayName("GEN-3 REP-5 the ransomware playbook carries the never-pay rule and asks the vendor to check mail logs in the e-mail one")
	void ransomwareCarriesTheNeverPayRule() {
		PlaybookVersion ransomware = library.latest(ORG, "RANSOMWARE").orElseThrow();
		assertThat(ransomware.rules()).anySatisfy(rule -> {
			assertThat(rule.requirement()).isEqualTo("REP-5");
			assertThat(rule.text().ja()).contains("身代金の支払いや攻撃者との交渉は実施しない");
		});
		PlaybookVersion mail = library.latest(ORG, "TARGETED_EMAIL").orElseThrow();
		assertThat(mail.tasks()).filteredOn(t -> t.title().ja().contains("メールサーバログ"))
			.extracting(PlaybookTask::role)
			.containsExactly("VENDOR");
		assertThat(mail.rules()).extracting(PlaybookRule::requirement).contains("DET-4");
	}

	@Test
	@DisplayName("GEN-3 installing the shipped playbooks is idempotent, also when two instances do it at the same moment")
	void installingIsIdempotentUnderConcurrency() throws Exception {
		OrganisationId other = new OrganisationId(UUID.randomUUID());
		jdbc.sql("INSERT INTO organisation (id, name, public_body, created_at) VALUES (?, ?, FALSE, CURRENT_TIMESTAMP)")
			.params(other.value(), "別組織 " + other)
			.update();
		List<String> texts = ShippedPlaybooks.texts();
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<Integer>> runs = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				runs.add(pool
					.submit(() -> (int) texts.stream().filter(t -> playbooks.installIfAbsent(other, t)).count()));
			}
			int installed = 0;
			for (Future<Integer> run : runs) {
				installed += run.get(60, TimeUnit.SECONDS);
			}
			assertThat(installed).isEqualTo(texts.size());
		}
		finally {
			pool.shutdown();
		}
		assertThat(texts.stream().filter(t -> playbooks.installIfAbsent(other, t)).count()).isZero();
		assertThat(jdbc.sql("SELECT COUNT(*) FROM playbook_version WHERE organisation_id = ?")
			.param(other.value())
			.query(Long.class)
			.single()).isEqualTo(texts.size());
		assertThat(library.active(other)).hasSize(texts.size()).allSatisfy(v -> assertThat(v.version()).isEqualTo(1));
		assertThat(library.active(ORG)).extracting(PlaybookVersion::id)
			.doesNotContainAnyElementsOf(library.active(other).stream().map(PlaybookVersion::id).toList());
	}

}
