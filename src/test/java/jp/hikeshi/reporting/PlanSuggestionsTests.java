package jp.hikeshi.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PlanSuggestionsTests {

	static Map<RecipientKind, PlanSuggestions.Suggestion> byRecipient(List<PlanSuggestions.Suggestion> plan) {
		return plan.stream().collect(Collectors.toMap(PlanSuggestions.Suggestion::recipient, s -> s));
	}

	@Test
	@DisplayName("REP-1 REP-3 a ransomware incident is reported to management, IPA, JPCERT/CC and the police")
	void suggestsOutsideBodiesForRansomware() {
		var plan = byRecipient(PlanSuggestions.suggest("RANSOMWARE", null, null));
		assertThat(plan.get(RecipientKind.RESPONSIBLE_PERSON).requirement()).isEqualTo(Requirement.REQUIRED);
		assertThat(plan.get(RecipientKind.MANAGEMENT).requirement()).isEqualTo(Requirement.REQUIRED);
		assertThat(plan.get(RecipientKind.IPA).requirement()).isEqualTo(Requirement.RECOMMENDED);
		assertThat(plan.get(RecipientKind.IPA).document()).isEqualTo(DocumentKind.IPA_VIRUS);
		assertThat(plan.get(RecipientKind.JPCERT_CC).requirement()).isEqualTo(Requirement.RECOMMENDED);
		assertThat(plan.get(RecipientKind.POLICE).requirement()).isEqualTo(Requirement.RECOMMENDED);
		assertThat(plan.get(RecipientKind.PPC_PRELIMINARY).reasonKey())
			.isEqualTo("reporting.plan.why.assessmentPending");
	}

	@Test
	@DisplayName("REP-3 REP-4 a leak the PPC must hear of puts the PPC and the persons concerned on the plan as required, with due dates")
	void requiresPpcAndPersonsWhenTheThresholdsSaySo() {
		AppiDecision decision = new AppiDecision(true, true, List.of(AppiRule.SENSITIVE));
		LegalDeadlines deadlines = new LegalClock(3, 5, ZoneId.of("Asia/Tokyo"))
			.deadlines(Instant.parse("2026-04-01T01:00:00Z"), false);
		var plan = byRecipient(PlanSuggestions.suggest("INFO_LEAK", decision, deadlines));
		assertThat(plan.get(RecipientKind.PPC_PRELIMINARY).requirement()).isEqualTo(Requirement.REQUIRED);
		assertThat(plan.get(RecipientKind.PPC_PRELIMINARY).due()).isEqualTo(deadlines.preliminaryDueAt());
		assertThat(plan.get(RecipientKind.PPC_FINAL).due()).isEqualTo(deadlines.finalDueAt());
		assertThat(plan.get(RecipientKind.PERSONS_CONCERNED).requirement()).isEqualTo(Requirement.REQUIRED);
		assertThat(plan.get(RecipientKind.PRESS).requirement()).isEqualTo(Requirement.RECOMMENDED);
		assertThat(plan.get(RecipientKind.IPA).requirement()).isEqualTo(Requirement.NOT_NEEDED);
	}

	@Test
	@DisplayName("REP-3 a scan involving no personal data needs neither the PPC nor the police")
	void needsNoOutsideBodiesForAScan() {
		var plan = byRecipient(PlanSuggestions.suggest("SCAN", null, null));
		assertThat(plan.get(RecipientKind.PPC_PRELIMINARY).requirement()).isEqualTo(Requirement.NOT_NEEDED);
		assertThat(plan.get(RecipientKind.POLICE).requirement()).isEqualTo(Requirement.NOT_NEEDED);
		assertThat(plan.get(RecipientKind.RESPONSIBLE_PERSON).requirement()).isEqualTo(Requirement.REQUIRED);
	}

}
