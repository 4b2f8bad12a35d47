package jp.hikeshi.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jp.hikeshi.directory.OrganisationKind;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class OutsourcingObligationsTests {

	static final AppiDecision REPORTABLE = new AppiDecision(true, true, List.of(AppiRule.SENSITIVE));

	static final LegalDeadlines DEADLINES = new LegalClock(3, 5, ZoneId.of("Asia/Tokyo"))
		.deadlines(Instant.parse("2026-04-01T01:00:00Z"), false);

	static PrivacyFacts facts(Outsourcing outsourcing, boolean joint) {
		return new PrivacyFacts(true, true, false, false, false, 3, null, null, false, false, outsourcing,
				Instant.parse("2026-04-01T01:00:00Z"), null, "PRINCIPAL", joint, false);
	}

	static Map<ObligationKind, OutsourcingObligations.Obligation> byKind(PrivacyFacts facts) {
		return OutsourcingObligations.of(facts, REPORTABLE, DEADLINES, 3)
			.stream()
			.collect(Collectors.toMap(OutsourcingObligations.Obligation::kind, o -> o));
	}

	@Test
	@DisplayName("REP-3 a contractor owes a prompt notice to its principal, which releases its PPC reports, and gives no notice to persons")
	void contractorNotifiesItsPrincipalAndIsReleased() {
		var obligations = byKind(facts(Outsourcing.CONTRACTOR, false));
		assertThat(obligations.get(ObligationKind.NOTIFY_PRINCIPAL).required()).isTrue();
		assertThat(obligations.get(ObligationKind.NOTIFY_PRINCIPAL).due()).isEqualTo(DEADLINES.preliminaryDueAt());
		assertThat(obligations.get(ObligationKind.PPC_PRELIMINARY).required()).isTrue();
		assertThat(obligations.get(ObligationKind.PPC_PRELIMINARY).releasedBy())
			.isEqualTo(ObligationKind.NOTIFY_PRINCIPAL);
		assertThat(obligations.get(ObligationKind.PPC_FINAL).releasedBy()).isEqualTo(ObligationKind.NOTIFY_PRINCIPAL);
		assertThat(obligations.get(ObligationKind.PPC_FINAL).rule()).contains("CONTRACTOR_RELEASED_BY_NOTICE");
		assertThat(obligations.get(ObligationKind.NOTICE_TO_PERSONS).required()).isFalse();
		assertThat(obligations.get(ObligationKind.NOTICE_TO_PERSONS).rule()).contains("PRINCIPAL_GIVES_NOTICE");
	}

	@Test
	@DisplayName("REP-3 a contractor filing jointly with its principal is not released by its notice")
	void jointReportIsNotReleased() {
		var obligations = byKind(facts(Outsourcing.CONTRACTOR, true));
		assertThat(obligations.get(ObligationKind.PPC_PRELIMINARY).releasedBy()).isNull();
		assertThat(obligations.get(ObligationKind.PPC_PRELIMINARY).rule()).contains("JOINT_REPORT");
		assertThat(obligations.get(ObligationKind.NOTIFY_PRINCIPAL).required()).isTrue();
	}

	@Test
	@DisplayName("REP-3 a principal owes the PPC reports and the notice to persons, and no notice to a principal")
	void principalOwesEverything() {
		var obligations = byKind(facts(Outsourcing.PRINCIPAL, false));
		assertThat(obligations).doesNotContainKey(ObligationKind.NOTIFY_PRINCIPAL);
		assertThat(obligations.get(ObligationKind.PPC_PRELIMINARY).releasedBy()).isNull();
		assertThat(obligations.get(ObligationKind.NOTICE_TO_PERSONS).required()).isTrue();
	}

	@Test
	@DisplayName("REP-3 the plan of a contractor requires the notice to the principal and leaves the notice to persons to the principal")
	void contractorPlan() {
		var plan = PlanSuggestionsTests.byRecipient(PlanSuggestions.suggest("INFO_LEAK", REPORTABLE, DEADLINES,
				new PlanSuggestions.Situation(OrganisationKind.PRIVATE_COMPANY, Outsourcing.CONTRACTOR, false)));
		assertThat(plan.get(RecipientKind.PRINCIPAL).requirement()).isEqualTo(Requirement.REQUIRED);
		assertThat(plan.get(RecipientKind.PRINCIPAL).due()).isEqualTo(DEADLINES.preliminaryDueAt());
		assertThat(plan.get(RecipientKind.PPC_PRELIMINARY).requirement()).isEqualTo(Requirement.RECOMMENDED);
		assertThat(plan.get(RecipientKind.PPC_PRELIMINARY).reasonKey())
			.isEqualTo("reporting.plan.why.contractorReleased");
		assertThat(plan.get(RecipientKind.PERSONS_CONCERNED).requirement()).isEqualTo(Requirement.NOT_NEEDED);
		assertThat(plan.get(RecipientKind.PERSONS_CONCERNED).reasonKey())
			.isEqualTo("reporting.plan.why.principalGivesNotice");
		var joint = PlanSuggestionsTests.byRecipient(PlanSuggestions.suggest("INFO_LEAK", REPORTABLE, DEADLINES,
				new PlanSuggestions.Situation(OrganisationKind.PRIVATE_COMPANY, Outsourcing.CONTRACTOR, true)));
		assertThat(joint.get(RecipientKind.PPC_PRELIMINARY).requirement()).isEqualTo(Requirement.REQUIRED);
		assertThat(joint.get(RecipientKind.PPC_PRELIMINARY).reasonKey()).isEqualTo("reporting.plan.why.jointReport");
	}

	@Test
	@DisplayName("REP-3 the competent ministry is suggested to a hospital (MHLW), to schools and public bodies to confirm, and otherwise only where the PPC delegated")
	void suggestsTheCompetentMinistryBySector() {
		assertThat(PlanSuggestions.ministry(OrganisationKind.MEDICAL, true, false).requirement())
			.isEqualTo(Requirement.RECOMMENDED);
		assertThat(PlanSuggestions.ministry(OrganisationKind.MEDICAL, false, true).reasonKey())
			.isEqualTo("reporting.plan.why.medicalMinistry");
		assertThat(PlanSuggestions.ministry(OrganisationKind.SCHOOL, false, true).reasonKey())
			.isEqualTo("reporting.plan.why.supervisingMinistry");
		assertThat(PlanSuggestions.ministry(OrganisationKind.PUBLIC_BODY, true, false).requirement())
			.isEqualTo(Requirement.RECOMMENDED);
		assertThat(PlanSuggestions.ministry(OrganisationKind.PRIVATE_COMPANY, true, true).requirement())
			.isEqualTo(Requirement.NOT_NEEDED);
		assertThat(PlanSuggestions.ministry(OrganisationKind.MEDICAL, false, false).requirement())
			.isEqualTo(Requirement.NOT_NEEDED);
		assertThat(PlanSuggestions.ministry(null, true, true).reasonKey())
			.isEqualTo("reporting.plan.why.ministryIfDelegated");
	}

}
