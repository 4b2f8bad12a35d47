package jp.hikeshi.incident.internal;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.relational.core.mapping.Table;

/** A report linked to the incident, with its number as people quote it. */
@Table("incident_report")
public record LinkedReport(UUID reportId, String reportNumber, Instant linkedAt) {
}
