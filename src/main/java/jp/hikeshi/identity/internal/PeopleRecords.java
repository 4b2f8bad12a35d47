package jp.hikeshi.identity.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jp.hikeshi.identity.Mailbox;
import jp.hikeshi.identity.Person;
import jp.hikeshi.identity.Role;
import jp.hikeshi.shared.OrganisationId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The enabled user accounts of an organisation as people to choose and to write to, read
 * by role or by id.
 */
@Component
public class PeopleRecords {

	private static final int PICK_LIST_LIMIT = 500;

	private final JdbcClient jdbc;

	PeopleRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** An enabled user of the organisation holding at least one of the roles. */
	public Optional<Person> find(OrganisationId organisation, UUID id, Role... anyOf) {
		return jdbc.sql("""
				SELECT u.id, u.display_name FROM app_user u
				WHERE u.id = :id AND u.organisation_id = :org AND u.enabled
				  AND EXISTS (SELECT 1 FROM user_role r WHERE r.app_user = u.id AND r.role IN (:roles))""")
			.param("id", id)
			.param("org", organisation.value())
			.param("roles", names(anyOf))
			.query((rs, n) -> new Person(rs.getObject("id", UUID.class), rs.getString("display_name")))
			.optional();
	}

	/**
	 * Enabled users holding at least one of the roles, by name, for choosing in a form.
	 */
	public List<Person> withAnyRole(OrganisationId organisation, Role... anyOf) {
		return jdbc.sql("""
				SELECT u.id, u.display_name FROM app_user u
				WHERE u.organisation_id = :org AND u.enabled
				  AND EXISTS (SELECT 1 FROM user_role r WHERE r.app_user = u.id AND r.role IN (:roles))
				ORDER BY u.display_name, u.id LIMIT :limit""")
			.param("org", organisation.value())
			.param("limit", PICK_LIST_LIMIT)
			.param("roles", names(anyOf))
			.query((rs, n) -> new Person(rs.getObject("id", UUID.class), rs.getString("display_name")))
			.list();
	}

	/**
	 * The mailboxes of the given users and of every enabled user holding one of the
	 * roles, for those with an address; each person once, in the language they chose.
	 */
	public List<Mailbox> mailboxes(OrganisationId organisation, java.util.Collection<UUID> ids, Role... anyOf) {
		// an empty IN list is not valid SQL; a random id matches nobody
		List<UUID> users = ids.isEmpty() ? List.of(UUID.randomUUID()) : List.copyOf(ids);
		return jdbc
			.sql("""
					SELECT u.id, u.display_name, u.email, u.locale FROM app_user u
					WHERE u.organisation_id = :org AND u.enabled AND u.email IS NOT NULL
					  AND (u.id IN (:ids) OR EXISTS (SELECT 1 FROM user_role r WHERE r.app_user = u.id AND r.role IN (:roles)))
					ORDER BY u.display_name, u.id LIMIT :limit""")
			.param("limit", PICK_LIST_LIMIT)
			.param("org", organisation.value())
			.param("ids", users)
			.param("roles", names(anyOf))
			.query((rs, n) -> new Mailbox(rs.getObject("id", UUID.class), rs.getString("display_name"),
					rs.getString("email"), java.util.Locale.forLanguageTag(rs.getString("locale"))))
			.list();
	}

	/**
	 * The mailboxes of exactly the given users (enabled, with an address), each in the
	 * language they chose.
	 */
	public List<Mailbox> mailboxesOf(OrganisationId organisation, java.util.Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				SELECT u.id, u.display_name, u.email, u.locale FROM app_user u
				WHERE u.organisation_id = :org AND u.enabled AND u.email IS NOT NULL AND u.id IN (:ids)
				ORDER BY u.display_name, u.id LIMIT :limit""")
			.param("limit", PICK_LIST_LIMIT)
			.param("org", organisation.value())
			.param("ids", List.copyOf(ids))
			.query((rs, n) -> new Mailbox(rs.getObject("id", UUID.class), rs.getString("display_name"),
					rs.getString("email"), java.util.Locale.forLanguageTag(rs.getString("locale"))))
			.list();
	}

	private static List<String> names(Role... roles) {
		return java.util.Arrays.stream(roles).map(Role::name).toList();
	}

}
