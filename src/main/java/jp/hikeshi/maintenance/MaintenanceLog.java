package jp.hikeshi.maintenance;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jp.hikeshi.audit.AuditEvent;
import jp.hikeshi.directory.AssetCatalog;
import jp.hikeshi.directory.AssetView;
import jp.hikeshi.identity.Actor;
import jp.hikeshi.intake.AffectedPlaceInput;
import jp.hikeshi.intake.Channel;
import jp.hikeshi.intake.ReportDesk;
import jp.hikeshi.intake.ReportSubmission;
import jp.hikeshi.intake.ReportView;
import jp.hikeshi.maintenance.internal.AnomalyCriterion;
import jp.hikeshi.maintenance.internal.CheckSchedule;
import jp.hikeshi.maintenance.internal.MaintenanceAudit;
import jp.hikeshi.maintenance.internal.Criteria;
import jp.hikeshi.maintenance.internal.MaintenanceCheck;
import jp.hikeshi.maintenance.internal.MaintenanceChecks;
import jp.hikeshi.maintenance.internal.MaintenanceQueries;
import jp.hikeshi.shared.DisplayZone;
import jp.hikeshi.shared.FieldProblem;
import jp.hikeshi.shared.NotFoundException;
import jp.hikeshi.shared.PageOf;
import jp.hikeshi.shared.PageRequest;
import jp.hikeshi.shared.RejectedInputException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The maintenance log (DET-1): check runs recorded by vendors against the criteria fixed
 * in advance ({@link MaintenanceCriteria}), overdue checks and the history per asset.
 * Each anomaly result files exactly one report at the desk (channel VENDOR_MAINTENANCE,
 * reported by the vendor, the asset as affected place) in the same transaction.
 */
@Service
@Transactional
public class MaintenanceLog {

	public static final int MAX_RESULTS = 100;

	private static final DateTimeFormatter JA_DAY = DateTimeFormatter.ofPattern("uuuu年M月d日", Locale.JAPANESE);

	private static final DateTimeFormatter EN_DAY = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);

	private final Criteria criteria;

	private final MaintenanceChecks checks;

	private final MaintenanceQueries queries;

	private final AssetCatalog assets;

	private final ReportDesk desk;

	private final MessageSource messages;

	private final ApplicationEventPublisher events;

	private final DisplayZone zone;

	private final Clock clock;

	MaintenanceLog(Criteria criteria, MaintenanceChecks checks, MaintenanceQueries queries, AssetCatalog assets,
			ReportDesk desk, MessageSource messages, ApplicationEventPublisher events, DisplayZone zone, Clock clock) {
		this.criteria = criteria;
		this.checks = checks;
		this.queries = queries;
		this.assets = assets;
		this.desk = desk;
		this.messages = messages;
		this.events = events;
		this.zone = zone;
		this.clock = clock;
	}

	public CheckView record(Actor vendor, CheckRun run) {
		List<FieldProblem> problems = new ArrayList<>();
		AssetView asset = run.assetId() == null ? null : assets.find(vendor.organisation(), run.assetId()).orElse(null);
		if (asset == null || asset.retired()) {
			problems.add(new FieldProblem("assetId", "maintenance.asset.unknown", run.assetId()));
		}
		LocalDate today = LocalDate.now(clock.withZone(zone.zone()));
		if (run.checkedOn() == null) {
			problems.add(new FieldProblem("checkedOn", "maintenance.checkedOn.required"));
		}
		else if (run.checkedOn().isAfter(today)) {
			problems.add(new FieldProblem("checkedOn", "maintenance.checkedOn.future"));
		}
		text(problems, "note", run.note(), 2000);
		Map<UUID, AnomalyCriterion> known = criteria
			.findAllById(run.results()
				.stream()
				.filter(r -> r != null && r.criterionId() != null)
				.map(ResultInput::criterionId)
				.collect(Collectors.toSet()))
			.stream()
			.filter(c -> c.organisation().equals(vendor.organisation()) && c.active())
			.collect(Collectors.toMap(AnomalyCriterion::id, Function.identity()));
		checkResults(problems, vendor, asset, run.results(), known);
		if (!problems.isEmpty()) {
			throw new RejectedInputException(problems);
		}
		Instant now = now();
		MaintenanceCheck check = MaintenanceCheck.record(vendor, asset.id(), run.checkedOn(), blank(run.note()), now);
		for (ResultInput r : run.results()) {
			AnomalyCriterion criterion = known.get(r.criterionId());
			ReportView report = r.outcome() == Outcome.ANOMALY
					? fileAnomaly(vendor, check.id(), asset, criterion, run, r, now) : null;
			check.addResult(criterion, r.outcome(), blank(r.value()), blank(r.note()),
					report == null ? null : report.id(), report == null ? null : report.number());
		}
		checks.save(check);
		events.publishEvent(AuditEvent.by(vendor.organisation(), vendor.username(), vendor.id())
			.did("MAINTENANCE_CHECK_RECORDED")
			.on("MAINTENANCE_CHECK", check.id())
			.with("asset", cut(asset.name(), 200))
			.with("day", JA_DAY.format(run.checkedOn()))
			.with("day_en", EN_DAY.format(run.checkedOn()))
			.summary(cut(asset.name() + " " + run.checkedOn(), 500))
			.at(now()));
		return check.view(asset.name());
	}

	@Transactional(readOnly = true)
	public CheckView check(Actor actor, UUID id) {
		MaintenanceCheck check = checks.findById(id)
			.filter(c -> c.organisation().equals(actor.organisation()))
			// a vendor reads the runs it recorded, not those of another vendor
			.filter(c -> actor.seesWholeOrganisation() || c.recordedBy().equals(actor.id()))
			.orElseThrow(() -> new NotFoundException("check", id));
		return check.view(assetName(actor, check.assetId()));
	}

	/** An asset's check runs, latest first. */
	@Transactional(readOnly = true)
	public PageOf<CheckView> history(Actor actor, UUID assetId, PageRequest page) {
		AssetView asset = assets.find(actor.organisation(), assetId)
			.orElseThrow(() -> new NotFoundException("asset", assetId));
		List<UUID> ids = queries.historyPage(actor.organisation(), assetId, page);
		Map<UUID, MaintenanceCheck> loaded = checks.findAllById(ids)
			.stream()
			.collect(Collectors.toMap(MaintenanceCheck::id, Function.identity()));
		List<CheckView> items = ids.stream().map(id -> loaded.get(id).view(asset.name())).toList();
		return new PageOf<>(items, page.page(), page.size(), queries.historyCount(actor.organisation(), assetId));
	}

	/**
	 * Every active criterion on every in-service asset it applies to whose check fell due
	 * before today.
	 */
	@Transactional(readOnly = true)
	public List<OverdueCheck> overdue(Actor actor) {
		LocalDate today = LocalDate.now(clock.withZone(zone.zone()));
		Map<MaintenanceQueries.Target, LocalDate> last = queries.lastChecked(actor.organisation());
		List<AssetView> inService = assets.inService(actor.organisation());
		List<OverdueCheck> overdue = new ArrayList<>();
		for (AnomalyCriterion c : criteria.active(actor.organisation().value())) {
			LocalDate defined = c.createdAt().atZone(zone.zone()).toLocalDate();
			for (AssetView asset : inService) {
				if (!c.appliesTo(asset)) {
					continue;
				}
				LocalDate lastOn = last.get(new MaintenanceQueries.Target(asset.id(), c.id()));
				LocalDate due = CheckSchedule.dueOn(c.frequency(), lastOn, defined);
				if (CheckSchedule.overdue(due, today)) {
					overdue.add(new OverdueCheck(c.id(), c.name(), asset.id(), asset.name(), c.frequency(),
							c.vendorName(), lastOn, due, due.until(today, java.time.temporal.ChronoUnit.DAYS)));
				}
			}
		}
		overdue.sort(Comparator.comparing(OverdueCheck::dueOn).thenComparing(OverdueCheck::assetName));
		return overdue;
	}

	private void checkResults(List<FieldProblem> problems, Actor vendor, AssetView asset, List<ResultInput> results,
			Map<UUID, AnomalyCriterion> known) {
		if (results.isEmpty()) {
			problems.add(new FieldProblem("results", "maintenance.results.required"));
		}
		if (results.size() > MAX_RESULTS) {
			problems.add(new FieldProblem("results", "maintenance.results.tooMany", MAX_RESULTS));
		}
		Set<UUID> seen = new HashSet<>();
		for (int i = 0; i < results.size() && i < MAX_RESULTS; i++) {
			ResultInput r = results.get(i);
			String field = "results[" + i + "]";
			AnomalyCriterion c = r == null || r.criterionId() == null ? null : known.get(r.criterionId());
			if (c == null || (asset != null && !c.appliesTo(asset))) {
				problems.add(new FieldProblem(field + ".criterionId", "maintenance.criterion.unknown"));
			}
			else if (!seen.add(c.id())) {
				problems.add(new FieldProblem(field + ".criterionId", "maintenance.criterion.duplicate"));
			}
			else if (!c.mayBeCheckedBy(vendor)) {
				problems
					.add(new FieldProblem(field + ".criterionId", "maintenance.criterion.notAssigned", c.vendorName()));
			}
			if (r == null || r.outcome() == null) {
				problems.add(new FieldProblem(field + ".outcome", "maintenance.outcome.required"));
			}
			if (r != null) {
				text(problems, field + ".value", r.value(), 500);
				text(problems, field + ".note", r.note(), 2000);
			}
		}
	}

	/**
	 * The report an anomaly becomes; stored text is in Japanese, the organisation's
	 * working language.
	 */
	private ReportView fileAnomaly(Actor vendor, UUID checkId, AssetView asset, AnomalyCriterion c, CheckRun run,
			ResultInput r, Instant now) {
		LocalDate today = LocalDate.now(clock.withZone(zone.zone()));
		Instant detected = run.checkedOn().equals(today) ? now : run.checkedOn().atStartOfDay(zone.zone()).toInstant();
		String summary = text("maintenance.report.summary", c.name(), asset.name());
		String description = text("maintenance.report.description", c.name(), c.checkedItem(), c.threshold(),
				r.value() == null ? "-" : r.value().strip(), r.note() == null ? "-" : r.note().strip(), run.checkedOn(),
				c.vendorName());
		ReportView report = desk.file(vendor,
				new ReportSubmission(detected, now, null, null, vendor.displayName(),
						cut(c.vendorName() + " / " + vendor.username(), 200), null, null, null, cut(asset.name(), 500),
						List.of(new AffectedPlaceInput(asset.id(), null)), "OTHER", Channel.VENDOR_MAINTENANCE,
						cut(summary, 200), cut(description, 20000)));
		events.publishEvent(new AnomalyFound(vendor.organisation(), checkId, c.id(), asset.id(), report.id()));
		events.publishEvent(AuditEvent.by(vendor.organisation(), vendor.username(), vendor.id())
			.did("MAINTENANCE_ANOMALY")
			.on("REPORT", report.id())
			.with("number", report.number())
			.with("criterion", cut(c.name(), 200))
			.with("asset", cut(asset.name(), 200))
			.summary(cut(report.number() + " " + summary, 500))
			.at(now()));
		return report;
	}

	private String assetName(Actor actor, UUID assetId) {
		return assetId == null ? null : assets.find(actor.organisation(), assetId).map(AssetView::name).orElse(null);
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, Locale.JAPANESE);
	}

	private static void text(List<FieldProblem> problems, String field, String value, int max) {
		if (value != null && value.strip().length() > max) {
			problems.add(new FieldProblem(field, "maintenance.tooLong", max));
		}
	}

	private static String blank(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static String cut(String text, int max) {
		return MaintenanceAudit.cut(text, max);
	}

	private Instant now() {
		return Instant.now(clock);
	}

}
