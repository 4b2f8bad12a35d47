package jp.hikeshi.reporting.internal;

import java.util.Optional;

import jp.hikeshi.reporting.PrivacyFacts;

/**
 * The number of persons concerned, worded as it was recorded: exact (「300 人」),
 * approximate (「約 300 人」, an estimate whose bounds are equal), a range (「300 〜 500
 * 人（推定）」) or one bound only. Never 「推定 300 〜 300 人」.
 */
record PersonCount(String messageKey, Object[] arguments) {

	static Optional<PersonCount> of(PrivacyFacts facts) {
		Integer exact = facts.personsExact();
		Integer min = facts.personsMin();
		Integer max = facts.personsMax();
		if (exact != null) {
			return Optional.of(new PersonCount("reporting.doc.persons.exact", new Object[] { exact }));
		}
		if (min != null && max != null) {
			return Optional.of(min.equals(max) ? new PersonCount("reporting.doc.persons.about", new Object[] { min })
					: new PersonCount("reporting.doc.persons.range",
							new Object[] { Math.min(min, max), Math.max(min, max) }));
		}
		if (min != null) {
			return Optional.of(new PersonCount("reporting.doc.persons.atLeast", new Object[] { min }));
		}
		if (max != null) {
			return Optional.of(new PersonCount("reporting.doc.persons.upTo", new Object[] { max }));
		}
		return Optional.empty();
	}
}
