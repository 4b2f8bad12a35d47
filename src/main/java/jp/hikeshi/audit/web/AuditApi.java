package jp.hikeshi.audit.web;

import jp.hikeshi.audit.AuditEntry;
import jp.hikeshi.audit.AuditTrail;
import jp.hikeshi.audit.AuditVerification;
import jp.hikeshi.shared.CurrentOrganisation;
import jp.hikeshi.shared.PageOf;
import jp.hikeshi.shared.PageRequest;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The audit trail over REST, for administrators and managers. */
@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "audit", description = "Audit trail / 監査ログ")
class AuditApi {

	private final AuditTrail trail;
	private final CurrentOrganisation organisation;

	AuditApi(AuditTrail trail, CurrentOrganisation organisation) {
		this.trail = trail;
		this.organisation = organisation;
	}

	@GetMapping("/verify")
	@PreAuthorize("hasAnyRole('ADMIN','MANAGER')")
	@Operation(summary = "Walk the audit hash chain; reports valid, or the first broken entry")
	AuditVerification verify() {
		return trail.verify();
	}

	@GetMapping
	@PreAuthorize("hasAnyRole('ADMIN','MANAGER')")
	PageOf<AuditEntry> list(@RequestParam(required = false) String objectType,
			@RequestParam(required = false) String objectId, @RequestParam(required = false) String actor,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return trail.page(organisation.get(), objectType, objectId, actor, PageRequest.of(page, size));
	}
}
