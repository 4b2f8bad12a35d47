package jp.hikeshi.reporting;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An entry of the notification plan as written by the desk; requirement, reason and due
 * default to the suggestion for the recipient. Without content, the content is drafted
 * from the document kind (the recipient's usual document when none is named) in the
 * entry's language.
 */
public record NotificationInput(@NotNull(message = "{reporting.recipientKind.required}") RecipientKind recipientKind,
		Requirement requirement, @Size(max = 1000, message = "{validation.size.max}") String reason, Instant due,
		Channel channel, @Size(max = 500, message = "{validation.size.max}") String recipient,
		@Pattern(regexp = "ja|en", message = "{reporting.language.invalid}") String language, DocumentKind documentKind,
		@Size(max = 500, message = "{validation.size.max}") String subject,
		@Size(max = 100000, message = "{validation.size.max}") String content, List<UUID> evidenceIds) {

	public NotificationInput {
		channel = channel == null ? Channel.OTHER : channel;
		language = language == null ? "ja" : language;
		evidenceIds = evidenceIds == null ? List.of() : List.copyOf(evidenceIds);
	}

	/**
	 * An entry for the recipient, the rest as suggested for it; the {@code with…} methods
	 * change that.
	 */
	public static NotificationInput to(RecipientKind recipientKind) {
		return new NotificationInput(recipientKind, null, null, null, null, null, null, null, null, null, null);
	}

	public NotificationInput withRequirement(Requirement value) {
		return new NotificationInput(recipientKind, value, reason, due, channel, recipient, language, documentKind,
				subject, content, evidenceIds);
	}

	public NotificationInput because(String value) {
		return new NotificationInput(recipientKind, requirement, value, due, channel, recipient, language, documentKind,
				subject, content, evidenceIds);
	}

	public NotificationInput withDue(Instant value) {
		return new NotificationInput(recipientKind, requirement, reason, value, channel, recipient, language,
				documentKind, subject, content, evidenceIds);
	}

	public NotificationInput withChannel(Channel value) {
		return new NotificationInput(recipientKind, requirement, reason, due, value, recipient, language, documentKind,
				subject, content, evidenceIds);
	}

	public NotificationInput withRecipient(String value) {
		return new NotificationInput(recipientKind, requirement, reason, due, channel, value, language, documentKind,
				subject, content, evidenceIds);
	}

	public NotificationInput inLanguage(String value) {
		return new NotificationInput(recipientKind, requirement, reason, due, channel, recipient, value, documentKind,
				subject, content, evidenceIds);
	}

	public NotificationInput withDocumentKind(DocumentKind value) {
		return new NotificationInput(recipientKind, requirement, reason, due, channel, recipient, language, value,
				subject, content, evidenceIds);
	}

	public NotificationInput withSubject(String value) {
		return new NotificationInput(recipientKind, requirement, reason, due, channel, recipient, language,
				documentKind, value, content, evidenceIds);
	}

	public NotificationInput withContent(String value) {
		return new NotificationInput(recipientKind, requirement, reason, due, channel, recipient, language,
				documentKind, subject, value, evidenceIds);
	}

	public NotificationInput withEvidence(List<UUID> value) {
		return new NotificationInput(recipientKind, requirement, reason, due, channel, recipient, language,
				documentKind, subject, content, value);
	}
}
