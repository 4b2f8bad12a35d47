package jp.hikeshi.directory;

import java.util.Arrays;
import java.util.Optional;

/**
 * The screens of the first-run set-up (GEN-2) in order; the last one, the other contacts,
 * may be left unanswered.
 */
public enum SetupStep {

	ORGANISATION("organisation", true), RESPONSIBLE("responsible", true), DESK("desk", true), VENDOR("vendor", true),
	CONTACTS("contacts", false);

	private final String slug;

	private final boolean required;

	SetupStep(String slug, boolean required) {
		this.slug = slug;
		this.required = required;
	}

	/** The step's name in page addresses, e.g. {@code /setup/desk}. */
	public String slug() {
		return slug;
	}

	public boolean required() {
		return required;
	}

	/** 1 for the first step. */
	public int number() {
		return ordinal() + 1;
	}

	public Optional<SetupStep> next() {
		return ordinal() + 1 < values().length ? Optional.of(values()[ordinal() + 1]) : Optional.empty();
	}

	public Optional<SetupStep> previous() {
		return ordinal() > 0 ? Optional.of(values()[ordinal() - 1]) : Optional.empty();
	}

	public static Optional<SetupStep> bySlug(String slug) {
		return Arrays.stream(values()).filter(s -> s.slug.equals(slug)).findFirst();
	}

}
