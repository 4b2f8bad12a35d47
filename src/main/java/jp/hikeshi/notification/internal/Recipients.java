package jp.hikeshi.notification.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import jp.hikeshi.directory.Assignee;
import jp.hikeshi.directory.AssigneeKind;
import jp.hikeshi.directory.ResponseRole;
import jp.hikeshi.directory.RolePlan;
import jp.hikeshi.directory.Vendors;
import jp.hikeshi.identity.Actor;
import jp.hikeshi.identity.People;
import jp.hikeshi.identity.Person;
import jp.hikeshi.identity.Role;
import jp.hikeshi.shared.OrganisationId;

import org.springframework.stereotype.Component;

/** Who is told: the users behind a role of the role plan, the desk, an assignee. */
@Component
public class Recipients {

	private static final UUID SYSTEM = new UUID(0, 0);

	private final RolePlan rolePlan;

	private final Vendors vendors;

	private final People people;

	private final int deskFallbackMax;

	Recipients(RolePlan rolePlan, Vendors vendors, People people, NotificationProperties settings) {
		this.rolePlan = rolePlan;
		this.vendors = vendors;
		this.people = people;
		this.deskFallbackMax = settings.deskFallbackMax();
	}

	/**
	 * A read-only reader of the organisation's records: notices are composed outside any
	 * request.
	 */
	public static Actor system(OrganisationId organisation) {
		return new Actor(SYSTEM, "system", "Hikeshi", organisation, EnumSet.of(Role.MANAGER), Locale.JAPANESE);
	}

	/**
	 * The users staffing the role (primary and deputies; a vendor in the role through its
	 * linked accounts).
	 */
	public List<UUID> ofRole(OrganisationId organisation, String roleCode) {
		Set<UUID> users = new LinkedHashSet<>();
		rolePlan.role(organisation, roleCode)
			.ifPresent(role -> Stream.concat(Stream.ofNullable(role.primary()), role.deputies().stream())
				.forEach(member -> users.addAll(usersOf(organisation, member))));
		return List.copyOf(users);
	}

	/**
	 * The desk (窓口): the users staffing its role; while it is unstaffed, the handlers (at
	 * most {@code hikeshi.notification.desk-fallback-max}, by name), so that a new report
	 * never goes unseen.
	 */
	public List<UUID> desk(OrganisationId organisation) {
		List<UUID> staff = ofRole(organisation, ResponseRole.CONTACT);
		if (!staff.isEmpty()) {
			return staff;
		}
		return people.withAnyRole(organisation, Role.HANDLER).stream().limit(deskFallbackMax).map(Person::id).toList();
	}

	/** The vendor's own address, for a vendor assignee that has one. */
	public java.util.Optional<String> vendorAddress(OrganisationId organisation, Assignee assignee) {
		if (assignee == null || assignee.kind() != AssigneeKind.VENDOR) {
			return java.util.Optional.empty();
		}
		return vendors.find(organisation, assignee.id()).map(v -> v.email()).filter(e -> e != null && e.contains("@"));
	}

	/** The user, or the accounts linked to the vendor's people. */
	public List<UUID> usersOf(OrganisationId organisation, Assignee assignee) {
		if (assignee == null) {
			return List.of();
		}
		if (assignee.kind() == AssigneeKind.VENDOR) {
			return new ArrayList<>(vendors.accountsOf(organisation, assignee.id()));
		}
		return List.of(assignee.id());
	}

}
