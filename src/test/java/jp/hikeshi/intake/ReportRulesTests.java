package jp.hikeshi.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import jp.hikeshi.directory.AssetKind;
import jp.hikeshi.directory.AssetView;
import jp.hikeshi.intake.internal.ReportRules;
import jp.hikeshi.shared.FieldProblem;
import jp.hikeshi.shared.RejectedInputException;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ReportRulesTests {

	static final Instant NOW = Instant.parse("2026-11-26T03:00:00Z");
	static final Set<String> CATEGORIES = Set.of("MALWARE", "INFO_LEAK");
	static final UUID ASSET = UUID.randomUUID();
	static final Map<UUID, AssetView> ASSETS = Map.of(ASSET,
			new AssetView(ASSET, "srv", AssetKind.SERVER, null, null, null, null, null, 0));

	static ReportSubmission submission(Instant detected, Instant received, OccurrencePrecision precision, Instant from,
			Instant to) {
		return new ReportSubmission(detected, received, null, null, "r", "c", precision, from, to, null,
				List.of(new AffectedPlaceInput(ASSET, null)), "MALWARE", Channel.PHONE, "s", null);
	}

	static List<String> faults(ReportSubmission s) {
		try {
			ReportRules.accept(s, NOW, CATEGORIES, ASSETS);
			return List.of();
		}
		catch (RejectedInputException ex) {
			return ex.problems().stream().map(FieldProblem::messageKey).toList();
		}
	}

	@Test
	@DisplayName("DET-3 receipt time defaults to now and the precision follows the times given")
	void defaultsReceiptAndInfersPrecision() {
		Instant detected = NOW.minusSeconds(3600);
		ReportSubmission accepted = ReportRules.accept(submission(detected, null, null, null, null), NOW, CATEGORIES,
				ASSETS);
		assertThat(accepted.receivedAt()).isEqualTo(NOW);
		assertThat(accepted.occurrencePrecision()).isEqualTo(OccurrencePrecision.UNKNOWN);
		assertThat(ReportRules
			.accept(submission(detected, null, null, detected.minusSeconds(60), null), NOW, CATEGORIES, ASSETS)
			.occurrencePrecision()).isEqualTo(OccurrencePrecision.KNOWN);
		assertThat(ReportRules
			.accept(submission(detected, null, null, detected.minusSeconds(60), detected), NOW, CATEGORIES, ASSETS)
			.occurrencePrecision()).isEqualTo(OccurrencePrecision.RANGE);
	}

	@Test
	@DisplayName("DET-3 an unknown occurrence carries no times, a known one no end")
	void keepsPrecisionAndTimesConsistent() {
		Instant detected = NOW.minusSeconds(3600);
		assertThat(faults(submission(detected, null, OccurrencePrecision.UNKNOWN, detected, null)))
			.containsExactly("report.occurred.givenButUnknown");
		assertThat(faults(submission(detected, null, OccurrencePrecision.KNOWN, null, null)))
			.containsExactly("report.occurredFrom.required");
		assertThat(faults(submission(detected, null, OccurrencePrecision.KNOWN, detected, detected)))
			.containsExactly("report.occurredTo.notForKnown");
		assertThat(faults(submission(detected, null, OccurrencePrecision.RANGE, detected.minusSeconds(1), null)))
			.containsExactly("report.occurredTo.required");
	}

	@Test
	void refusesTimesThatContradictEachOther() {
		assertThat(faults(submission(NOW.plus(Duration.ofHours(1)), null, null, null, null)))
			.contains("report.detectedAt.future");
		assertThat(faults(submission(NOW.minusSeconds(60), NOW.minusSeconds(7200), null, null, null)))
			.containsExactly("report.receivedAt.beforeDetection");
		assertThat(
				faults(submission(NOW.minusSeconds(60), null, OccurrencePrecision.KNOWN, NOW.minusSeconds(30), null)))
			.containsExactly("report.occurredFrom.afterDetection");
		assertThat(faults(submission(NOW.plusSeconds(60), null, null, null, null))).isEmpty();
	}

	@Test
	void refusesUnknownCategoriesAndAssetsAndEmptyPlaces() {
		ReportSubmission s = new ReportSubmission(NOW, null, null, null, "r", "c", null, null, null, null,
				List.of(new AffectedPlaceInput(UUID.randomUUID(), null), new AffectedPlaceInput(null, " "),
						new AffectedPlaceInput(ASSET, null), new AffectedPlaceInput(ASSET, "again")),
				"NOPE", Channel.OTHER, "s", null);
		assertThatThrownBy(() -> ReportRules.accept(s, NOW, CATEGORIES, ASSETS)).isInstanceOfSatisfying(
				RejectedInputException.class,
				ex -> assertThat(ex.problems()).extracting(FieldProblem::field)
					.containsExactlyInAnyOrder("category", "affectedPlaces[0].assetId", "affectedPlaces[1]",
							"affectedPlaces[3].assetId"));
	}

	static Stream<Long> seeds() {
		return LongStream.range(0, 200).mapToObj(i -> 0x5EED_0000L + i);
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	@DisplayName("DET-3 any ordered set of times is accepted, and swapping a range's ends is refused")
	void acceptsOrderedTimesAndRefusesSwappedRanges(long seed) {
		Random random = new Random(seed);
		Instant received = NOW.minusSeconds(random.nextInt(86_400 * 30));
		Instant detected = received.minusSeconds(random.nextInt(86_400 * 30));
		Instant to = detected.minusSeconds(random.nextInt(86_400 * 30));
		Instant from = to.minusSeconds(1 + random.nextInt(86_400 * 30));
		ReportSubmission ordered = submission(detected, received, OccurrencePrecision.RANGE, from, to);
		ReportSubmission accepted = ReportRules.accept(ordered, NOW, CATEGORIES, ASSETS);
		assertThat(accepted.occurredFrom()).isEqualTo(from);
		assertThat(accepted.receivedAt()).isEqualTo(received);
		assertThat(faults(submission(detected, received, OccurrencePrecision.RANGE, to, from)))
			.containsExactly("report.occurredTo.beforeFrom");
	}

}
