package jp.hikeshi.audit;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

import jp.hikeshi.shared.RejectedInputException;

/**
 * A position in the trail, newest first: the time and id of an entry. Written
 * {@code <epoch microseconds>-<id>} in links; an ISO instant alone
 * ({@code 2026-12-01T00:00:00Z}) means "just after every entry of that instant".
 */
public record AuditCursor(Instant at, long id) {

	public static AuditCursor parse(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			int dash = text.lastIndexOf('-');
			if (dash > 0 && text.chars().allMatch(c -> c == '-' || Character.isDigit(c))) {
				long micros = Long.parseLong(text.substring(0, dash));
				return new AuditCursor(Instant.EPOCH.plus(micros, ChronoUnit.MICROS),
						Long.parseLong(text.substring(dash + 1)));
			}
			return new AuditCursor(Instant.parse(text), Long.MAX_VALUE);
		}
		catch (NumberFormatException | DateTimeParseException bad) {
			throw new RejectedInputException("before", "audit.cursor.invalid");
		}
	}

	@Override
	public String toString() {
		return ChronoUnit.MICROS.between(Instant.EPOCH, at) + "-" + id;
	}
}
