package jp.hikeshi.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import jp.hikeshi.TestAccounts;
import jp.hikeshi.WebTest;
import jp.hikeshi.directory.Categories;
import jp.hikeshi.directory.Category;
import jp.hikeshi.identity.Actor;
import jp.hikeshi.identity.Role;
import jp.hikeshi.shared.OrganisationId;
import jp.hikeshi.triage.internal.ShippedChecklists;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@WebTest
class ShippedChecklistTests {

	static final OrganisationId ORG = OrganisationId.DEFAULT;

	/**
	 * The categories the directory ships (DET-3); organisations' own categories have
	 * lists of their own making.
	 */
	static final List<String> SHIPPED_CATEGORIES = List.of("INFO_LEAK", "MALWARE", "RANSOMWARE", "INTRUSION",
			"UNAUTHORIZED_ACCESS", "DEFACEMENT", "TARGETED_EMAIL", "PHISHING", "DOS", "SCAN", "LOSS_THEFT",
			"MISDELIVERY", "VULNERABILITY", "OTHER");

	@Autowired
	Categories categories;

	@Autowired
	Checklists checklists;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestAccounts accounts;

	@Test
	@DisplayName("TRI-1 every category of the directory has a check list of 4 to 8 items, in Japanese and in English")
	void everyCategoryHasAChecklistInBothLanguages() {
		List<String> codes = categories.all(ORG).stream().map(Category::code).toList();
		assertThat(codes).containsAll(SHIPPED_CATEGORIES);
		assertThat(ShippedChecklists.load().lists().keySet()).containsExactlyInAnyOrderElementsOf(SHIPPED_CATEGORIES);
		for (String category : SHIPPED_CATEGORIES) {
			List<CheckItem> items = checklists.forCategory(ORG, category);
			assertThat(items).as(category).hasSizeBetween(4, 8);
			assertThat(items).as(category).allSatisfy(item -> {
				assertThat(item.labelJa()).matches(".*[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}].*");
				assertThat(item.labelEn()).isNotBlank().doesNotMatch(".*[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}].*");
				assertThat(item.code()).matches("[A-Z][A-Z0-9_]{1,39}");
			});
		}
	}

	@Test
	@DisplayName("TRI-1 the lists carry the checks the flow names: infection and spread, the vendor's search for traces, the targeted mail checks")
	void listsKeepTheChecksTheFlowNames() {
		assertThat(checklists.forCategory(ORG, "MALWARE")).extracting(CheckItem::code).contains("INFECTED", "SPREAD");
		assertThat(checklists.forCategory(ORG, "UNAUTHORIZED_ACCESS")).first()
			.satisfies(item -> assertThat(item.kind()).isEqualTo(CheckKind.VENDOR_REQUEST))
			.extracting(CheckItem::code)
			.isEqualTo("VENDOR_TRACES");
		assertThat(checklists.forCategory(ORG, "TARGETED_EMAIL")).extracting(CheckItem::code)
			.contains("IMPERSONATED_INTERVIEW", "ANTIVIRUS_SCAN", "MAIL_LOGS");
		assertThat(checklists.forCategory(ORG, "INFO_LEAK")).extracting(CheckItem::labelJa)
			.anySatisfy(label -> assertThat(label).contains("要配慮個人情報"));
	}

	@Test
	@DisplayName("TRI-1 a new organisation gets every shipped list; installing again changes nothing and never overwrites an edited list")
	void installingAddsMissingListsAndKeepsEditedOnes() {
		OrganisationId other = new OrganisationId(UUID.randomUUID());
		jdbc.sql("INSERT INTO organisation (id, name, public_body, created_at) VALUES (?, ?, FALSE, CURRENT_TIMESTAMP)")
			.params(other.value(), "別組織 " + other)
			.update();
		assertThat(checklists.installShipped(other)).isEqualTo(SHIPPED_CATEGORIES.size());
		assertThat(checklists.forCategory(other, "PHISHING")).isNotEmpty();

		Actor admin = accounts.create("checklist-admin", Role.ADMIN).actor();
		assertThat(admin.organisation()).isEqualTo(ORG);
		List<CheckItem> own = List.of(new CheckItem("OWN_CHECK", CheckKind.QUESTION, "院内で決めた確認", "Our own check", 1));
		List<CheckItem> shipped = ShippedChecklists.load().lists().get("DOS");
		try {
			checklists.replace(admin, "DOS", own);
			// as if a newer edition had shipped since
			jdbc.sql("UPDATE triage_check_shipped SET edition = 0 WHERE organisation_id = ?")
				.param(ORG.value())
				.update();
			checklists.installShipped(ORG);
			assertThat(checklists.forCategory(ORG, "DOS")).extracting(CheckItem::code).containsExactly("OWN_CHECK");
			assertThat(checklists.forCategory(ORG, "PHISHING")).hasSizeGreaterThanOrEqualTo(4);
		}
		finally {
			checklists.replace(admin, "DOS", shipped);
		}
		assertThat(checklists.installShipped(other)).isZero();
	}

}
