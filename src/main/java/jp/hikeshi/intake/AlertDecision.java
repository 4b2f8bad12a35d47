package jp.hikeshi.intake;

import java.util.List;
import java.util.UUID;

/** The outcome of a promote or dismiss over one or more alerts: the report made, if any, and the alerts moved. */
public record AlertDecision(UUID reportId, String reportNumber, List<UUID> alertIds) {
}
