package jp.hikeshi.mailintake.internal;

import java.time.Duration;
import java.util.UUID;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The mailbox polled for reports ({@code hikeshi.mail-intake.*}). Off unless {@code enabled}; {@code processedFolder}
 * given: taken messages are moved there, otherwise they are marked \Seen. {@code sslTrust} names the hosts whose
 * certificates are trusted without a CA path ("*" for all; only for test servers).
 */
@ConfigurationProperties("hikeshi.mail-intake")
public record MailIntakeSettings(
		@DefaultValue("false") boolean enabled,
		String host,
		Integer port,
		@DefaultValue("imaps") String protocol,
		String username,
		String password,
		@DefaultValue("INBOX") String folder,
		String processedFolder,
		@DefaultValue("PT1M") Duration pollInterval,
		@DefaultValue("50") int maxMessages,
		@DefaultValue("26214400") long maxMessageBytes,
		@DefaultValue("OTHER") String category,
		@DefaultValue("00000000-0000-0000-0000-000000000001") UUID organisation,
		String sslTrust,
		@DefaultValue("true") boolean checkServerIdentity,
		@DefaultValue("PT30S") Duration timeout,
		@DefaultValue("PT10M") Duration lockLease) {

	public MailIntakeSettings {
		protocol = protocol == null || protocol.isBlank() ? "imaps" : protocol.strip().toLowerCase(java.util.Locale.ROOT);
		if (!protocol.equals("imap") && !protocol.equals("imaps")) {
			throw new IllegalArgumentException("hikeshi.mail-intake.protocol must be imap or imaps, not " + protocol);
		}
		processedFolder = processedFolder == null || processedFolder.isBlank() ? null : processedFolder.strip();
		maxMessages = Math.max(1, maxMessages);
	}

	public int effectivePort() {
		return port != null ? port : protocol.equals("imaps") ? 993 : 143;
	}

	/** Names the mailbox in the records of taken messages and in the poll lock: protocol://user@host:port/folder. */
	public String mailbox() {
		return protocol + "://" + username + "@" + host + ":" + effectivePort() + "/" + folder;
	}

	/** Complete enough to connect. */
	public boolean configured() {
		return host != null && !host.isBlank() && username != null && !username.isBlank();
	}
}
