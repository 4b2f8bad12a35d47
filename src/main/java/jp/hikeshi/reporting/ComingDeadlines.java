package jp.hikeshi.reporting;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jp.hikeshi.identity.Actor;
import jp.hikeshi.identity.Role;
import jp.hikeshi.reporting.internal.DeadlineQueries;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The legal deadlines coming for the home page (REP-3): the organisation's open
 * obligations, the one due first on top, each with the day it ends on. Only those who may
 * read the deadline board see them.
 */
@Service
@Transactional(readOnly = true)
public class ComingDeadlines {

	private final DeadlineQueries queries;

	private final LegalClock legalClock;

	private final Clock clock;

	ComingDeadlines(DeadlineQueries queries, LegalClock legalClock, Clock clock) {
		this.queries = queries;
		this.legalClock = legalClock;
		this.clock = clock;
	}

	public List<ComingDeadline> first(Actor by, int limit) {
		if (!by.has(Role.ADMIN) && !by.has(Role.HANDLER) && !by.has(Role.MANAGER)) {
			return List.of();
		}
		Instant now = Instant.now(clock);
		return queries.first(by.organisation().value(), limit)
			.stream()
			.map(d -> new ComingDeadline(d.incidentId(), ObligationKind.valueOf(d.kind()), d.warnAt(), d.dueAt(),
					legalClock.lastDay(d.dueAt()), ObligationView.statusAt(true, d.warnAt(), d.dueAt(), null, now)))
			.toList();
	}

}
