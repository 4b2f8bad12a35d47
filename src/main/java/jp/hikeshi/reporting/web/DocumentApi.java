package jp.hikeshi.reporting.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;

import jp.hikeshi.identity.Actors;
import jp.hikeshi.reporting.DocumentKind;
import jp.hikeshi.reporting.ReportDocuments;
import jp.hikeshi.shared.RejectedInputException;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;

/**
 * Drafted documents over REST: management report, PPC drafts, police memo and the rest,
 * as HTML or PDF, ja or en.
 */
@RestController
class DocumentApi {

	private final ReportDocuments documents;

	private final Actors actors;

	DocumentApi(ReportDocuments documents, Actors actors) {
		this.documents = documents;
		this.actors = actors;
	}

	// the second path serves the same documents to signed-in pages (the API itself takes
	// bearer tokens only)
	@GetMapping({ "/api/v1/incidents/{id}/documents/{kind}", "/incidents/{id}/documents/{kind}" })
	@Operation(
			summary = "A drafted document (kind e.g. ppc-preliminary, management-report, police-memo); format html|pdf, lang ja|en")
	ResponseEntity<byte[]> document(@PathVariable UUID id, @PathVariable String kind,
			@RequestParam(defaultValue = "html") String format, @RequestParam(defaultValue = "ja") String lang) {
		DocumentKind documentKind = DocumentKind.ofSlug(kind)
			.orElseThrow(() -> new RejectedInputException("kind", "reporting.document.unknown", kind));
		if (!"ja".equals(lang) && !"en".equals(lang)) {
			throw new RejectedInputException("lang", "reporting.document.lang", lang);
		}
		Locale locale = Locale.forLanguageTag(lang);
		String fileName = documentKind.slug() + "-" + lang;
		if ("pdf".equals(format)) {
			return ResponseEntity.ok()
				.contentType(MediaType.APPLICATION_PDF)
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.inline().filename(fileName + ".pdf").build().toString())
				.body(documents.pdf(actors.current(), id, documentKind, locale));
		}
		if (!"html".equals(format)) {
			throw new RejectedInputException("format", "reporting.document.format", format);
		}
		return ResponseEntity.ok()
			.contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
			.body(documents.html(actors.current(), id, documentKind, locale).getBytes(StandardCharsets.UTF_8));
	}

}
