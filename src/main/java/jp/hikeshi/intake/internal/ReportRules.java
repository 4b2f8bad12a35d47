package jp.hikeshi.intake.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jp.hikeshi.directory.AssetView;
import jp.hikeshi.intake.AffectedPlaceInput;
import jp.hikeshi.intake.OccurrencePrecision;
import jp.hikeshi.intake.ReportSubmission;
import jp.hikeshi.shared.FieldProblem;
import jp.hikeshi.shared.RejectedInputException;

/**
 * The desk's rules for a report beyond single fields: the occurrence time fits its
 * precision and comes no later than detection, detection comes no later than receipt,
 * categories and assets exist.
 */
public final class ReportRules {

	/**
	 * Clocks of phones and PCs drift; a detection time this far ahead of the server is
	 * still accepted.
	 */
	static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

	private ReportRules() {
	}

	/**
	 * Returns the submission with defaults applied (receipt now, inferred precision), or
	 * throws with every fault.
	 */
	public static ReportSubmission accept(ReportSubmission s, Instant now, Set<String> activeCategories,
			Map<UUID, AssetView> knownAssets) {
		List<FieldProblem> problems = new ArrayList<>();
		Instant receivedAt = s.receivedAt() == null ? now : s.receivedAt();
		OccurrencePrecision precision = s.occurrencePrecision() != null ? s.occurrencePrecision()
				: s.occurredTo() != null ? OccurrencePrecision.RANGE
						: s.occurredFrom() != null ? OccurrencePrecision.KNOWN : OccurrencePrecision.UNKNOWN;

		switch (precision) {
			case KNOWN -> {
				if (s.occurredFrom() == null) {
					problems.add(new FieldProblem("occurredFrom", "report.occurredFrom.required"));
				}
				if (s.occurredTo() != null) {
					problems.add(new FieldProblem("occurredTo", "report.occurredTo.notForKnown"));
				}
			}
			case RANGE -> {
				if (s.occurredFrom() == null) {
					problems.add(new FieldProblem("occurredFrom", "report.occurredFrom.required"));
				}
				if (s.occurredTo() == null) {
					problems.add(new FieldProblem("occurredTo", "report.occurredTo.required"));
				}
				if (s.occurredFrom() != null && s.occurredTo() != null && s.occurredTo().isBefore(s.occurredFrom())) {
					problems.add(new FieldProblem("occurredTo", "report.occurredTo.beforeFrom"));
				}
			}
			case UNKNOWN -> {
				if (s.occurredFrom() != null || s.occurredTo() != null) {
					problems.add(new FieldProblem("occurrencePrecision", "report.occurred.givenButUnknown"));
				}
			}
		}
		if (s.detectedAt() != null) {
			if (s.detectedAt().isAfter(now.plus(CLOCK_SKEW))) {
				problems.add(new FieldProblem("detectedAt", "report.detectedAt.future"));
			}
			if (s.detectedAt().isAfter(receivedAt.plus(CLOCK_SKEW))) {
				problems.add(new FieldProblem("receivedAt", "report.receivedAt.beforeDetection"));
			}
			if (s.occurredFrom() != null && s.occurredFrom().isAfter(s.detectedAt())) {
				problems.add(new FieldProblem("occurredFrom", "report.occurredFrom.afterDetection"));
			}
		}
		if (receivedAt.isAfter(now.plus(CLOCK_SKEW))) {
			problems.add(new FieldProblem("receivedAt", "report.receivedAt.future"));
		}
		if (s.category() != null && !s.category().isBlank() && !activeCategories.contains(s.category())) {
			problems.add(new FieldProblem("category", "report.category.unknown", s.category()));
		}
		Set<UUID> seen = new HashSet<>();
		for (int i = 0; i < s.affectedPlaces().size(); i++) {
			AffectedPlaceInput place = s.affectedPlaces().get(i);
			String field = "affectedPlaces[" + i + "]";
			if (place == null
					|| (place.assetId() == null && (place.description() == null || place.description().isBlank()))) {
				problems.add(new FieldProblem(field, "report.affectedPlace.empty"));
			}
			else if (place.assetId() != null && !knownAssets.containsKey(place.assetId())) {
				problems
					.add(new FieldProblem(field + ".assetId", "report.affectedPlace.unknownAsset", place.assetId()));
			}
			else if (place.assetId() != null && !seen.add(place.assetId())) {
				problems.add(new FieldProblem(field + ".assetId", "report.affectedPlace.duplicate"));
			}
		}
		if (!problems.isEmpty()) {
			throw new RejectedInputException(problems);
		}
		return new ReportSubmission(s.detectedAt(), receivedAt, s.discovererName(), s.discovererContact(),
				s.reporterName(), s.reporterContact(), precision, s.occurredFrom(), s.occurredTo(), s.detectionPlace(),
				s.affectedPlaces(), s.category(), s.channel(), s.summary(), s.description());
	}

}
