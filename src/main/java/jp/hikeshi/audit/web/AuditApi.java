package jp.hikeshi.audit.web;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import jp.hikeshi.audit.AuditCursor;
import jp.hikeshi.audit.AuditEntry;
import jp.hikeshi.audit.AuditSlice;
import jp.hikeshi.audit.AuditTrail;
import jp.hikeshi.audit.AuditVerification;
import jp.hikeshi.shared.CurrentOrganisation;
import jp.hikeshi.shared.DisplayZone;
import jp.hikeshi.shared.PageOf;
import jp.hikeshi.shared.PageRequest;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import tools.jackson.databind.ObjectMapper;

/** The audit trail over REST, for administrators and managers. */
@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "audit", description = "Audit trail / 監査ログ")
class AuditApi {

	static final String CHAIN_TYPE = "application/jsonl;charset=UTF-8";

	private final AuditTrail trail;

	private final CurrentOrganisation organisation;

	private final AuditCsv csv;

	private final DisplayZone zone;

	private final ObjectMapper json;

	AuditApi(AuditTrail trail, CurrentOrganisation organisation, AuditCsv csv, DisplayZone zone, ObjectMapper json) {
		this.json = json;
		this.trail = trail;
		this.organisation = organisation;
		this.csv = csv;
		this.zone = zone;
	}

	/**
	 * A page of entries; with {@code before} (or {@code after}) a page by position, with
	 * cursors to the next ones.
	 */
	record AuditPage(List<AuditEntry> items, int page, int size, long totalItems, int totalPages, String older,
			String newer) {

		static AuditPage of(PageOf<AuditEntry> page) {
			return new AuditPage(page.items(), page.page(), page.size(), page.totalItems(), page.totalPages(),
					page.items().isEmpty() ? null : page.items().get(page.items().size() - 1).cursor().toString(),
					null);
		}

		static AuditPage of(AuditSlice slice, int size) {
			return new AuditPage(slice.items(), 0, size, -1, -1, text(slice.older()), text(slice.newer()));
		}

		private static String text(AuditCursor cursor) {
			return cursor == null ? null : cursor.toString();
		}
	}

	@GetMapping("/verify")
	@PreAuthorize("hasAnyRole('ADMIN','MANAGER')")
	@Operation(summary = "Walk the audit hash chain; reports valid, or the first broken entry")
	AuditVerification verify() {
		return trail.verify();
	}

	@GetMapping
	@PreAuthorize("hasAnyRole('ADMIN','MANAGER')")
	@Operation(summary = "Audit entries, newest first: numbered pages (page/size, with totals) or, with before/after, "
			+ "pages by position (cursor from 'older'/'newer'; totals -1); filters from/to (days in the display zone, "
			+ "both included), actor, action, objectType, objectId")
	AuditPage list(@ModelAttribute AuditQuery query, @RequestParam(required = false) String before,
			@RequestParam(required = false) String after, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		PageRequest request = PageRequest.of(page, size);
		if (before != null || after != null) {
			return AuditPage.of(trail.slice(organisation.get(), query.filter(zone), AuditCursor.parse(before),
					AuditCursor.parse(after), request.size()), request.size());
		}
		return AuditPage.of(trail.page(organisation.get(), query.filter(zone), request));
	}

	@GetMapping(path = "/chain/export", produces = CHAIN_TYPE)
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(
			summary = "The hash chain up to its head as JSON Lines, the head first, for tools/verify_audit_chain.py; "
					+ "entries of other organisations by position and hashes only")
	void exportChain(HttpServletResponse response) throws IOException {
		response.setContentType(CHAIN_TYPE);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename("audit-chain.jsonl").build().toString());
		PrintWriter out = response.getWriter();
		trail.exportChain(organisation.get(), line -> {
			out.write(json.writeValueAsString(line));
			out.write('\n');
		});
		out.flush();
	}

	@GetMapping(path = "/export.csv", produces = AuditCsv.CONTENT_TYPE)
	@PreAuthorize("hasAnyRole('ADMIN','MANAGER')")
	@Operation(summary = "Every matching entry as CSV (UTF-8 with BOM, header in the caller's language), streamed")
	void export(@ModelAttribute AuditQuery query, Locale locale, HttpServletResponse response) throws IOException {
		csv.write(organisation.get(), query.filter(zone), locale, response);
	}

}
