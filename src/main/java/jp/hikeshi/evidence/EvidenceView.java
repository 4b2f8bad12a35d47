package jp.hikeshi.evidence;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An evidence item with its custody holder and, for a mail, what was read from it. It
 * belongs to an incident, or to a report ({@code reportId}, {@code incidentId} null)
 * until triage, when it shows on the incident the report joins; {@code requestTaskId}
 * names the response task (a request to a vendor) whose answer produced it.
 */
public record EvidenceView(UUID id, String number, UUID incidentId, UUID reportId, EvidenceKind kind,
		int volatilityRank, String title, UUID sourceAssetId, String collectedBy, Instant collectedAt, String method,
		String storageLocation, Long sizeBytes, String sha256, boolean fileStored, String fileName, String mediaType,
		String notes, String registeredBy, Instant registeredAt, String currentHolder, String currentLocation,
		MailView mail, UUID requestTaskId) {

	/**
	 * A suspicious mail as read without rendering: headers, plain text, HTML as source,
	 * attachments listed.
	 */
	public record MailView(String from, String replyTo, String returnPath, String messageId, String date,
			String subject, String authenticationResults, String receivedChain, String textBody, String htmlSource,
			List<MailAttachment> attachments, String parseProblem) {
	}

	/** An attachment of a suspicious mail: never opened, only measured and hashed. */
	public record MailAttachment(String fileName, String mediaType, long size, String md5, String sha1, String sha256) {
	}
}
