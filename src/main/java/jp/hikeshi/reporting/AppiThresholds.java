package jp.hikeshi.reporting;

import java.util.ArrayList;
import java.util.List;

/**
 * APPI reporting thresholds (enforcement rule art. 7) and the My Number rule (Number Act
 * art. 29-4), as stated in the PPC's guidance on leaks (漏えい等の対応). A configurable default
 * to guide the privacy officer, not legal advice.
 */
public final class AppiThresholds {

	/**
	 * Private businesses report above this many persons even when no other rule applies.
	 */
	public static final int PRIVATE_PERSONS_LIMIT = 1000;

	/**
	 * Public bodies (行政機関等, including local governments) report above this many persons.
	 */
	public static final int PUBLIC_BODY_PERSONS_LIMIT = 100;

	/** My Number data of more than this many persons is reported. */
	public static final int MY_NUMBER_PERSONS_LIMIT = 100;

	private AppiThresholds() {
	}

	/**
	 * Decides for the facts; {@code publicBody} comes from the organisation's settings.
	 */
	public static AppiDecision decide(PrivacyFacts facts, boolean publicBody) {
		if (!facts.personalInformation()) {
			return new AppiDecision(false, false, List.of(AppiRule.NO_PERSONAL_INFORMATION));
		}
		if (facts.stronglyEncrypted()) {
			return new AppiDecision(false, false, List.of(AppiRule.ENCRYPTED_EXEMPT));
		}
		List<AppiRule> fired = new ArrayList<>();
		Integer persons = facts.personsForThreshold();
		if (facts.sensitive()) {
			fired.add(AppiRule.SENSITIVE);
		}
		if (facts.financial()) {
			fired.add(AppiRule.FINANCIAL);
		}
		if (facts.unauthorisedPurpose()) {
			fired.add(AppiRule.UNAUTHORISED_PURPOSE);
		}
		if (persons != null && publicBody && persons > PUBLIC_BODY_PERSONS_LIMIT) {
			fired.add(AppiRule.PUBLIC_BODY_OVER_100_PERSONS);
		}
		else if (persons != null && !publicBody && persons > PRIVATE_PERSONS_LIMIT) {
			fired.add(AppiRule.OVER_1000_PERSONS);
		}
		if (facts.myNumber() && persons != null && persons > MY_NUMBER_PERSONS_LIMIT) {
			fired.add(AppiRule.MY_NUMBER_OVER_100_PERSONS);
		}
		if (facts.myNumber() && facts.unauthorisedPurpose()) {
			fired.add(AppiRule.MY_NUMBER_UNAUTHORISED_PURPOSE);
		}
		if (fired.isEmpty()) {
			return new AppiDecision(false, false, List.of(AppiRule.BELOW_THRESHOLDS));
		}
		return new AppiDecision(true, true, fired);
	}

}
