package jp.hikeshi.triage.internal;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import jp.hikeshi.shared.AfterCommit;
import jp.hikeshi.triage.TriageDecided;
import jp.hikeshi.triage.TriageOutcome;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Triage decisions ({@code hikeshi.triage.decided}) by outcome, counted once the decision
 * committed; revisions too.
 */
@Component
class TriageMeters {

	private final Map<TriageOutcome, Counter> decided = new EnumMap<>(TriageOutcome.class);

	TriageMeters(MeterRegistry registry) {
		for (TriageOutcome outcome : TriageOutcome.values()) {
			decided.put(outcome,
					Counter.builder("hikeshi.triage.decided")
						.description("Triage decisions on reports, revisions included")
						.tag("outcome", outcome.name().toLowerCase(Locale.ROOT))
						.register(registry));
		}
	}

	@EventListener
	void on(TriageDecided decision) {
		AfterCommit.run(decided.get(decision.outcome())::increment);
	}

}
