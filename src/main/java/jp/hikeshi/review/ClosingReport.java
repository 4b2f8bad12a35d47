package jp.hikeshi.review;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jp.hikeshi.directory.Categories;
import jp.hikeshi.directory.OrganisationSettings;
import jp.hikeshi.identity.Actor;
import jp.hikeshi.incident.IncidentQueries;
import jp.hikeshi.incident.IncidentView;
import jp.hikeshi.reporting.DocumentRendering;
import jp.hikeshi.reporting.NotificationPlan;
import jp.hikeshi.reporting.NotificationView;
import jp.hikeshi.reporting.ObligationView;
import jp.hikeshi.reporting.PrivacyDesk;
import jp.hikeshi.response.TaskDesk;
import jp.hikeshi.response.TaskView;
import jp.hikeshi.shared.DisplayZone;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The closing report (インシデント対応終結報告書) of an incident, in Japanese or English, as printable
 * XHTML or as PDF: the organisation, the incident, its outcome, the handling times with
 * the time each stage took, the legal obligations and notifications with when they were
 * met, and the review with its prevention measures.
 */
@Service
@Transactional(readOnly = true)
public class ClosingReport {

	private final IncidentQueries incidents;

	private final Reviews reviews;

	private final PrivacyDesk privacy;

	private final NotificationPlan plan;

	private final TaskDesk tasks;

	private final Categories categories;

	private final OrganisationSettings organisations;

	private final DocumentRendering rendering;

	private final ITemplateEngine templates;

	private final MessageSource messages;

	private final DisplayZone zone;

	private final Clock clock;

	ClosingReport(IncidentQueries incidents, Reviews reviews, PrivacyDesk privacy, NotificationPlan plan,
			TaskDesk tasks, Categories categories, OrganisationSettings organisations, DocumentRendering rendering,
			ITemplateEngine templates, MessageSource messages, DisplayZone zone, Clock clock) {
		this.incidents = incidents;
		this.reviews = reviews;
		this.privacy = privacy;
		this.plan = plan;
		this.tasks = tasks;
		this.categories = categories;
		this.organisations = organisations;
		this.rendering = rendering;
		this.templates = templates;
		this.messages = messages;
		this.zone = zone;
		this.clock = clock;
	}

	/** The report with every text already in its language, for the one template. */
	public record Document(String lang, String title, String organisation, List<Row> incident, List<Row> times,
			String total, List<Row> obligations, List<Row> notifications, List<Row> review, List<Row> measures,
			String generated) {
	}

	/** A line of a table: a label and up to three cells. */
	public record Row(String label, String a, String b, String c) {
	}

	public String html(Actor by, UUID incidentId, Locale locale) {
		Context context = new Context(locale);
		context.setVariable("doc", document(by, incidentId, locale));
		return templates.process("review/closing-report", context);
	}

	public byte[] pdf(Actor by, UUID incidentId, Locale locale) {
		return rendering.pdf(html(by, incidentId, locale));
	}

	Document document(Actor by, UUID incidentId, Locale locale) {
		IncidentView incident = incidents.get(by, incidentId);
		IncidentReview review = reviews.get(by, incidentId).orElse(null);
		Function<String, String> t = key -> messages.getMessage(key, null, key, locale);
		String category = categories.find(by.organisation(), incident.category())
			.map(c -> c.name(locale))
			.orElse(incident.category());
		List<Row> facts = List.of(new Row(t.apply("review.doc.number"), incident.number(), null, null),
				new Row(t.apply("review.doc.incidentTitle"), incident.title(), null, null),
				new Row(t.apply("review.doc.category"), category, null, null),
				new Row(t.apply("review.doc.priority"), incident.priority(), null, null),
				new Row(t.apply("review.doc.state"), t.apply("incidentState." + incident.state()), null, null),
				new Row(t.apply("review.doc.commander"),
						incident.commander() == null ? "—" : incident.commander().displayName(), null, null),
				new Row(t.apply("review.doc.outcome"),
						review == null ? t.apply("review.doc.noReview") : t.apply("review.outcome." + review.outcome()),
						null, null));
		List<HandlingTimes.Stage> stages = HandlingTimes.of(incident);
		List<Row> times = stages.stream()
			.map(s -> new Row(t.apply("review.stage." + s.name()), HandlingTimes.time(s.at(), zone.zone(), locale),
					HandlingTimes.duration(s.since(), locale), null))
			.toList();
		List<Row> obligations = privacy.obligations(by, incidentId)
			.stream()
			.map(o -> obligation(o, t, locale))
			.toList();
		List<Row> notifications = plan.plan(by, incidentId)
			.stream()
			.filter(n -> n.id() != null)
			.map(n -> notification(n, t, locale))
			.toList();
		List<Row> texts = review == null ? List.of()
				: List.of(new Row(t.apply("review.rootCause"), dash(review.rootCause()), null, null),
						new Row(t.apply("review.wentWell"), dash(review.wentWell()), null, null),
						new Row(t.apply("review.wentBadly"), dash(review.wentBadly()), null, null));
		Map<UUID, TaskView> followUps = review == null ? Map.of()
				: tasks.forIncident(by, incidentId)
					.stream()
					.collect(Collectors.toMap(TaskView::id, v -> v, (a, b) -> a));
		List<Row> measures = review == null ? List.of()
				: review.preventionMeasures()
					.stream()
					.map(m -> new Row(m.text(), m.ownerName(), HandlingTimes.day(m.due(), locale),
							followUps.containsKey(m.taskId())
									? t.apply("taskStatus." + followUps.get(m.taskId()).status()) : "—"))
					.toList();
		String organisation = organisations.get(by.organisation()).name();
		return new Document(locale.getLanguage(), t.apply("review.doc.title"), organisation, facts, times,
				HandlingTimes.duration(HandlingTimes.total(stages), locale), obligations, notifications, texts,
				measures,
				messages.getMessage("review.doc.generated",
						new Object[] { HandlingTimes.time(Instant.now(clock), zone.zone(), locale), by.displayName() },
						locale));
	}

	private Row obligation(ObligationView o, Function<String, String> t, Locale locale) {
		return new Row(t.apply("reporting.obligation." + o.kind()),
				o.required() ? HandlingTimes.deadline(o.due(), zone.zone(), locale) : "—",
				t.apply("reporting.status." + o.status()), HandlingTimes.time(o.metAt(), zone.zone(), locale));
	}

	private Row notification(NotificationView n, Function<String, String> t, Locale locale) {
		return new Row(t.apply("reporting.recipient." + n.recipientKind()),
				HandlingTimes.deadline(n.due(), zone.zone(), locale),
				t.apply("reporting.notification.status." + n.status()),
				HandlingTimes.time(n.sentAt(), zone.zone(), locale));
	}

	private static String dash(String text) {
		return text == null || text.isBlank() ? "—" : text;
	}

}
