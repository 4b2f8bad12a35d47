package jp.hikeshi.audit.web;

import java.time.LocalDate;

import jp.hikeshi.audit.AuditFilter;
import jp.hikeshi.shared.DisplayZone;
import jp.hikeshi.shared.RejectedInputException;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The filter parameters of the audit page, export and API: {@code from} and {@code to}
 * are days in the display zone, both included.
 */
record AuditQuery(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, String actor, String action, String objectType,
		String objectId) {

	AuditFilter filter(DisplayZone zone) {
		if (from != null && to != null && to.isBefore(from)) {
			throw new RejectedInputException("to", "audit.filter.toBeforeFrom");
		}
		return new AuditFilter(from == null ? null : from.atStartOfDay(zone.zone()).toInstant(),
				to == null ? null : to.plusDays(1).atStartOfDay(zone.zone()).toInstant(), actor, action, objectType,
				objectId);
	}
}
