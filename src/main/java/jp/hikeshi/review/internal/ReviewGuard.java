package jp.hikeshi.review.internal;

import java.util.List;
import java.util.UUID;

import jp.hikeshi.incident.ClosingGuard;
import jp.hikeshi.shared.OrganisationId;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Keeps an incident open until its review (outcome, causes, prevention measures) is
 * written; the message names the review page.
 * {@code hikeshi.review.required-for-closing=false} turns the rule off (the older test
 * suites close incidents without a review).
 */
@Component
@EnableConfigurationProperties(ReviewProperties.class)
class ReviewGuard implements ClosingGuard {

	private final ReviewRecords reviews;

	private final MessageSource messages;

	private final boolean required;

	ReviewGuard(ReviewRecords reviews, MessageSource messages, ReviewProperties settings) {
		this.reviews = reviews;
		this.messages = messages;
		this.required = settings.requiredForClosing();
	}

	@Override
	public List<OpenItem> openItems(OrganisationId organisation, UUID incidentId) {
		if (!required || reviews.exists(organisation.value(), incidentId)) {
			return List.of();
		}
		return List
			.of(new OpenItem("REVIEW", messages.getMessage("review.missing", null, LocaleContextHolder.getLocale()),
					"/incidents/" + incidentId + "/review"));
	}

}
