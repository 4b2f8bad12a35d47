package jp.hikeshi.audit.web;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import jp.hikeshi.audit.AuditFilter;
import jp.hikeshi.audit.AuditTrail;
import jp.hikeshi.shared.DisplayZone;
import jp.hikeshi.shared.OrganisationId;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * Writes the audit trail as CSV straight into the response while the rows are read
 * (memory stays flat at a million entries): UTF-8 with a byte order mark so that Excel
 * opens Japanese text, a header in the reader's language.
 */
@Component
class AuditCsv {

	static final String CONTENT_TYPE = "text/csv;charset=UTF-8";

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private static final String[] COLUMNS = { "when", "actor", "action", "actionCode", "objectType", "objectId",
			"details", "seq", "hash" };

	private final AuditTrail trail;

	private final AuditLabels labels;

	private final MessageSource messages;

	private final DisplayZone zone;

	AuditCsv(AuditTrail trail, AuditLabels labels, MessageSource messages, DisplayZone zone) {
		this.trail = trail;
		this.labels = labels;
		this.messages = messages;
		this.zone = zone;
	}

	void write(OrganisationId organisation, AuditFilter filter, Locale locale, HttpServletResponse response)
			throws IOException {
		response.setContentType(CONTENT_TYPE);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
			.filename("audit-" + DateTimeFormatter.ofPattern("yyyyMMdd-HHmm").format(Instant.now().atZone(zone.zone()))
					+ ".csv")
			.build()
			.toString());
		Writer out = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8),
				1 << 16);
		out.write('\uFEFF');
		String[] header = new String[COLUMNS.length];
		for (int i = 0; i < COLUMNS.length; i++) {
			header[i] = messages.getMessage("audit.csv." + COLUMNS[i], new Object[] { zone.zone().getId() }, locale);
		}
		try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header).get())) {
			trail.each(organisation, filter, e -> {
				try {
					csv.printRecord(TIME.format(e.occurredAt().atZone(zone.zone())), e.actor(),
							labels.action(e.action(), locale), e.action(), labels.type(e.objectType(), locale),
							e.objectId(), labels.details(e, locale), e.seq(), e.hash());
				}
				catch (IOException broken) {
					throw new UncheckedIOException(broken);
				}
			});
		}
	}

}
