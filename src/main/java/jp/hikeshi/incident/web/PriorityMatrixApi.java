package jp.hikeshi.incident.web;

import java.util.Arrays;
import java.util.List;

import jp.hikeshi.identity.Actors;
import jp.hikeshi.incident.PriorityMatrix;
import jp.hikeshi.incident.PriorityRules;
import jp.hikeshi.incident.PriorityScheme;
import jp.hikeshi.incident.Urgency;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The priority matrices (緊急度 × 重大度) as data: read by everyone who ranks, changed by
 * administrators.
 */
@RestController
@RequestMapping("/api/v1/priority-matrix")
@Tag(name = "priority", description = "Priority matrix: urgency × severity → P1..P4 / 優先度マトリクス")
@PreAuthorize("hasAnyRole('ADMIN','HANDLER','MANAGER')")
class PriorityMatrixApi {

	private final PriorityRules rules;

	private final Actors actors;

	PriorityMatrixApi(PriorityRules rules, Actors actors) {
		this.rules = rules;
		this.actors = actors;
	}

	/** The scheme in use and every scheme's matrix. */
	record Matrices(PriorityScheme scheme, List<Matrix> matrices) {
	}

	/** One matrix: its axes (most severe and most urgent first) and its cells. */
	record Matrix(PriorityScheme scheme, List<String> severities, List<Urgency> urgencies,
			List<PriorityMatrix.Cell> cells) {
	}

	/**
	 * A new setting: the scheme to use and, optionally, all cells of that scheme's
	 * matrix.
	 */
	record Setting(PriorityScheme scheme, List<PriorityMatrix.Cell> cells) {
	}

	/** The priority one cell gives. */
	record Preview(Urgency urgency, String severity, PriorityScheme scheme, String priority) {
	}

	@GetMapping
	Matrices get() {
		var org = actors.current().organisation();
		return new Matrices(rules.scheme(org),
				Arrays.stream(PriorityScheme.values()).map(s -> matrix(rules.matrix(org, s))).toList());
	}

	@PutMapping
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Choose the scheme the forms offer and, with cells, replace that scheme's matrix")
	Matrices configure(@RequestBody Setting setting) {
		rules.configure(actors.current(), setting.scheme(), setting.cells());
		return get();
	}

	@GetMapping("/preview")
	@Operation(summary = "The priority of urgency × severity under the organisation's matrix")
	Preview preview(@RequestParam Urgency urgency, @RequestParam String severity) {
		var priority = rules.rank(actors.current().organisation(), urgency, severity);
		return new Preview(urgency, severity, PriorityScheme.ofSeverity(severity).orElseThrow(), priority.label());
	}

	private static Matrix matrix(PriorityMatrix m) {
		return new Matrix(m.scheme(), m.scheme().severities(), List.of(Urgency.values()), m.cellList());
	}

}
