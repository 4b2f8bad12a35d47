package jp.hikeshi.incident;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The severity scales an organisation may rank with: the 4×4 matrix of reference.md, or
 * the damage levels 0–3 of the Tokyo Metropolitan guidebook for SMEs. Their severity
 * codes are disjoint, so a code names its scheme.
 */
public enum PriorityScheme {

	SEVERITY_4X4("EXTENSIVE", "SIGNIFICANT", "MODERATE", "MINOR"),
	DAMAGE_LEVEL("LEVEL_3", "LEVEL_2", "LEVEL_1", "LEVEL_0");

	private final List<String> severities;

	PriorityScheme(String... severities) {
		this.severities = List.of(severities);
	}

	/** Severity codes, most severe first. */
	public List<String> severities() {
		return severities;
	}

	public static Optional<PriorityScheme> ofSeverity(String severity) {
		return Arrays.stream(values()).filter(s -> s.severities.contains(severity)).findFirst();
	}

}
