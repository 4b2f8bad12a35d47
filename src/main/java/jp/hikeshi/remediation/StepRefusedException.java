package jp.hikeshi.remediation;

import java.util.List;

/**
 * A step that does not follow from where the action or item stands; answered with 409 and
 * the steps that may follow.
 */
public class StepRefusedException extends RuntimeException {

	private final String messageKey;

	private final String labelPrefix;

	private final String from;

	private final String to;

	private final List<String> allowed;

	/** {@code labelPrefix} + a step's name is the message key of the step's label. */
	public StepRefusedException(String messageKey, String labelPrefix, String from, String to, List<String> allowed) {
		super(from + " → " + to + " is not allowed; allowed: " + allowed);
		this.messageKey = messageKey;
		this.labelPrefix = labelPrefix;
		this.from = from;
		this.to = to;
		this.allowed = List.copyOf(allowed);
	}

	public String messageKey() {
		return messageKey;
	}

	public String labelPrefix() {
		return labelPrefix;
	}

	public String from() {
		return from;
	}

	public String to() {
		return to;
	}

	public List<String> allowed() {
		return allowed;
	}

}
