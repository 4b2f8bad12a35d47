package jp.hikeshi.audit.internal;

import java.time.Clock;
import java.time.Instant;

import jp.hikeshi.audit.AuditEvent;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Appends each published audit event to the chain once the write it describes has committed. */
@Component
class AuditRecorder {

	private final AuditChain chain;
	private final Clock clock;

	AuditRecorder(AuditChain chain, Clock clock) {
		this.chain = chain;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(AuditEvent event) {
		chain.append(event, Instant.now(clock));
	}

	/** Entries from before the chain existed are chained once, at start. */
	@EventListener(ApplicationReadyEvent.class)
	@Transactional
	void sealOlderEntries() {
		chain.sealUnchained();
	}
}
