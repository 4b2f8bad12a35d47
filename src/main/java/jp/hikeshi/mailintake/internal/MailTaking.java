package jp.hikeshi.mailintake.internal;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;

import jp.hikeshi.evidence.EvidenceKind;
import jp.hikeshi.evidence.EvidenceLocker;
import jp.hikeshi.evidence.EvidenceView;
import jp.hikeshi.evidence.NewEvidence;
import jp.hikeshi.identity.Actor;
import jp.hikeshi.identity.Role;
import jp.hikeshi.intake.Channel;
import jp.hikeshi.intake.ReportDesk;
import jp.hikeshi.intake.ReportSubmission;
import jp.hikeshi.intake.ReportView;
import jp.hikeshi.shared.OrganisationId;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes one message in: in a single transaction, the report at the intake desk, its
 * original as inert evidence, and the record that the message was taken. Either all three
 * are committed or none.
 */
@Component
public class MailTaking {

	/**
	 * The receiving user of mailed reports: a system actor that cannot sign in (there is
	 * no account behind it).
	 */
	public static final UUID SYSTEM_ACTOR = UUID.fromString("00000000-0000-0000-0000-00000000a002");

	static final String UNKNOWN = "不明 / unknown";

	private final ReportDesk desk;

	private final EvidenceLocker evidence;

	private final MailboxRecords records;

	private final TransactionTemplate transaction;

	private final Clock clock;

	MailTaking(ReportDesk desk, EvidenceLocker evidence, MailboxRecords records,
			PlatformTransactionManager transactions, Clock clock) {
		this.desk = desk;
		this.evidence = evidence;
		this.records = records;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/** The report filed for a message, and whether it waits for a person. */
	public record Taken(ReportView report, EvidenceView original) {
	}

	static Actor actor(OrganisationId organisation) {
		return new Actor(SYSTEM_ACTOR, "system-mail-intake", "メール受付 / Mail intake", organisation,
				EnumSet.of(Role.HANDLER), Locale.JAPANESE);
	}

	/**
	 * Files the message unless its key was recorded before (then returns null).
	 * {@code beforeCommit} runs inside the transaction after everything is written (tests
	 * use it to fail there).
	 */
	public Taken take(MailIntakeSettings settings, String key, byte[] raw, Instant arrivedAt,
			Consumer<Taken> beforeCommit) {
		Actor system = actor(new OrganisationId(settings.organisation()));
		String mailbox = settings.mailbox();
		Instant now = Instant.now(clock);
		MailReading.Read read = MailReading.read(raw);
		boolean review = read.problem() != null;
		ReportSubmission submission = submission(settings, read, arrivedAt, now);
		return transaction.execute(status -> {
			if (records.taken(mailbox, key)) {
				return null;
			}
			ReportView report = desk.file(system, submission, review);
			EvidenceView original = evidence.registerForReport(system, report.id(),
					new NewEvidence(EvidenceKind.MAIL, cap("受信メール / Mail received: " + report.summary(), 200), null,
							null, system.displayName(), report.receivedAt(), cap("IMAP " + mailbox, 500), null, null,
							null,
							cap("Message-ID: " + (read.messageId() == null ? "—" : read.messageId())
									+ (review ? "\n" + read.problem() : ""), 4000)),
					new EvidenceLocker.Upload(new ByteArrayInputStream(raw), report.number() + ".eml",
							"message/rfc822"));
			records.recordTaken(mailbox, key, report.id(), original.id(), review, now);
			Taken taken = new Taken(report, original);
			beforeCommit.accept(taken);
			return taken;
		});
	}

	private static ReportSubmission submission(MailIntakeSettings settings, MailReading.Read read, Instant arrivedAt,
			Instant now) {
		Instant received = arrivedAt == null || arrivedAt.isAfter(now) ? now : arrivedAt;
		// the Date header is the sender's claim; a date after receipt (a wrong clock) is
		// taken as the receipt
		Instant detected = read.sentAt() == null || read.sentAt().isAfter(received) ? received : read.sentAt();
		String name = blank(read.fromName()) != null ? read.fromName().strip()
				: blank(read.fromAddress()) != null ? read.fromAddress().strip() : UNKNOWN;
		String contact = blank(read.fromAddress()) != null ? read.fromAddress().strip() : UNKNOWN;
		String summary = blank(read.subject()) != null ? read.subject().strip().replaceAll("\\s+", " ")
				: read.problem() != null ? "読み取れないメール / Unreadable mail" : "(件名なし / no subject)";
		String description = read.problem() == null ? read.text()
				: "このメールは一部を読み取れませんでした。原本は証拠として保管されています。/ This mail could not be read completely; "
						+ "the original is kept as evidence.\n" + read.problem()
						+ (read.text() == null ? "" : "\n\n" + read.text());
		if (description != null && description.length() > 20000) {
			description = description.substring(0, 19900)
					+ "\n…（以下省略。全文は証拠の原本を参照 / truncated, see the original in the evidence）";
		}
		return new ReportSubmission(detected, received, null, null, cap(name, 200), cap(contact, 200), null, null, null,
				null, null, settings.category(), Channel.EMAIL, cap(summary, 200),
				blank(description) == null ? null : description);
	}

	private static String blank(String value) {
		return value == null || value.isBlank() ? null : value;
	}

	private static String cap(String value, int max) {
		return value.length() <= max ? value : value.substring(0, max);
	}

}
