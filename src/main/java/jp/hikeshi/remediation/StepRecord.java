package jp.hikeshi.remediation;

import java.time.Instant;
import java.util.UUID;

/**
 * One step of a containment action or a recovery item: what was reached, when, by whom,
 * with an optional note and result.
 */
public record StepRecord(String step, VerificationResult result, Instant at, UUID byId, String byName, String note) {
}
