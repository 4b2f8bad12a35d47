package jp.hikeshi.directory;

import java.util.List;
import java.util.Locale;

import jp.hikeshi.shared.Bilingual;

/**
 * A response role of the organisation's role plan (GEN-2) with its primary and deputies.
 * The default roles have the codes below; organisations rename them and add their own.
 */
public record ResponseRole(String code, Bilingual name, Assignee primary, List<Assignee> deputies, int sortOrder) {

	public static final String LEAD = "LEAD";

	public static final String CONTACT = "CONTACT";

	public static final String SYSADMIN = "SYSADMIN";

	public static final String VENDOR = "VENDOR";

	public static final String PR = "PR";

	public static final String LEGAL = "LEGAL";

	public static final String MANAGEMENT = "MANAGEMENT";

	public ResponseRole {
		deputies = deputies == null ? List.of() : List.copyOf(deputies);
	}

	public String name(Locale locale) {
		return name.in(locale);
	}

	/**
	 * Who takes work given to this role: the primary, else the first deputy, else nobody.
	 */
	public java.util.Optional<Assignee> taker() {
		if (primary != null) {
			return java.util.Optional.of(primary);
		}
		return deputies.stream().findFirst();
	}
}
