package jp.hikeshi.incident;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jp.hikeshi.audit.AuditEvent;
import jp.hikeshi.identity.Actor;
import jp.hikeshi.identity.Role;
import jp.hikeshi.shared.OrganisationId;
import jp.hikeshi.shared.RejectedInputException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisation's priority matrices and the scheme its forms offer (TRI-2). Both schemes stay usable: a
 * severity code names its scheme, so an incident ranked on damage levels keeps its rank after a switch.
 */
@Service
@Transactional(readOnly = true)
public class PriorityRules {

	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	PriorityRules(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/** The scheme the organisation ranks with by default. */
	public PriorityScheme scheme(OrganisationId organisation) {
		return jdbc.sql("SELECT scheme FROM priority_setting WHERE organisation_id = ?")
			.param(organisation.value())
			.query(String.class)
			.optional()
			.map(PriorityScheme::valueOf)
			.orElse(PriorityScheme.SEVERITY_4X4);
	}

	/** The organisation's cells for the scheme, or the shipped defaults where it has none. */
	public PriorityMatrix matrix(OrganisationId organisation, PriorityScheme scheme) {
		List<PriorityMatrix.Cell> cells = jdbc.sql("SELECT severity, urgency, priority FROM priority_cell WHERE organisation_id = ? AND scheme = ?")
			.params(organisation.value(), scheme.name())
			.query((rs, n) -> new PriorityMatrix.Cell(rs.getString("severity"), Urgency.valueOf(rs.getString("urgency")),
					rs.getInt("priority")))
			.list();
		return cells.isEmpty() ? PriorityMatrix.defaults(scheme) : PriorityMatrix.of(scheme, cells);
	}

	/** The priority of urgency × severity, the severity being a code of either scheme. */
	public Priority rank(OrganisationId organisation, Urgency urgency, String severity) {
		PriorityScheme scheme = PriorityScheme.ofSeverity(severity)
			.orElseThrow(() -> new RejectedInputException("severity", "priority.severity.unknown", String.valueOf(severity)));
		if (urgency == null) {
			throw new RejectedInputException("urgency", "incident.urgency.required");
		}
		return matrix(organisation, scheme).priorityOf(urgency, severity);
	}

	/** Chooses the default scheme and, when cells are given, replaces that scheme's matrix (administrators only). */
	@Transactional
	public PriorityMatrix configure(Actor by, PriorityScheme scheme, List<PriorityMatrix.Cell> cells) {
		if (!by.has(Role.ADMIN)) {
			throw new AccessDeniedException("only administrators configure the priority matrix");
		}
		if (scheme == null) {
			throw new RejectedInputException("scheme", "priority.scheme.required");
		}
		PriorityMatrix matrix = cells == null || cells.isEmpty() ? matrix(by.organisation(), scheme) : PriorityMatrix.of(scheme, cells);
		int updated = jdbc.sql("UPDATE priority_setting SET scheme = ?, version = version + 1 WHERE organisation_id = ?")
			.params(scheme.name(), by.organisation().value())
			.update();
		if (updated == 0) {
			jdbc.sql("INSERT INTO priority_setting (organisation_id, scheme, version) VALUES (?, ?, 0)")
				.params(by.organisation().value(), scheme.name())
				.update();
		}
		jdbc.sql("DELETE FROM priority_cell WHERE organisation_id = ? AND scheme = ?")
			.params(by.organisation().value(), scheme.name())
			.update();
		for (PriorityMatrix.Cell cell : matrix.cellList()) {
			jdbc.sql("INSERT INTO priority_cell (organisation_id, scheme, severity, urgency, priority) VALUES (?, ?, ?, ?, ?)")
				.params(by.organisation().value(), scheme.name(), cell.severity(), cell.urgency().name(), cell.priority())
				.update();
		}
		events.publishEvent(AuditEvent.by(by.organisation(), by.username(), by.id())
			.did("PRIORITY_MATRIX_CONFIGURED")
			.on("PRIORITY_MATRIX", scheme.name())
			.with("cells", matrix.cellList().size())
			.summary(matrix.cellList().toString())
			.at(Instant.now(clock)));
		return matrix;
	}
}
