package jp.hikeshi.reporting;

import java.time.Instant;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * What the privacy officer assessed about a leak, loss or damage of personal data: the kinds of data, how many
 * persons (exact, or an estimated range), the purpose, encryption, outsourcing and when the organisation became aware.
 */
public record PrivacyFacts(Boolean personalInformation, Boolean sensitive, Boolean financial, Boolean myNumber,
		Boolean otherKinds, @PositiveOrZero(message = "{reporting.persons.negative}") Integer personsExact,
		@PositiveOrZero(message = "{reporting.persons.negative}") Integer personsMin,
		@PositiveOrZero(message = "{reporting.persons.negative}") Integer personsMax, Boolean unauthorisedPurpose,
		Boolean stronglyEncrypted, Outsourcing outsourcing,
		@NotNull(message = "{reporting.becameAwareAt.required}") Instant becameAwareAt,
		@Size(max = 4000, message = "{validation.size.max}") String notes) {

	/** A box left empty in a form or omitted in JSON means no. */
	public PrivacyFacts {
		personalInformation = Boolean.TRUE.equals(personalInformation);
		sensitive = Boolean.TRUE.equals(sensitive);
		financial = Boolean.TRUE.equals(financial);
		myNumber = Boolean.TRUE.equals(myNumber);
		otherKinds = Boolean.TRUE.equals(otherKinds);
		unauthorisedPurpose = Boolean.TRUE.equals(unauthorisedPurpose);
		stronglyEncrypted = Boolean.TRUE.equals(stronglyEncrypted);
		outsourcing = outsourcing == null ? Outsourcing.NONE : outsourcing;
	}

	/**
	 * The count the thresholds are measured against: the exact number when known, otherwise the top of the estimated
	 * range, because the rules apply to the possibility of a leak as much as to a proven one.
	 */
	public Integer personsForThreshold() {
		if (personsExact != null) {
			return personsExact;
		}
		return personsMax != null ? personsMax : personsMin;
	}
}
