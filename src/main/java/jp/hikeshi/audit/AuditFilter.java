package jp.hikeshi.audit;

import java.time.Instant;

/**
 * What a reader narrows the trail to; every part is optional: occurred in [{@code from},
 * {@code to}), by {@code actor} (user name), {@code action} (code), on {@code objectType}
 * (code) and {@code objectId}.
 */
public record AuditFilter(Instant from, Instant to, String actor, String action, String objectType, String objectId) {

	public AuditFilter {
		actor = blankToNull(actor);
		action = blankToNull(action);
		objectType = blankToNull(objectType);
		objectId = blankToNull(objectId);
	}

	public static AuditFilter none() {
		return new AuditFilter(null, null, null, null, null, null);
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
