package jp.hikeshi.incident.internal;

import java.util.UUID;

import org.springframework.data.relational.core.mapping.Table;

/** A person handling the incident, with the name they had when assigned. */
@Table("incident_handler")
public record Handler(UUID userId, String name) {
}
