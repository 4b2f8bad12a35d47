package jp.hikeshi.review.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jp.hikeshi.review.IncidentReview;
import jp.hikeshi.review.ReviewInput;

/**
 * The review page's form: the texts, and the measures as parallel lists (one entry per
 * row, spare rows empty), so that it posts without JavaScript and comes back as typed
 * when something is refused.
 */
record ReviewForm(String outcome, String rootCause, String wentWell, String wentBadly, List<Row> rows,
		Integer version) {

	static final int SPARE_ROWS = 3;

	/** One row of the measures table as typed. */
	record Row(String id, String text, String owner, String due) {

		boolean blank() {
			return empty(id) && empty(text) && empty(owner) && empty(due);
		}

		ReviewInput.MeasureInput input() {
			return new ReviewInput.MeasureInput(uuid(id), text, uuid(owner), due);
		}
	}

	static ReviewForm of(IncidentReview review) {
		if (review == null) {
			return new ReviewForm(null, null, null, null, spare(new ArrayList<>(), SPARE_ROWS), 0);
		}
		List<Row> rows = new ArrayList<>(review.preventionMeasures()
			.stream()
			.map(m -> new Row(m.id().toString(), m.text(), m.owner().toString(), m.due().toString()))
			.toList());
		return new ReviewForm(review.outcome().name(), review.rootCause(), review.wentWell(), review.wentBadly(),
				spare(rows, SPARE_ROWS), review.revision());
	}

	/**
	 * The form as posted: the filled rows first (their order gives the row numbers of any
	 * fault), then spare ones.
	 */
	static ReviewForm posted(String outcome, String rootCause, String wentWell, String wentBadly, List<String> ids,
			List<String> texts, List<String> owners, List<String> dues, Integer version, int spare) {
		int n = Math.max(Math.max(size(ids), size(texts)), Math.max(size(owners), size(dues)));
		List<Row> rows = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			Row row = new Row(at(ids, i), at(texts, i), at(owners, i), at(dues, i));
			if (!row.blank()) {
				rows.add(row);
			}
		}
		return new ReviewForm(outcome, rootCause, wentWell, wentBadly, spare(rows, spare), version);
	}

	ReviewInput input() {
		return new ReviewInput(outcome, rootCause, wentWell, wentBadly,
				rows.stream().filter(r -> !r.blank()).map(Row::input).toList(), version);
	}

	private static List<Row> spare(List<Row> rows, int count) {
		for (int i = 0; i < count; i++) {
			rows.add(new Row(null, null, null, null));
		}
		return rows;
	}

	private static int size(List<String> list) {
		return list == null ? 0 : list.size();
	}

	private static String at(List<String> list, int i) {
		return list == null || i >= list.size() ? null : list.get(i);
	}

	private static boolean empty(String value) {
		return value == null || value.isBlank();
	}

	/**
	 * A malformed id is kept as an unknown one, so the review refuses it naming the field
	 * instead of failing.
	 */
	private static UUID uuid(String value) {
		if (empty(value)) {
			return null;
		}
		try {
			return UUID.fromString(value.strip());
		}
		catch (IllegalArgumentException ex) {
			return new UUID(0, 0);
		}
	}
}
