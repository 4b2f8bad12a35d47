package jp.hikeshi.directory;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jp.hikeshi.identity.Actor;
import jp.hikeshi.identity.UserAccount;
import jp.hikeshi.identity.UserAdministration;

/**
 * Puts each person named in the set-up into the contact directory once (matched by the
 * linked account), titled with the Japanese name of the role they take in the role plan.
 */
final class SetupContacts {

	private static final Map<String, String> ROLE_OF_SLOT = Map.of("responsible", ResponseRole.LEAD, "deputy",
			ResponseRole.LEAD, "desk", ResponseRole.CONTACT, "system", ResponseRole.SYSADMIN, "management",
			ResponseRole.MANAGEMENT, "pr", ResponseRole.PR, "legal", ResponseRole.LEGAL);

	private SetupContacts() {
	}

	static void ensure(ContactDirectory contacts, RolePlan plan, UserAdministration users, Actor by, UUID userId,
			String slot, String phone) {
		if (!contacts.linkedTo(by.organisation(), List.of(userId)).isEmpty()) {
			return;
		}
		UserAccount user = users.find(by.organisation(), userId).orElseThrow();
		String title = plan.role(by.organisation(), ROLE_OF_SLOT.get(slot)).map(r -> r.name().ja()).orElse(null);
		if (title != null && "deputy".equals(slot)) {
			title = title + "（代理）";
		}
		String cleanPhone = phone == null || phone.isBlank() ? null : phone.strip();
		contacts.register(by, new ContactInput(user.displayName(), null, title, cleanPhone, user.email(), userId));
	}

}
