package jp.hikeshi.directory.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jp.hikeshi.identity.People;
import jp.hikeshi.identity.Person;
import jp.hikeshi.identity.Role;
import jp.hikeshi.shared.OrganisationId;
import jp.hikeshi.shared.RejectedInputException;

import org.springframework.stereotype.Component;

/**
 * The organisation's user accounts as the directory links them: checked on input, named
 * on output.
 */
@Component
public class UserAccounts {

	private final People people;

	UserAccounts(People people) {
		this.people = people;
	}

	/**
	 * Rejects an id that is not an enabled user of the organisation, naming the field.
	 */
	public void require(OrganisationId organisation, UUID id, String field) {
		if (id != null && !exists(organisation, id)) {
			throw new RejectedInputException(field, "directory.user.unknown");
		}
	}

	public boolean exists(OrganisationId organisation, UUID id) {
		return people.find(organisation, id, Role.values()).isPresent();
	}

	/**
	 * The display names of the enabled users among the ids; disabled or unknown ones are
	 * left out.
	 */
	public Map<UUID, String> names(OrganisationId organisation, Collection<UUID> ids) {
		Map<UUID, String> names = new HashMap<>();
		if (ids.isEmpty()) {
			return names;
		}
		for (Person p : people.withAnyRole(organisation, Role.values())) {
			if (ids.contains(p.id())) {
				names.put(p.id(), p.displayName());
			}
		}
		for (UUID id : ids) {
			if (id != null && !names.containsKey(id)) {
				people.find(organisation, id, Role.values()).ifPresent(p -> names.put(p.id(), p.displayName()));
			}
		}
		return names;
	}

	public static String clean(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
