package jp.hikeshi.identity;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jp.hikeshi.identity.internal.PeopleRecords;
import jp.hikeshi.shared.OrganisationId;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds the people of an organisation, so that other modules can assign work to them by
 * id.
 */
@Service
@Transactional(readOnly = true)
public class People {

	private final PeopleRecords records;

	People(PeopleRecords records) {
		this.records = records;
	}

	/** An enabled user of the organisation holding at least one of the roles. */
	public Optional<Person> find(OrganisationId organisation, UUID id, Role... anyOf) {
		return records.find(organisation, id, anyOf);
	}

	/**
	 * Enabled users holding at least one of the roles, by name, for choosing in a form.
	 */
	public List<Person> withAnyRole(OrganisationId organisation, Role... anyOf) {
		return records.withAnyRole(organisation, anyOf);
	}

	/**
	 * The mailboxes of the given users and of every enabled user holding one of the
	 * roles, for those with an address; each person once, in the language they chose.
	 */
	public List<Mailbox> mailboxes(OrganisationId organisation, Collection<UUID> ids, Role... anyOf) {
		return records.mailboxes(organisation, ids, anyOf);
	}

	/**
	 * The mailboxes of exactly the given users (enabled, with an address), each in the
	 * language they chose.
	 */
	public List<Mailbox> mailboxesOf(OrganisationId organisation, Collection<UUID> ids) {
		return records.mailboxesOf(organisation, ids);
	}

}
