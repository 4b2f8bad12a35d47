package jp.hikeshi.notification;

import java.util.Set;

/**
 * A user's choice of the kinds also sent by e-mail, and whether the user has an address
 * to send to.
 */
public record NotificationSettings(boolean hasAddress, Set<NotificationKind> byMail) {

	public NotificationSettings {
		byMail = Set.copyOf(byMail);
	}
}
