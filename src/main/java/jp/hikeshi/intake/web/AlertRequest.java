package jp.hikeshi.intake.web;

import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;

import io.swagger.v3.oas.annotations.media.Schema;

import jp.hikeshi.intake.ObservableInput;
import jp.hikeshi.intake.Severity;
import jp.hikeshi.shared.FieldProblem;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * One alert as a monitoring tool posts it (DET-2). Read by {@link AlertJson}, which
 * collects every fault of the alert (a wrong type, an unknown property, an unknown
 * severity) in {@code faults} instead of failing at the first, so that one bad alert of a
 * batch is answered on its own.
 */
@JsonDeserialize(using = AlertJson.class)
@Schema(name = "AlertRequest", description = "One alert from a monitoring tool / 監視ツールからのアラート 1 件")
record AlertRequest(
		@Schema(description = "The tool that raised it", requiredMode = Schema.RequiredMode.REQUIRED,
				example = "edr") String source,
		@Schema(description = "The tool's own id of the alert; a repeat of (source, sourceRef) is counted",
				requiredMode = Schema.RequiredMode.REQUIRED, example = "EDR-2026-0042") String sourceRef,
		@Schema(description = "What the tool saw", requiredMode = Schema.RequiredMode.REQUIRED) String title,
		@Schema(description = "Severity (case-insensitive)",
				requiredMode = Schema.RequiredMode.REQUIRED) Severity severity,
		@Schema(description = "When it happened, with an offset", requiredMode = Schema.RequiredMode.REQUIRED,
				example = "2026-12-03T10:15:00+09:00") OffsetDateTime occurredAt,
		@Schema(description = "Indicators (IP, DOMAIN, URL, EMAIL, SHA256, …)") List<ObservableInput> observables,
		@Schema(description = "The tool's own payload, kept as received (any JSON)") JsonNode raw,
		@JsonIgnore @Schema(hidden = true) List<FieldProblem> faults) {

	static AlertRequest notAnObject() {
		return new AlertRequest(null, null, null, null, null, List.of(), null,
				List.of(new FieldProblem("", "alert.notObject")));
	}
}
