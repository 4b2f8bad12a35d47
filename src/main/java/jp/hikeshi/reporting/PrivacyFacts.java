package jp.hikeshi.reporting;

import java.time.Instant;

import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * What the privacy officer assessed about a leak, loss or damage of personal data: the
 * kinds of data, how many persons (exact, or an estimated range), the purpose,
 * encryption, outsourcing and when the organisation became aware. Without
 * {@code becameAwareAt} the incident's 知った時 is taken; {@code alsoChangeIncident} asks to
 * write a different one back to the incident, so that the clocks and the documents count
 * from one moment. {@code counterpartBody} is the code of the outside body on the other
 * side of the outsourcing (the principal of a contractor, the contractor of a principal);
 * {@code jointReport} says both sides file the PPC report together.
 */
public record PrivacyFacts(Boolean personalInformation, Boolean sensitive, Boolean financial, Boolean myNumber,
		Boolean otherKinds, @PositiveOrZero(message = "{reporting.persons.negative}") Integer personsExact,
		@PositiveOrZero(message = "{reporting.persons.negative}") Integer personsMin,
		@PositiveOrZero(message = "{reporting.persons.negative}") Integer personsMax, Boolean unauthorisedPurpose,
		Boolean stronglyEncrypted, Outsourcing outsourcing, Instant becameAwareAt,
		@Size(max = 4000, message = "{validation.size.max}") String notes,
		@Size(max = 40, message = "{validation.size.max}") String counterpartBody, Boolean jointReport,
		Boolean alsoChangeIncident) {

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
		counterpartBody = counterpartBody == null || counterpartBody.isBlank() || outsourcing == Outsourcing.NONE ? null
				: counterpartBody.strip();
		jointReport = outsourcing != Outsourcing.NONE && Boolean.TRUE.equals(jointReport);
		alsoChangeIncident = Boolean.TRUE.equals(alsoChangeIncident);
	}

	/**
	 * Facts without an outsourcing counterpart, as recorded before the relation changed
	 * the obligations.
	 */
	public PrivacyFacts(Boolean personalInformation, Boolean sensitive, Boolean financial, Boolean myNumber,
			Boolean otherKinds, Integer personsExact, Integer personsMin, Integer personsMax,
			Boolean unauthorisedPurpose, Boolean stronglyEncrypted, Outsourcing outsourcing, Instant becameAwareAt,
			String notes) {
		this(personalInformation, sensitive, financial, myNumber, otherKinds, personsExact, personsMin, personsMax,
				unauthorisedPurpose, stronglyEncrypted, outsourcing, becameAwareAt, notes, null, null, null);
	}

	/** The same facts counted from another 知った時. */
	public PrivacyFacts awareAt(Instant at) {
		return new PrivacyFacts(personalInformation, sensitive, financial, myNumber, otherKinds, personsExact,
				personsMin, personsMax, unauthorisedPurpose, stronglyEncrypted, outsourcing, at, notes, counterpartBody,
				jointReport, alsoChangeIncident);
	}

	/**
	 * A contractor that does not file jointly is released from the PPC reports by
	 * notifying its principal.
	 */
	public boolean releasedByNoticeToPrincipal() {
		return outsourcing == Outsourcing.CONTRACTOR && !jointReport;
	}

	/**
	 * The count the thresholds are measured against: the exact number when known,
	 * otherwise the top of the estimated range, because the rules apply to the
	 * possibility of a leak as much as to a proven one.
	 */
	public Integer personsForThreshold() {
		if (personsExact != null) {
			return personsExact;
		}
		return personsMax != null ? personsMax : personsMin;
	}
}
