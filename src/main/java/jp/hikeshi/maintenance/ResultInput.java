package jp.hikeshi.maintenance;

import java.util.UUID;

/** One criterion's result in a check run: the outcome, the measured value and a note. */
public record ResultInput(UUID criterionId, Outcome outcome, String value, String note) {
}
