package jp.hikeshi.reporting.internal;

import java.util.List;
import java.util.UUID;

import jp.hikeshi.incident.ClosingGuard;
import jp.hikeshi.shared.OrganisationId;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Keeps an incident open while a required report to the PPC or notice to the persons
 * concerned is not yet sent.
 */
@Component
class LegalObligationGuard implements ClosingGuard {

	private final AssessmentRecords records;

	private final MessageSource messages;

	LegalObligationGuard(AssessmentRecords records, MessageSource messages) {
		this.records = records;
		this.messages = messages;
	}

	@Override
	public List<OpenItem> openItems(OrganisationId organisation, UUID incidentId) {
		return records.deadlines(incidentId)
			.stream()
			.filter(d -> d.organisationId().equals(organisation.value()) && d.required() && d.metAt() == null)
			.map(d -> new OpenItem("LEGAL_OBLIGATION",
					messages.getMessage("reporting.obligation." + d.kind(), null, d.kind(),
							LocaleContextHolder.getLocale()),
					"/incidents/" + incidentId + "/reporting"))
			.toList();
	}

}
