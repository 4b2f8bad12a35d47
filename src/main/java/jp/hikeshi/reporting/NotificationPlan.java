package jp.hikeshi.reporting;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jp.hikeshi.audit.AuditEvent;
import jp.hikeshi.directory.OrganisationSettings;
import jp.hikeshi.directory.OutsideBodies;
import jp.hikeshi.directory.OutsideBody;
import jp.hikeshi.evidence.EvidenceLocker;
import jp.hikeshi.evidence.EvidenceView;
import jp.hikeshi.identity.Actor;
import jp.hikeshi.identity.Permission;
import jp.hikeshi.incident.IncidentQueries;
import jp.hikeshi.incident.IncidentView;
import jp.hikeshi.reporting.internal.Notification;
import jp.hikeshi.reporting.internal.Notifications;
import jp.hikeshi.shared.NotFoundException;
import jp.hikeshi.shared.RejectedInputException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The notification plan of an incident (REP-1 to REP-4): suggested from its category and
 * APPI assessment, taken up and edited by the desk, sent (by e-mail through the outbox,
 * or recorded as sent by another channel) with the content frozen, and acknowledged.
 * Sending the PPC reports or the notice to persons meets the legal obligation.
 */
@Service
@Transactional
public class NotificationPlan {

	/** The directory's code of the competent ministry (所管官庁) among the outside bodies. */
	public static final String MINISTRY = "MINISTRY";

	private final Notifications notifications;

	private final OutsideBodies bodies;

	private final OrganisationSettings organisations;

	private final IncidentQueries incidents;

	private final PrivacyDesk privacy;

	private final ReportDocuments documents;

	private final EvidenceLocker evidence;

	private final MailOutbox outbox;

	private final MessageSource messages;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	NotificationPlan(Notifications notifications, OutsideBodies bodies, OrganisationSettings organisations,
			IncidentQueries incidents, PrivacyDesk privacy, ReportDocuments documents, EvidenceLocker evidence,
			MailOutbox outbox, MessageSource messages, ApplicationEventPublisher events, Clock clock) {
		this.notifications = notifications;
		this.bodies = bodies;
		this.organisations = organisations;
		this.incidents = incidents;
		this.privacy = privacy;
		this.documents = documents;
		this.evidence = evidence;
		this.outbox = outbox;
		this.messages = messages;
		this.events = events;
		this.clock = clock;
	}

	/** The entries taken up, then a suggestion for each recipient not yet on the plan. */
	@Transactional(readOnly = true)
	public List<NotificationView> plan(Actor by, UUID incidentId) {
		IncidentView incident = incidents.get(by, incidentId);
		Optional<PrivacyAssessmentView> assessment = privacy.assessment(by, incidentId);
		List<NotificationView> plan = new ArrayList<>();
		Set<RecipientKind> planned = EnumSet.noneOf(RecipientKind.class);
		for (Notification n : notifications.forIncident(incidentId)) {
			plan.add(view(n, named(by, n.recipientKind(), assessment).map(b -> b.name(LocaleContextHolder.getLocale()))
				.orElse(null)));
			planned.add(n.recipientKind());
		}
		for (PlanSuggestions.Suggestion s : suggestions(by, incident, assessment)) {
			if (!planned.contains(s.recipient())) {
				Optional<OutsideBody> body = named(by, s.recipient(), assessment);
				plan.add(new NotificationView(null, s.recipient(), s.recipient().requirementId(), s.requirement(),
						text(s.reasonKey()), s.due(), NotificationStatus.TO_DO, null,
						body.map(NotificationPlan::contact).orElse(null), null, s.document(), null, null, List.of(),
						null, null, null, null, true,
						body.map(b -> b.name(LocaleContextHolder.getLocale())).orElse(null)));
			}
		}
		return plan;
	}

	public NotificationView add(Actor by, UUID incidentId, NotificationInput input) {
		Permission.CHANGE.demand(by);
		IncidentView incident = incidents.get(by, incidentId);
		checkEvidence(by, incidentId, input.evidenceIds());
		Optional<PrivacyAssessmentView> assessment = privacy.assessment(by, incidentId);
		String recipient = blank(input.recipient()) != null ? blank(input.recipient())
				: named(by, input.recipientKind(), assessment).map(NotificationPlan::contact).orElse(null);
		Optional<PlanSuggestions.Suggestion> suggested = suggestions(by, incident, assessment).stream()
			.filter(s -> s.recipient() == input.recipientKind())
			.findFirst();
		DocumentKind document = input.documentKind() != null ? input.documentKind()
				: suggested.map(PlanSuggestions.Suggestion::document).orElse(input.recipientKind().document());
		Locale locale = Locale.forLanguageTag(input.language());
		String content = blank(input.content()) != null ? input.content()
				: documents.text(by, incidentId, document, locale);
		String subject = blank(input.subject()) != null ? input.subject().strip()
				: documents.title(by, incidentId, document, locale) + " " + incident.number();
		Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
		Notification n = Notification.plan(by.organisation().value(), incidentId, now, input.recipientKind(),
				input.requirement() != null ? input.requirement()
						: suggested.map(PlanSuggestions.Suggestion::requirement).orElse(Requirement.RECOMMENDED),
				blank(input.reason()) != null ? input.reason().strip()
						: suggested.map(s -> text(s.reasonKey())).orElse(null),
				input.due() != null ? input.due() : suggested.map(PlanSuggestions.Suggestion::due).orElse(null),
				input.channel(), recipient, input.language(), document, subject, content, input.evidenceIds());
		notifications.insert(n);
		audit(by, now, "NOTIFICATION_PLANNED", n);
		events.publishEvent(new NotificationDrafted(by.organisation(), incidentId, n.id(), n.recipientKind()));
		return view(find(incidentId, n.id()));
	}

	public NotificationView revise(Actor by, UUID incidentId, UUID id, NotificationInput input, long version) {
		Permission.CHANGE.demand(by);
		incidents.get(by, incidentId);
		checkEvidence(by, incidentId, input.evidenceIds());
		Notification n = find(incidentId, id);
		n.revise(input.requirement() != null ? input.requirement() : n.requirement(), blank(input.reason()),
				input.due(), input.channel(), blank(input.recipient()), input.language(),
				input.documentKind() != null ? input.documentKind() : n.documentKind(), blank(input.subject()),
				input.content(), input.evidenceIds());
		notifications.update(n, version);
		audit(by, Instant.now(clock), "NOTIFICATION_REVISED", n);
		return view(find(incidentId, id));
	}

	/**
	 * Records the notification as sent, freezing its content; an e-mail goes to the
	 * outbox in the same transaction.
	 */
	public NotificationView send(Actor by, UUID incidentId, UUID id, long version) {
		Permission.CHANGE.demand(by);
		incidents.get(by, incidentId);
		Notification n = find(incidentId, id);
		Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
		n.markSent(by.displayName(), now);
		notifications.update(n, version);
		if (n.channel() == Channel.EMAIL) {
			outbox.enqueue(new OutgoingMail(by.organisation(), "notification:" + n.id(), MailPurpose.NOTIFICATION,
					n.recipient(), Locale.forLanguageTag(n.language()), n.subject(), n.content()));
		}
		for (ObligationKind obligation : ObligationKind.values()) {
			if (obligation.metBy() == n.recipientKind()) {
				privacy.met(incidentId, obligation, now);
			}
		}
		audit(by, now, "NOTIFICATION_SENT", n);
		events.publishEvent(new NotificationSent(by.organisation(), incidentId, n.id(), n.recipientKind()));
		return view(find(incidentId, id));
	}

	public NotificationView acknowledge(Actor by, UUID incidentId, UUID id, long version) {
		Permission.CHANGE.demand(by);
		incidents.get(by, incidentId);
		Notification n = find(incidentId, id);
		Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
		n.acknowledge(now);
		notifications.update(n, version);
		audit(by, now, "NOTIFICATION_ACKNOWLEDGED", n);
		return view(find(incidentId, id));
	}

	private List<PlanSuggestions.Suggestion> suggestions(Actor by, IncidentView incident,
			Optional<PrivacyAssessmentView> assessment) {
		PlanSuggestions.Situation situation = new PlanSuggestions.Situation(
				organisations.profile(by.organisation()).kind(),
				assessment.map(a -> a.facts().outsourcing()).orElse(Outsourcing.NONE),
				assessment.map(a -> a.facts().jointReport()).orElse(false));
		return PlanSuggestions.suggest(incident.category(),
				assessment.map(PrivacyAssessmentView::decision).orElse(null),
				assessment.map(PrivacyAssessmentView::deadlines).orElse(null), situation);
	}

	/**
	 * The directory's entry for a recipient: the principal the assessment names, or the
	 * competent ministry.
	 */
	private Optional<OutsideBody> named(Actor by, RecipientKind kind, Optional<PrivacyAssessmentView> assessment) {
		String code = switch (kind) {
			case PRINCIPAL -> assessment.map(a -> a.facts().counterpartBody()).orElse(null);
			case COMPETENT_MINISTRY -> MINISTRY;
			default -> null;
		};
		return code == null ? Optional.empty() : bodies.find(by.organisation(), code);
	}

	private static String contact(OutsideBody body) {
		return blank(body.email()) != null ? body.email() : blank(body.phone());
	}

	private void checkEvidence(Actor by, UUID incidentId, List<UUID> ids) {
		if (ids.isEmpty()) {
			return;
		}
		Set<UUID> known = new java.util.HashSet<>(
				evidence.forIncident(by, incidentId).stream().map(EvidenceView::id).toList());
		for (UUID id : ids) {
			if (!known.contains(id)) {
				throw new RejectedInputException("evidenceIds", "reporting.evidence.unknown", id);
			}
		}
	}

	private Notification find(UUID incidentId, UUID id) {
		return notifications.find(incidentId, id).orElseThrow(() -> new NotFoundException("notification", id));
	}

	private void audit(Actor by, Instant now, String action, Notification n) {
		events.publishEvent(AuditEvent.by(by)
			.did(action)
			.on("NOTIFICATION", n.id())
			.with("recipient", "#reporting.recipient." + n.recipientKind())
			.with("status", "#reporting.notification.status." + n.status())
			.summary(n.recipientKind() + " " + n.status() + (n.subject() == null ? "" : " " + n.subject()))
			.at(now));
	}

	private String text(String key) {
		return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
	}

	private static NotificationView view(Notification n) {
		return view(n, null);
	}

	private static NotificationView view(Notification n, String recipientName) {
		return new NotificationView(n.id(), n.recipientKind(), n.recipientKind().requirementId(), n.requirement(),
				n.reason(), n.due(), n.status(), n.channel(), n.recipient(), n.language(), n.documentKind(),
				n.subject(), n.content(), n.evidenceIds(), n.sentBy(), n.sentAt(), n.acknowledgedAt(), n.version(),
				false, recipientName);
	}

	private static String blank(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

}
