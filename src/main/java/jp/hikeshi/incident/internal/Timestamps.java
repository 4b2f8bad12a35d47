package jp.hikeshi.incident.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.function.BiConsumer;

/**
 * The timestamps of reference.md that every incident keeps for metrics and legal clocks
 * (embedded in the row).
 */
public class Timestamps {

	Instant occurredFrom;

	Instant occurredTo;

	Instant detectedAt;

	Instant receivedAt;

	Instant acknowledgedAt;

	Instant containedAt;

	Instant recoveredAt;

	Instant closedAt;

	Instant becameAwareAt;

	public Timestamps() {
	}

	/**
	 * The times a caller may set; acknowledged and closed follow from decisions and state
	 * changes.
	 */
	public static Timestamps given(Instant occurredFrom, Instant occurredTo, Instant detectedAt, Instant receivedAt,
			Instant containedAt, Instant recoveredAt, Instant becameAwareAt) {
		Timestamps t = new Timestamps();
		t.occurredFrom = micros(occurredFrom);
		t.occurredTo = micros(occurredTo);
		t.detectedAt = micros(detectedAt);
		t.receivedAt = micros(receivedAt);
		t.containedAt = micros(containedAt);
		t.recoveredAt = micros(recoveredAt);
		t.becameAwareAt = micros(becameAwareAt);
		return t;
	}

	/**
	 * Both databases keep microseconds: an instant is cut to them before it is stored or
	 * compared.
	 */
	static Instant micros(Instant instant) {
		return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS);
	}

	void merge(Timestamps given, BiConsumer<String, Instant> changed) {
		occurredFrom = pick("occurredFrom", occurredFrom, given.occurredFrom, changed);
		occurredTo = pick("occurredTo", occurredTo, given.occurredTo, changed);
		detectedAt = pick("detectedAt", detectedAt, given.detectedAt, changed);
		receivedAt = pick("receivedAt", receivedAt, given.receivedAt, changed);
		containedAt = pick("containedAt", containedAt, given.containedAt, changed);
		recoveredAt = pick("recoveredAt", recoveredAt, given.recoveredAt, changed);
		becameAwareAt = pick("becameAwareAt", becameAwareAt, given.becameAwareAt, changed);
	}

	private static Instant pick(String name, Instant current, Instant given, BiConsumer<String, Instant> changed) {
		if (given == null || Objects.equals(current, given)) {
			return current;
		}
		changed.accept(name, given);
		return given;
	}

	public Instant occurredFrom() {
		return occurredFrom;
	}

	public Instant occurredTo() {
		return occurredTo;
	}

	public Instant detectedAt() {
		return detectedAt;
	}

	public Instant receivedAt() {
		return receivedAt;
	}

	public Instant acknowledgedAt() {
		return acknowledgedAt;
	}

	public Instant containedAt() {
		return containedAt;
	}

	public Instant recoveredAt() {
		return recoveredAt;
	}

	public Instant closedAt() {
		return closedAt;
	}

	public Instant becameAwareAt() {
		return becameAwareAt;
	}

}
