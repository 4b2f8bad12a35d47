package jp.hikeshi.playbook;

import static org.assertj.core.api.Assertions.assertThat;

import jp.hikeshi.TestAccounts;
import jp.hikeshi.WebTest;
import jp.hikeshi.identity.Role;
import jp.hikeshi.shared.OrganisationId;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@WebTest
class ShippedPlaybookUpgradeTests {

	static final OrganisationId ORG = OrganisationId.DEFAULT;

	@Autowired
	Playbooks playbooks;

	@Autowired
	TestAccounts accounts;

	static String document(String completedBy) {
		return """
				code: UPGRADE_SAMPLE
				title: {ja: 更新の見本, en: Upgrade sample}
				description: {ja: 説明, en: Description}
				tasks:
				  - key: verify
				    process: RES
				    requirement: RES-4
				    role: SYSADMIN
				""" + (completedBy == null ? "" : "    completedBy: " + completedBy + "\n") + """
				    title: {ja: 復旧確認, en: Verify recovery}
				""";
	}

	@Test
	@DisplayName("GEN-3 a shipped playbook the organisation never edited gets the newer shipped text as its next version; an edited one is left alone")
	void upgradesOnlyUneditedShippedPlaybooks() {
		assertThat(playbooks.installIfAbsent(ORG, document(null))).isTrue();
		assertThat(playbooks.installIfAbsent(ORG, document(null))).isFalse();
		assertThat(playbooks.installIfAbsent(ORG, document("{recovery: VERIFIED}"))).isTrue();
		PlaybookVersion upgraded = playbooks.newest(ORG, "UPGRADE_SAMPLE").orElseThrow();
		assertThat(upgraded.version()).isEqualTo(2);
		assertThat(upgraded.tasks().get(0).completedBy())
			.isEqualTo(new CompletedBy(CompletedBy.Work.RECOVERY, null, "VERIFIED"));

		playbooks.importDocument(accounts.create("upgrade", Role.ADMIN).actor(), document("{recovery: RESTORED}"));
		assertThat(playbooks.installIfAbsent(ORG, document("{triage: DECIDED}"))).isFalse();
		assertThat(playbooks.newest(ORG, "UPGRADE_SAMPLE").orElseThrow().version()).isEqualTo(3);
	}

}
