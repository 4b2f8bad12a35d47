package jp.hikeshi.intake;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jp.hikeshi.audit.AuditEvent;
import jp.hikeshi.directory.AssetCatalog;
import jp.hikeshi.directory.AssetView;
import jp.hikeshi.directory.Categories;
import jp.hikeshi.directory.Category;
import jp.hikeshi.identity.Actor;
import jp.hikeshi.intake.internal.Report;
import jp.hikeshi.intake.internal.ReportQueries;
import jp.hikeshi.intake.internal.ReportRecords;
import jp.hikeshi.intake.internal.ReportRules;
import jp.hikeshi.intake.internal.Reports;
import jp.hikeshi.shared.DisplayZone;
import jp.hikeshi.shared.NotFoundException;
import jp.hikeshi.shared.PageOf;
import jp.hikeshi.shared.PageRequest;
import jp.hikeshi.shared.numbering.HumanNumbers;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The intake desk: files reports (DET-2, DET-3) and shows them to those allowed to see
 * them. Handlers, managers and administrators see every report of their organisation;
 * others see the ones they filed.
 */
@Service
public class ReportDesk {

	private final Reports reports;

	private final ReportQueries queries;

	private final Categories categories;

	private final AssetCatalog assets;

	private final HumanNumbers numbers;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	private final DisplayZone zone;

	private final Clock clock;

	private final ReportRecords records;

	ReportDesk(ReportRecords records, Reports reports, ReportQueries queries, Categories categories,
			AssetCatalog assets, HumanNumbers numbers, ApplicationEventPublisher events,
			PlatformTransactionManager transactions, DisplayZone zone, Clock clock) {
		this.records = records;
		this.reports = reports;
		this.queries = queries;
		this.categories = categories;
		this.assets = assets;
		this.numbers = numbers;
		this.events = events;
		this.transaction = new TransactionTemplate(transactions);
		this.zone = zone;
		this.clock = clock;
	}

	public ReportView file(Actor receiver, ReportSubmission submission) {
		return file(receiver, submission, false);
	}

	/**
	 * Files a report; {@code needsReview} flags one the system could not read completely
	 * (e.g. a malformed mail) for a person to look at. Joins the caller's transaction
	 * when there is one.
	 */
	public ReportView file(Actor receiver, ReportSubmission submission, boolean needsReview) {
		Instant now = Instant.now(clock);
		Set<String> active = categories.active(receiver.organisation())
			.stream()
			.map(Category::code)
			.collect(Collectors.toSet());
		Set<UUID> assetIds = new HashSet<>();
		submission.affectedPlaces()
			.stream()
			.filter(p -> p != null && p.assetId() != null)
			.forEach(p -> assetIds.add(p.assetId()));
		Map<UUID, AssetView> known = assets.findAll(receiver.organisation(), assetIds);
		ReportSubmission accepted = ReportRules.accept(submission, now, active, known);
		Report report = transaction.execute(status -> {
			String number = numbers.next(receiver.organisation(), "R", accepted.receivedAt());
			Report saved = records.insertNew(Report.receive(number, accepted, receiver, now, needsReview));
			events.publishEvent(new ReportFiled(saved.organisation(), saved.id(), saved.number(), saved.category()));
			events.publishEvent(AuditEvent.by(saved.organisation(), receiver.username(), receiver.id())
				.did("REPORT_FILED")
				.on("REPORT", saved.id())
				.with("number", saved.number())
				.with("summary", accepted.summary())
				.summary(saved.number() + " " + accepted.summary())
				.at(now));
			return saved;
		});
		return report.view(known);
	}

	public ReportView get(Actor actor, UUID id) {
		Report report = reports.findById(id)
			.filter(r -> r.organisation().equals(actor.organisation()))
			.filter(r -> actor.seesWholeOrganisation() || r.receivedBy().equals(actor.id()))
			.orElseThrow(() -> new NotFoundException("report", id));
		return report.view(assets.findAll(actor.organisation(), report.assetIds()));
	}

	/**
	 * Records the outcome of triage on the report, inside the caller's transaction
	 * (TRI-2).
	 */
	public ReportView recordTriage(Actor by, UUID id, ReportStatus outcome) {
		return transaction.execute(status -> {
			Report report = reports.findById(id)
				.filter(r -> r.organisation().equals(by.organisation()))
				.orElseThrow(() -> new NotFoundException("report", id));
			ReportStatus before = report.status();
			report.recordTriage(outcome);
			if (before != report.status()) {
				reports.save(report);
				records.recount(report, before);
				events.publishEvent(AuditEvent.by(report.organisation(), by.username(), by.id())
					.did("REPORT_TRIAGED")
					.on("REPORT", report.id())
					.with("number", report.number())
					.summary(report.number() + " " + before + " → " + report.status())
					.at(Instant.now(clock)));
			}
			return report.view(assets.findAll(by.organisation(), report.assetIds()));
		});
	}

	/**
	 * Clears the review flag once a person has looked at the report (handlers and
	 * administrators).
	 */
	public ReportView markReviewed(Actor by, UUID id) {
		if (!by.has(jp.hikeshi.identity.Role.ADMIN) && !by.has(jp.hikeshi.identity.Role.HANDLER)) {
			throw new org.springframework.security.access.AccessDeniedException(
					"reports are reviewed by handlers and administrators");
		}
		return transaction.execute(status -> {
			Report report = reports.findById(id)
				.filter(r -> r.organisation().equals(by.organisation()))
				.orElseThrow(() -> new NotFoundException("report", id));
			if (report.markReviewed()) {
				reports.save(report);
				events.publishEvent(AuditEvent.by(report.organisation(), by.username(), by.id())
					.did("REPORT_REVIEWED")
					.on("REPORT", report.id())
					.with("number", report.number())
					.summary(report.number())
					.at(Instant.now(clock)));
			}
			return report.view(assets.findAll(by.organisation(), report.assetIds()));
		});
	}

	public PageOf<ReportSummary> list(Actor actor, ReportFilter filter, PageRequest page) {
		return queries.page(actor, filter, page, zone.zone());
	}

}
