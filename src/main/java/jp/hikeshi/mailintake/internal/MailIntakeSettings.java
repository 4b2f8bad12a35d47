package jp.hikeshi.mailintake.internal;

import java.time.Duration;
import java.util.Locale;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The mailbox polled for reports ({@code hikeshi.mail-intake.*}). Off unless
 * {@code enabled}; {@code processedFolder} given: taken messages are moved there,
 * otherwise they are marked \Seen. {@code sslTrust} names the hosts whose certificates
 * are trusted without a CA path ("*" for all; only for test servers).
 *
 * @param enabled whether this instance polls the mailbox at all
 * @param host the IMAP server
 * @param port the IMAP port; 993 for imaps and 143 for imap when not given
 * @param protocol {@code imaps} (TLS from the start) or {@code imap} (STARTTLS when the
 * server offers it)
 * @param username the mailbox's login
 * @param password the mailbox's password (give it by environment, e.g.
 * {@code HIKESHI_MAIL_INTAKE_PASSWORD})
 * @param folder the folder read for new reports
 * @param processedFolder the folder taken messages are moved to; when empty they are only
 * marked \Seen
 * @param pollInterval the pause between two polls
 * @param maxMessages the most messages taken per poll
 * @param maxMessageBytes the largest message taken, in bytes; larger ones are left in the
 * mailbox and logged
 * @param category the report category of reports made from mail (a category code of the
 * intake module)
 * @param organisation the organisation the reports belong to
 * @param sslTrust hosts whose certificates are trusted without a CA path ({@code *} for
 * all; only for test servers)
 * @param checkServerIdentity whether the server's certificate must name the host
 * @param timeout connection and read time-out of the IMAP server
 * @param lockLease how long one instance holds the poll lock; another instance takes over
 * after it
 * @param initialDelay the pause after start before the first poll
 */
@ConfigurationProperties("hikeshi.mail-intake")
@Validated
public record MailIntakeSettings(@DefaultValue("false") boolean enabled, String host, @Positive Integer port,
		@DefaultValue("imaps") String protocol, String username, String password,
		@DefaultValue("INBOX") @NotNull String folder, String processedFolder,
		@DefaultValue("PT1M") @DurationMin(seconds = 1) Duration pollInterval, @DefaultValue("50") int maxMessages,
		@DefaultValue("26214400") @Positive long maxMessageBytes, @DefaultValue("OTHER") String category,
		@DefaultValue("00000000-0000-0000-0000-000000000001") UUID organisation, String sslTrust,
		@DefaultValue("true") boolean checkServerIdentity,
		@DefaultValue("PT30S") @DurationMin(seconds = 1) Duration timeout,
		@DefaultValue("PT10M") @DurationMin(seconds = 1) Duration lockLease,
		@DefaultValue("PT30S") @DurationMin(seconds = 0) Duration initialDelay) {

	public MailIntakeSettings {
		protocol = protocol == null || protocol.isBlank() ? "imaps" : protocol.strip().toLowerCase(Locale.ROOT);
		if (!protocol.equals("imap") && !protocol.equals("imaps")) {
			throw new IllegalArgumentException("hikeshi.mail-intake.protocol must be imap or imaps, not " + protocol);
		}
		processedFolder = processedFolder == null || processedFolder.isBlank() ? null : processedFolder.strip();
		maxMessages = Math.max(1, maxMessages);
	}

	public int effectivePort() {
		return port != null ? port : protocol.equals("imaps") ? 993 : 143;
	}

	/**
	 * Names the mailbox in the records of taken messages and in the poll lock:
	 * protocol://user@host:port/folder.
	 */
	public String mailbox() {
		return protocol + "://" + username + "@" + host + ":" + effectivePort() + "/" + folder;
	}

	/** Complete enough to connect. */
	public boolean configured() {
		return host != null && !host.isBlank() && username != null && !username.isBlank();
	}
}
