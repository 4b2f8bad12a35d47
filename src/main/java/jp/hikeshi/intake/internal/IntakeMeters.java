package jp.hikeshi.intake.internal;

import java.util.List;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import jp.hikeshi.intake.AlertReceipt;
import jp.hikeshi.intake.ReportFiled;
import jp.hikeshi.shared.AfterCommit;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The intake desk's meters: reports filed ({@code hikeshi.reports.filed}) and alerts
 * received ({@code hikeshi.alerts.received}, by outcome: new, repeated, rejected),
 * counted once their transaction committed.
 */
@Component
public class IntakeMeters {

	private final Counter filed;

	private final Counter alertsNew;

	private final Counter alertsRepeated;

	private final Counter alertsRejected;

	IntakeMeters(MeterRegistry registry) {
		this.filed = Counter.builder("hikeshi.reports.filed")
			.description("Reports recorded at the intake desk")
			.register(registry);
		this.alertsNew = alerts(registry, "new");
		this.alertsRepeated = alerts(registry, "repeated");
		this.alertsRejected = alerts(registry, "rejected");
	}

	private static Counter alerts(MeterRegistry registry, String outcome) {
		return Counter.builder("hikeshi.alerts.received")
			.description(
					"Alerts submitted by tools: new, repeated (same key, counted on the existing alert) or rejected")
			.tag("outcome", outcome)
			.register(registry);
	}

	@EventListener
	void on(ReportFiled report) {
		AfterCommit.run(filed::increment);
	}

	/** Counts the receipts of one submission (already committed) and hands them back. */
	public List<AlertReceipt> counted(List<AlertReceipt> receipts) {
		for (AlertReceipt receipt : receipts) {
			(!receipt.accepted() ? alertsRejected : receipt.duplicate() ? alertsRepeated : alertsNew).increment();
		}
		return receipts;
	}

}
