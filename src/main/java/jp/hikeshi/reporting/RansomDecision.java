package jp.hikeshi.reporting;

import java.time.Instant;
import java.util.UUID;

/**
 * REP-5: the recorded confirmation that no ransom is paid and nobody negotiates with the
 * attacker.
 */
public record RansomDecision(UUID incidentId, String confirmedBy, Instant confirmedAt, String note) {
}
