package jp.hikeshi.intake;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jp.hikeshi.audit.AuditEvent;
import jp.hikeshi.identity.Actor;
import jp.hikeshi.intake.internal.AlertRules;
import jp.hikeshi.intake.internal.AlertStore;
import jp.hikeshi.intake.internal.IntakeMeters;
import jp.hikeshi.shared.FieldProblem;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Alert intake for monitoring tools (DET-2): checks each alert on its own, stores the
 * valid ones in one transaction and de-duplicates them on (source, sourceRef). A batch
 * that loses a lock race is retried whole, which is safe because storing is idempotent
 * per key.
 */
@Service
public class AlertIntake {

	public static final int MAX_BATCH = 1000;

	private static final Logger log = LoggerFactory.getLogger(AlertIntake.class);

	private static final int ATTEMPTS = 5;

	private final AlertStore store;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final IntakeMeters meters;

	AlertIntake(AlertStore store, ApplicationEventPublisher events, PlatformTransactionManager transactions,
			Clock clock, IntakeMeters meters) {
		this.store = store;
		this.meters = meters;
		this.events = events;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/**
	 * One receipt per submission, in the same order; a rejected one names its faults and
	 * stores nothing.
	 */
	public List<AlertReceipt> receive(Actor tool, List<AlertSubmission> submissions) {
		Instant now = Instant.now(clock);
		List<AlertReceipt> receipts = new ArrayList<>(submissions.size());
		List<AlertSubmission> accepted = new ArrayList<>();
		for (AlertSubmission s : submissions) {
			List<FieldProblem> problems = AlertRules.check(s, now, "");
			receipts.add(problems.isEmpty() ? null : AlertReceipt.rejected(problems));
			accepted.add(problems.isEmpty() ? AlertRules.normalise(s) : null);
		}
		List<AlertSubmission> valid = accepted.stream().filter(a -> a != null).toList();
		if (valid.isEmpty()) {
			return meters.counted(receipts);
		}
		Map<AlertStore.Key, AlertStore.Stored> stored = storeWithRetry(tool, valid, now);
		flagRelated(tool, stored);
		for (int i = 0; i < receipts.size(); i++) {
			if (receipts.get(i) == null) {
				AlertStore.Stored s = stored.get(AlertStore.Key.of(accepted.get(i)));
				receipts.set(i, new AlertReceipt(s.id(), !s.created(), s.seenCount(), List.of()));
			}
		}
		return meters.counted(receipts);
	}

	private Map<AlertStore.Key, AlertStore.Stored> storeWithRetry(Actor tool, List<AlertSubmission> valid,
			Instant now) {
		for (int attempt = 1;; attempt++) {
			try {
				return transaction.execute(status -> {
					Map<AlertStore.Key, AlertStore.Stored> stored = store.record(tool.organisation(), tool.id(), valid,
							now);
					long created = stored.values().stream().filter(AlertStore.Stored::created).count();
					events.publishEvent(AuditEvent.by(tool.organisation(), tool.username(), tool.id())
						.did("ALERTS_RECEIVED")
						.on("ALERT", null)
						.with("count", valid.size())
						.with("created", created)
						.with("repeated", stored.size() - created)
						.summary(valid.size() + " alerts: " + created + " new, " + (stored.size() - created)
								+ " repeated keys")
						.at(now));
					return stored;
				});
			}
			catch (TransientDataAccessException | DuplicateKeyException ex) {
				// Deadlocks, lock time-outs and (on H2) a unique-key race lost inside ON
				// CONFLICT: all transient.
				if (attempt >= ATTEMPTS) {
					throw ex;
				}
			}
			catch (DataIntegrityViolationException ex) {
				if (attempt >= ATTEMPTS || !isUniqueRace(ex)) {
					throw ex;
				}
			}
		}
	}

	/**
	 * Related flags are a hint for the desk: retried on lock conflicts, never a reason to
	 * refuse alerts.
	 */
	private void flagRelated(Actor tool, Map<AlertStore.Key, AlertStore.Stored> stored) {
		List<AlertStore.Stored> created = stored.values().stream().filter(AlertStore.Stored::created).toList();
		for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
			try {
				store.flagRelated(tool.organisation(), created);
				return;
			}
			catch (TransientDataAccessException ex) {
				log.debug("flagging related alerts lost a lock race (attempt {})", attempt, ex);
			}
		}
		log.warn("related flags of {} new alerts not set after {} attempts", created.size(), ATTEMPTS);
	}

	private static boolean isUniqueRace(DataIntegrityViolationException ex) {
		String message = String.valueOf(ex.getMostSpecificCause().getMessage()).toUpperCase();
		return message.contains("UX_ALERT_SOURCE_REF");
	}

}
