package jp.hikeshi.reporting.internal;

import static jp.hikeshi.reporting.internal.AssessmentRecords.utc;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jp.hikeshi.identity.Actor;
import jp.hikeshi.identity.Mailbox;
import jp.hikeshi.identity.People;
import jp.hikeshi.identity.Person;
import jp.hikeshi.identity.Role;
import jp.hikeshi.incident.IncidentQueries;
import jp.hikeshi.incident.IncidentView;
import jp.hikeshi.reporting.DocumentDates;
import jp.hikeshi.reporting.LegalDeadlineDue;
import jp.hikeshi.reporting.MailOutbox;
import jp.hikeshi.reporting.MailPurpose;
import jp.hikeshi.reporting.OutgoingMail;
import jp.hikeshi.reporting.ReminderThresholds;
import jp.hikeshi.shared.OrganisationId;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminds the incident's commander, its handlers and the managers of a legal deadline:
 * once when its warning time passes and once when it is overdue. The reminder row and the
 * mails are written in one transaction, and the row's primary key admits each (deadline,
 * threshold) once, so neither a restart nor a second instance sends a reminder twice.
 */
@Component
public class LegalReminders {

	private static final Logger log = LoggerFactory.getLogger(LegalReminders.class);

	private static final UUID SYSTEM = new UUID(0, 0);

	private final AssessmentRecords deadlines;

	private final JdbcClient jdbc;

	private final IncidentQueries incidents;

	private final People people;

	private final MailOutbox outbox;

	private final MessageSource messages;

	private final DocumentDates dates;

	private final TransactionTemplate transaction;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	LegalReminders(AssessmentRecords deadlines, JdbcClient jdbc, IncidentQueries incidents, People people,
			MailOutbox outbox, MessageSource messages, DocumentDates dates, PlatformTransactionManager transactions,
			ApplicationEventPublisher events, Clock clock) {
		this.deadlines = deadlines;
		this.jdbc = jdbc;
		this.incidents = incidents;
		this.people = people;
		this.outbox = outbox;
		this.messages = messages;
		this.dates = dates;
		this.transaction = new TransactionTemplate(transactions);
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Sends the reminders due now; returns how many (deadline, threshold) pairs were
	 * reminded.
	 */
	public int remind() {
		Instant now = Instant.now(clock);
		int reminded = 0;
		for (AssessmentRecords.Deadline d : deadlines.reminderCandidates(now, 500)) {
			for (ReminderThresholds.Threshold threshold : ReminderThresholds.reached(d.warnAt(), d.dueAt(), d.metAt(),
					now)) {
				try {
					Boolean done = transaction.execute(status -> remindOnce(d, threshold, now));
					reminded += Boolean.TRUE.equals(done) ? 1 : 0;
				}
				catch (DataIntegrityViolationException | ConcurrencyFailureException raced) {
					// another instance inserted the same reminder row first and sends it
					log.debug("reminder {} {} of {} taken by another instance", threshold, d.kind(), d.incidentId());
				}
			}
		}
		return reminded;
	}

	private boolean remindOnce(AssessmentRecords.Deadline d, ReminderThresholds.Threshold threshold, Instant now) {
		int first = jdbc.sql("""
				INSERT INTO legal_reminder (organisation_id, incident_id, kind, threshold, due_at, sent_at)
				VALUES (:org, :inc, :kind, :threshold, :due, :now) ON CONFLICT DO NOTHING""")
			.param("org", d.organisationId())
			.param("inc", d.incidentId())
			.param("kind", d.kind())
			.param("threshold", threshold.name())
			.param("due", utc(d.dueAt()))
			.param("now", utc(now))
			.update();
		if (first != 1) {
			return false;
		}
		OrganisationId organisation = new OrganisationId(d.organisationId());
		// a read-only system reader: reminders run outside any request
		Actor system = new Actor(SYSTEM, "system", "Hikeshi", organisation, EnumSet.of(Role.MANAGER), Locale.JAPANESE);
		IncidentView incident = incidents.get(system, d.incidentId());
		List<UUID> responsible = new ArrayList<>();
		if (incident.commander() != null) {
			responsible.add(incident.commander().id());
		}
		incident.handlers().stream().map(Person::id).forEach(responsible::add);
		for (Mailbox to : people.mailboxes(organisation, responsible, Role.MANAGER)) {
			Locale lang = "en".equals(to.locale().getLanguage()) ? Locale.ENGLISH : Locale.JAPANESE;
			Object[] args = { incident.number(), incident.title(), text("reporting.obligation." + d.kind(), lang),
					dates.due(d.dueAt(), lang), dates.zoneName(lang) };
			String prefix = "reporting.reminder." + threshold.name().toLowerCase(Locale.ROOT);
			outbox.enqueue(new OutgoingMail(organisation,
					"reminder:" + d.incidentId() + ":" + d.kind() + ":" + threshold + ":" + d.dueAt().getEpochSecond()
							+ ":" + to.address(),
					MailPurpose.REMINDER, to.address(), lang, messages.getMessage(prefix + ".subject", args, lang),
					messages.getMessage(prefix + ".body", args, lang)));
		}
		// in-app notices (commander, legal role) are the notification module's, after
		// this commits
		events.publishEvent(new LegalDeadlineDue(organisation, d.incidentId(), d.kind(), d.dueAt(),
				threshold == ReminderThresholds.Threshold.OVERDUE));
		log.info("reminded {} {} of {} ({})", threshold, d.kind(), incident.number(), d.dueAt());
		return true;
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

}
