package jp.hikeshi.reporting;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * A document Hikeshi drafts from an incident, named in URLs by its slug
 * ({@code ppc-preliminary}).
 */
public enum DocumentKind {

	MANAGEMENT_REPORT, RELATED_ORGANISATION_NOTICE, PPC_PRELIMINARY, PPC_FINAL, NOTICE_TO_PERSONS, IPA_VIRUS,
	IPA_UNAUTHORISED_ACCESS, JPCERT, POLICE_MEMO, PRESS_RELEASE;

	public String slug() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	public static Optional<DocumentKind> ofSlug(String slug) {
		return Arrays.stream(values()).filter(k -> k.slug().equals(slug) || k.name().equals(slug)).findFirst();
	}

}
