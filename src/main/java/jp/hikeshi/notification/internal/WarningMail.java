package jp.hikeshi.notification.internal;

import java.util.EnumSet;
import java.util.Locale;

import jp.hikeshi.identity.Actor;
import jp.hikeshi.identity.Role;
import jp.hikeshi.reporting.MailOutbox;
import jp.hikeshi.triage.WarningIssued;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Mails a triage warning (注意喚起, TRI-2) through the durable outbox once the decision that
 * issued it is committed, on behalf of the handler who decided; the outbox's dedupe key
 * makes a republished event send nothing twice.
 */
@Component
class WarningMail {

	private final MailOutbox outbox;

	WarningMail(MailOutbox outbox) {
		this.outbox = outbox;
	}

	@ApplicationModuleListener
	void on(WarningIssued warning) {
		// triage admitted only handlers and administrators to decide
		Actor handler = new Actor(warning.issuedBy(), warning.issuedByUsername(), warning.issuedByName(),
				warning.organisation(), EnumSet.of(Role.HANDLER), Locale.JAPANESE);
		outbox.sendWarning(handler,
				new MailOutbox.Warning(warning.reference(),
						warning.addresses()
							.stream()
							.map(address -> new MailOutbox.Warning.Recipient(address, Locale.JAPANESE))
							.toList(),
						warning.subjectJa(), warning.textJa(), warning.subjectEn(), warning.textEn()));
	}

}
