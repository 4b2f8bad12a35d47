package jp.hikeshi.incident;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jp.hikeshi.audit.AuditEvent;
import jp.hikeshi.identity.Actor;
import jp.hikeshi.identity.Role;
import jp.hikeshi.incident.internal.PriorityRecords;
import jp.hikeshi.shared.OrganisationId;
import jp.hikeshi.shared.RejectedInputException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisation's priority matrices and the scheme its forms offer (TRI-2). Both
 * schemes stay usable: a severity code names its scheme, so an incident ranked on damage
 * levels keeps its rank after a switch.
 */
@Service
@Transactional(readOnly = true)
public class PriorityRules {

	private final PriorityRecords records;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	PriorityRules(PriorityRecords records, ApplicationEventPublisher events, Clock clock) {
		this.records = records;
		this.events = events;
		this.clock = clock;
	}

	/** The scheme the organisation ranks with by default. */
	public PriorityScheme scheme(OrganisationId organisation) {
		return records.scheme(organisation).orElse(PriorityScheme.SEVERITY_4X4);
	}

	/**
	 * The organisation's cells for the scheme, or the shipped defaults where it has none.
	 */
	public PriorityMatrix matrix(OrganisationId organisation, PriorityScheme scheme) {
		List<PriorityMatrix.Cell> cells = records.cells(organisation, scheme);
		return cells.isEmpty() ? PriorityMatrix.defaults(scheme) : PriorityMatrix.of(scheme, cells);
	}

	/** The priority of urgency × severity, the severity being a code of either scheme. */
	public Priority rank(OrganisationId organisation, Urgency urgency, String severity) {
		PriorityScheme scheme = PriorityScheme.ofSeverity(severity)
			.orElseThrow(() -> new RejectedInputException("severity", "priority.severity.unknown",
					String.valueOf(severity)));
		if (urgency == null) {
			throw new RejectedInputException("urgency", "incident.urgency.required");
		}
		return matrix(organisation, scheme).priorityOf(urgency, severity);
	}

	/**
	 * Chooses the default scheme and, when cells are given, replaces that scheme's matrix
	 * (administrators only).
	 */
	@Transactional
	public PriorityMatrix configure(Actor by, PriorityScheme scheme, List<PriorityMatrix.Cell> cells) {
		if (!by.has(Role.ADMIN)) {
			throw new AccessDeniedException("only administrators configure the priority matrix");
		}
		if (scheme == null) {
			throw new RejectedInputException("scheme", "priority.scheme.required");
		}
		PriorityMatrix matrix = cells == null || cells.isEmpty() ? matrix(by.organisation(), scheme)
				: PriorityMatrix.of(scheme, cells);
		records.store(by.organisation(), scheme, matrix);
		events.publishEvent(AuditEvent.by(by)
			.did("PRIORITY_MATRIX_CONFIGURED")
			.on("PRIORITY_MATRIX", scheme.name())
			.with("cells", matrix.cellList().size())
			.summary(matrix.cellList().toString())
			.at(Instant.now(clock)));
		return matrix;
	}

}
