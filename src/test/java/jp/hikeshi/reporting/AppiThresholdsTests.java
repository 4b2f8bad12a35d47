package jp.hikeshi.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AppiThresholdsTests {

	static final Instant AWARE = Instant.parse("2026-04-01T01:00:00Z");

	static PrivacyFacts leak(boolean sensitive, boolean financial, boolean myNumber, Integer persons,
			boolean unauthorised, boolean encrypted) {
		return new PrivacyFacts(true, sensitive, financial, myNumber, !sensitive && !financial && !myNumber, persons,
				null, null, unauthorised, encrypted, Outsourcing.NONE, AWARE, null);
	}

	@Test
	@DisplayName("REP-3 sensitive personal information of a single person must be reported to the PPC and notified")
	void requiresReportForSensitiveDataOfAnyNumber() {
		AppiDecision d = AppiThresholds.decide(leak(true, false, false, 1, false, false), false);
		assertThat(d.ppcReportRequired()).isTrue();
		assertThat(d.noticeRequired()).isTrue();
		assertThat(d.rules()).containsExactly(AppiRule.SENSITIVE);
	}

	@Test
	@DisplayName("REP-3 data whose misuse causes financial damage must be reported whatever the number of persons")
	void requiresReportForFinanciallyExploitableData() {
		assertThat(AppiThresholds.decide(leak(false, true, false, 2, false, false), false).rules())
			.containsExactly(AppiRule.FINANCIAL);
	}

	@Test
	@DisplayName("REP-3 a possible unauthorised purpose must be reported whatever the number of persons")
	void requiresReportForUnauthorisedPurpose() {
		AppiDecision d = AppiThresholds.decide(leak(false, false, false, 3, true, false), false);
		assertThat(d.ppcReportRequired()).isTrue();
		assertThat(d.rules()).containsExactly(AppiRule.UNAUTHORISED_PURPOSE);
	}

	@Test
	@DisplayName("REP-3 a private business reports above 1,000 persons, not at 1,000")
	void requiresReportAboveAThousandPersonsForPrivateBusiness() {
		assertThat(AppiThresholds.decide(leak(false, false, false, 1000, false, false), false).ppcReportRequired())
			.isFalse();
		AppiDecision above = AppiThresholds.decide(leak(false, false, false, 1001, false, false), false);
		assertThat(above.ppcReportRequired()).isTrue();
		assertThat(above.rules()).containsExactly(AppiRule.OVER_1000_PERSONS);
	}

	@Test
	@DisplayName("REP-3 a public body reports above 100 persons, where a private business would not")
	void requiresReportAboveAHundredPersonsForPublicBody() {
		PrivacyFacts facts = leak(false, false, false, 101, false, false);
		assertThat(AppiThresholds.decide(facts, false).ppcReportRequired()).isFalse();
		AppiDecision publicBody = AppiThresholds.decide(facts, true);
		assertThat(publicBody.ppcReportRequired()).isTrue();
		assertThat(publicBody.rules()).containsExactly(AppiRule.PUBLIC_BODY_OVER_100_PERSONS);
		assertThat(AppiThresholds.decide(leak(false, false, false, 100, false, false), true).ppcReportRequired())
			.isFalse();
	}

	@Test
	@DisplayName("REP-3 an estimated range is measured by its upper bound, because the possibility of a leak counts")
	void measuresAnEstimatedRangeByItsUpperBound() {
		PrivacyFacts range = new PrivacyFacts(true, false, false, false, true, null, 800, 1500, false, false,
				Outsourcing.NONE, AWARE, null);
		assertThat(AppiThresholds.decide(range, false).rules()).containsExactly(AppiRule.OVER_1000_PERSONS);
	}

	@Test
	@DisplayName("REP-3 My Number data of more than 100 persons, or for an unauthorised purpose, must be reported")
	void requiresReportForMyNumberData() {
		assertThat(AppiThresholds.decide(leak(false, false, true, 101, false, false), false).rules())
			.containsExactly(AppiRule.MY_NUMBER_OVER_100_PERSONS);
		assertThat(AppiThresholds.decide(leak(false, false, true, 5, true, false), false).rules())
			.containsExactly(AppiRule.UNAUTHORISED_PURPOSE, AppiRule.MY_NUMBER_UNAUTHORISED_PURPOSE);
		assertThat(AppiThresholds.decide(leak(false, false, true, 100, false, false), false).ppcReportRequired())
			.isFalse();
	}

	@Test
	@DisplayName("REP-3 data protected by strong encryption is exempt even when sensitive and many")
	void exemptsStronglyEncryptedData() {
		AppiDecision d = AppiThresholds.decide(leak(true, true, false, 50_000, true, true), false);
		assertThat(d.ppcReportRequired()).isFalse();
		assertThat(d.noticeRequired()).isFalse();
		assertThat(d.rules()).containsExactly(AppiRule.ENCRYPTED_EXEMPT);
	}

	@Test
	@DisplayName("REP-3 without personal information, or below every threshold, nothing is owed to the PPC")
	void requiresNothingBelowTheThresholds() {
		PrivacyFacts none = new PrivacyFacts(false, false, false, false, false, null, null, null, false, false, null,
				AWARE, null);
		assertThat(AppiThresholds.decide(none, false).rules()).containsExactly(AppiRule.NO_PERSONAL_INFORMATION);
		assertThat(AppiThresholds.decide(leak(false, false, false, 10, false, false), false).rules())
			.containsExactly(AppiRule.BELOW_THRESHOLDS);
	}

}
