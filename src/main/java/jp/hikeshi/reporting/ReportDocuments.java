package jp.hikeshi.reporting;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import jp.hikeshi.directory.Categories;
import jp.hikeshi.directory.OrganisationSettings;
import jp.hikeshi.evidence.EvidenceLocker;
import jp.hikeshi.identity.Actor;
import jp.hikeshi.incident.IncidentQueries;
import jp.hikeshi.incident.IncidentView;
import jp.hikeshi.reporting.internal.DocumentComposer;
import jp.hikeshi.reporting.internal.DocumentFacts;
import jp.hikeshi.reporting.internal.DocumentModel;
import jp.hikeshi.reporting.internal.PdfRenderer;
import jp.hikeshi.reporting.internal.SourceReports;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Drafts the documents of REP-1 to REP-4 from an incident, in Japanese or English, as
 * printable HTML, as PDF with the Japanese font embedded, or as plain text for a
 * notification's body.
 */
@Service
@Transactional(readOnly = true)
public class ReportDocuments {

	private final IncidentQueries incidents;

	private final PrivacyDesk privacy;

	private final EvidenceLocker evidence;

	private final RansomStance ransom;

	private final Categories categories;

	private final DocumentComposer composer;

	private final PdfRenderer pdf;

	private final ITemplateEngine templates;

	private final OrganisationSettings organisations;

	private final Clock clock;

	private final SourceReports sources;

	ReportDocuments(IncidentQueries incidents, PrivacyDesk privacy, EvidenceLocker evidence, RansomStance ransom,
			Categories categories, DocumentComposer composer, PdfRenderer pdf, ITemplateEngine templates,
			OrganisationSettings organisations, Clock clock, SourceReports sources) {
		this.incidents = incidents;
		this.privacy = privacy;
		this.evidence = evidence;
		this.ransom = ransom;
		this.categories = categories;
		this.composer = composer;
		this.pdf = pdf;
		this.templates = templates;
		this.organisations = organisations;
		this.clock = clock;
		this.sources = sources;
	}

	/** The document as a self-contained, printable XHTML page. */
	public String html(Actor by, UUID incidentId, DocumentKind kind, Locale locale) {
		return xhtml(by, incidentId, kind, locale, true);
	}

	public byte[] pdf(Actor by, UUID incidentId, DocumentKind kind, Locale locale) {
		return pdf.render(xhtml(by, incidentId, kind, locale, false));
	}

	/**
	 * On screen the page has a header with the organisation, a way back to the incident
	 * and a print button.
	 */
	private String xhtml(Actor by, UUID incidentId, DocumentKind kind, Locale locale, boolean screen) {
		Context context = new Context(locale);
		context.setVariable("doc", model(by, incidentId, kind, locale));
		context.setVariable("screen", screen);
		context.setVariable("incidentId", incidentId);
		context.setVariable("organisation", organisations.name(by.organisation(), locale));
		context.setVariable("base", contextPath());
		return templates.process("reporting/document", context);
	}

	/**
	 * The document as plain text, the starting content of a notification that an author
	 * edits before sending.
	 */
	public String text(Actor by, UUID incidentId, DocumentKind kind, Locale locale) {
		return model(by, incidentId, kind, locale).asText();
	}

	/** The document's title in the language, e.g. for a mail subject. */
	public String title(Actor by, UUID incidentId, DocumentKind kind, Locale locale) {
		return model(by, incidentId, kind, locale).title();
	}

	/**
	 * Documents are drafted outside a web context too (mail bodies), so links are built
	 * from the request when there is one.
	 */
	private static String contextPath() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
			return request.getRequest().getContextPath();
		}
		return "";
	}

	private DocumentModel model(Actor by, UUID incidentId, DocumentKind kind, Locale locale) {
		IncidentView incident = incidents.get(by, incidentId);
		String category = categories.find(by.organisation(), incident.category())
			.map(c -> c.name(locale))
			.orElse(incident.category());
		String organisation = organisations.name(by.organisation(), locale);
		boolean ransomware = RansomStance.RANSOMWARE.equals(incident.category());
		DocumentFacts facts = new DocumentFacts(incident, category, privacy.assessment(by, incidentId),
				evidence.forIncident(by, incidentId), ransomware,
				ransomware ? ransom.decision(by, incidentId) : java.util.Optional.empty(), organisation,
				Instant.now(clock), sources.of(by, incident));
		return composer.compose(kind, facts, locale);
	}

}
