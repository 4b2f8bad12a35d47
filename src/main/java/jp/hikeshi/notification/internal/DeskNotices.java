package jp.hikeshi.notification.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jp.hikeshi.intake.Channel;
import jp.hikeshi.intake.ReportDesk;
import jp.hikeshi.intake.ReportFiled;
import jp.hikeshi.intake.ReportView;
import jp.hikeshi.maintenance.AnomalyFound;
import jp.hikeshi.notification.NotificationKind;
import jp.hikeshi.shared.NotFoundException;
import jp.hikeshi.shared.OrganisationId;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the desk (窓口) of a new report (DET-1) and of an anomaly found by a maintenance
 * check (DET-2).
 */
@Component
class DeskNotices {

	private final ReportDesk reports;

	private final Recipients recipients;

	private final Notifier notifier;

	DeskNotices(ReportDesk reports, Recipients recipients, Notifier notifier) {
		this.reports = reports;
		this.recipients = recipients;
		this.notifier = notifier;
	}

	@ApplicationModuleListener
	void on(ReportFiled filed) {
		Optional<ReportView> report = report(filed.organisation(), filed.reportId());
		if (report.map(r -> r.channel() == Channel.VENDOR_MAINTENANCE).orElse(false)) {
			// the anomaly's own notice says more
			return;
		}
		tell(filed.organisation(), NotificationKind.REPORT_FILED, filed.reportId(), filed.number(), report);
	}

	@ApplicationModuleListener
	void on(AnomalyFound found) {
		Optional<ReportView> report = report(found.organisation(), found.reportId());
		tell(found.organisation(), NotificationKind.ANOMALY_FOUND, found.reportId(),
				report.map(ReportView::number).orElse(""), report);
	}

	private void tell(OrganisationId organisation, NotificationKind kind, UUID reportId, String number,
			Optional<ReportView> report) {
		Map<String, String> params = new LinkedHashMap<>();
		params.put("number", number);
		params.put("summary", report.map(ReportView::summary).orElse(""));
		notifier.tell(
				new Notifier.Notice(organisation, kind, params, "/reports/" + reportId,
						"desk:" + kind.name().toLowerCase(java.util.Locale.ROOT) + ":" + reportId),
				recipients.desk(organisation));
	}

	private Optional<ReportView> report(OrganisationId organisation, UUID id) {
		try {
			return Optional.of(reports.get(Recipients.system(organisation), id));
		}
		catch (NotFoundException gone) {
			return Optional.empty();
		}
	}

}
