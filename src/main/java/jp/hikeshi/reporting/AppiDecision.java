package jp.hikeshi.reporting;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The outcome of {@link AppiThresholds}: whether the PPC report and notice to persons are
 * required, and why.
 */
public record AppiDecision(boolean ppcReportRequired, boolean noticeRequired, List<AppiRule> rules) {

	public AppiDecision {
		rules = List.copyOf(rules);
	}

	/** The rules as stored: comma-separated names. */
	public String rulesCode() {
		return rules.stream().map(Enum::name).collect(Collectors.joining(","));
	}

	static AppiDecision fromCode(boolean ppc, boolean notice, String code) {
		return new AppiDecision(ppc, notice, code == null || code.isBlank() ? List.of()
				: java.util.Arrays.stream(code.split(",")).map(AppiRule::valueOf).toList());
	}
}
