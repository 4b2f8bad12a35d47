package jp.hikeshi.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An open legal obligation of an incident as the home page lists it: {@code due} is the
 * exclusive end (00:00 of the next day), {@code lastDay} the day it falls on, by the end
 * of which the obligation must be met.
 */
public record ComingDeadline(UUID incidentId, ObligationKind kind, Instant warnAt, Instant due, LocalDate lastDay,
		ObligationStatus status) {
}
