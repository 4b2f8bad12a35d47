package jp.hikeshi.triage;

import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What fact-finding established (TRI-1): is there damage, the scope and content of the
 * impact, is it still going on, what related organisations said, and the answers to the
 * category's checks. Lists replace the recorded ones.
 */
public record Facts(Finding damage, @Size(max = 4000, message = "{validation.size.max}") String impact, Finding ongoing,
		@Valid @Size(max = 50, message = "{validation.size.items}") List<Consultation> consultations,
		@Valid @Size(max = 50, message = "{validation.size.items}") List<CheckAnswer> checks) {

	public Facts {
		damage = damage == null ? Finding.UNKNOWN : damage;
		ongoing = ongoing == null ? Finding.UNKNOWN : ongoing;
		consultations = consultations == null ? List.of() : consultations;
		checks = checks == null ? List.of() : checks;
	}

	/** A related organisation consulted, and what it said. */
	public record Consultation(
			@NotBlank(message = "{triage.consultation.organisation.required}") @Size(max = 200,
					message = "{validation.size.max}") String organisation,
			@Size(max = 4000, message = "{validation.size.max}") String response, Instant consultedAt) {
	}

	/**
	 * The answer to one check of the list; for a vendor request, to whom it went, when,
	 * and when it was answered.
	 */
	public record CheckAnswer(@NotBlank(message = "{triage.check.code.required}") String code,
			@Size(max = 4000, message = "{validation.size.max}") String answer,
			@Size(max = 200, message = "{validation.size.max}") String requestedTo, Instant requestedAt,
			Instant answeredAt) {
	}
}
