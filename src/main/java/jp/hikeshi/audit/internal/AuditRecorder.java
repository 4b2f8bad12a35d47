package jp.hikeshi.audit.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;

import jp.hikeshi.audit.AuditEvent;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes each published audit event into the queue inside the publisher's transaction (so
 * an entry exists exactly when its write committed), and chains the queue in batches on a
 * background thread: {@link #GATHER} after a commit that queued something, and every
 * second for entries queued by other instances or left by a crash.
 */
@Component
class AuditRecorder {

	private static final Logger log = LoggerFactory.getLogger(AuditRecorder.class);

	private static final int BATCH = 500;

	/**
	 * How long a nudge waits before sealing, so that the commits of that moment are
	 * chained in one transaction: sealing right after each commit chained about three
	 * entries per transaction under busy filing on PostgreSQL (46,311 head moves for
	 * 144,233 entries in one benchmark run), each with its own head lock, queue scan and
	 * WAL flush. Queued entries are already durable; only the chain lags, by this much.
	 */
	static final Duration GATHER = Duration.ofMillis(50);

	private final AuditChain chain;

	private final Clock clock;

	private final TransactionTemplate transaction;

	private final AtomicBoolean nudged = new AtomicBoolean();

	private final ScheduledExecutorService sealer = Executors.newSingleThreadScheduledExecutor(r -> {
		Thread t = new Thread(r, "audit-sealer");
		t.setDaemon(true);
		return t;
	});

	private final JdbcClient jdbc;

	private final tools.jackson.databind.ObjectMapper serializer;

	/**
	 * Entries chained per sealing transaction (meter {@code hikeshi.audit.chained}; its
	 * count is the transactions).
	 */
	private final DistributionSummary chained;

	AuditRecorder(AuditChain chain, Clock clock, PlatformTransactionManager transactions, JdbcClient jdbc,
			tools.jackson.databind.ObjectMapper serializer, MeterRegistry meters) {
		this.chained = DistributionSummary.builder("hikeshi.audit.chained")
			.description("Audit entries moved from the queue into the hash chain per sealing transaction")
			.baseUnit("entries")
			.register(meters);
		this.chain = chain;
		this.jdbc = jdbc;
		this.serializer = serializer;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
	}

	@EventListener
	void on(AuditEvent event) {
		chain.enqueue(event, Instant.now(clock));
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					nudge();
				}
			});
		}
		else {
			nudge();
		}
	}

	/**
	 * Entries from before the chain existed are chained once, at start; then the sealer
	 * starts.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void start() {
		transaction.executeWithoutResult(s -> chain.sealUnchained());
		queueOutstandingPublications();
		sealer.scheduleWithFixedDelay(this::sealAll, 0, 1, TimeUnit.SECONDS);
	}

	/**
	 * Audit events that the earlier asynchronous listener had not recorded when the
	 * process stopped are still in the event publication registry; they are queued like
	 * new ones (each with its publication removed in the same transaction), so upgrading
	 * loses none.
	 */
	void queueOutstandingPublications() {
		List<Object[]> outstanding = jdbc
			.sql("SELECT id, serialized_event, publication_date FROM event_publication "
					+ "WHERE event_type = ? AND completion_date IS NULL")
			.param(AuditEvent.class.getName())
			.query((rs,
					n) -> new Object[] { rs.getObject(1), rs.getString(2),
							rs.getObject(3, java.time.OffsetDateTime.class).toInstant() })
			.list();
		for (Object[] row : outstanding) {
			try {
				AuditEvent event = serializer.readValue((String) row[1], AuditEvent.class);
				transaction.executeWithoutResult(s -> {
					if (jdbc.sql("DELETE FROM event_publication WHERE id = ?").param(row[0]).update() == 1) {
						chain.enqueue(event, (Instant) row[2]);
					}
				});
			}
			catch (RuntimeException ex) {
				log.warn("audit event publication {} could not be queued: {}", row[0], ex.getMessage());
			}
		}
	}

	@EventListener(ContextClosedEvent.class)
	void stop() {
		sealer.shutdown();
		try {
			sealer.awaitTermination(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private void nudge() {
		if (nudged.compareAndSet(false, true) && !sealer.isShutdown()) {
			try {
				sealer.schedule(this::sealNudged, GATHER.toMillis(), TimeUnit.MILLISECONDS);
			}
			catch (java.util.concurrent.RejectedExecutionException closing) {
				nudged.set(false);
			}
		}
	}

	/**
	 * The nudged run: clears the flag first, so a commit during this run schedules the
	 * next one. Only this run clears it; if the periodic run did too, every second would
	 * add one more pending run and the gathering would shrink.
	 */
	private void sealNudged() {
		nudged.set(false);
		sealAll();
	}

	/**
	 * Chains everything queued, a batch per transaction; a failure is logged and retried
	 * on the next tick.
	 */
	void sealAll() {
		try {
			Integer sealed;
			do {
				sealed = transaction.execute(s -> chain.sealPending(BATCH));
				if (sealed != null && sealed > 0) {
					chained.record(sealed);
				}
			}
			while (sealed != null && sealed == BATCH);
		}
		catch (RuntimeException ex) {
			log.warn("audit entries not chained yet, will retry: {}", ex.getMessage());
		}
	}

}
