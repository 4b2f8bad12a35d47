package jp.hikeshi.directory.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jp.hikeshi.directory.ContactView;
import jp.hikeshi.shared.OrganisationId;
import jp.hikeshi.shared.PageOf;
import jp.hikeshi.shared.PageRequest;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The stored internal contacts; the views read here carry no account name (the facade
 * adds it).
 */
@Component
public class ContactRecords {

	private final JdbcClient jdbc;

	ContactRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A page of contacts by name, those whose name, department or title contain the query
	 * when there is one.
	 */
	public PageOf<ContactView> page(OrganisationId organisation, String query, PageRequest page) {
		String where = " WHERE organisation_id = :org";
		String like = null;
		if (query != null && !query.isBlank()) {
			where += " AND (LOWER(name) LIKE :q OR LOWER(department) LIKE :q OR LOWER(title) LIKE :q)";
			like = "%" + query.strip().toLowerCase().replace("%", "").replace("_", "") + "%";
		}
		var select = jdbc.sql("SELECT * FROM contact" + where + " ORDER BY name, id LIMIT :limit OFFSET :offset")
			.param("org", organisation.value())
			.param("limit", page.size())
			.param("offset", page.offset());
		var count = jdbc.sql("SELECT COUNT(*) FROM contact" + where).param("org", organisation.value());
		if (like != null) {
			select = select.param("q", like);
			count = count.param("q", like);
		}
		return new PageOf<>(select.query(ContactRecords::row).list(), page.page(), page.size(),
				count.query(Long.class).single());
	}

	public Optional<ContactView> find(OrganisationId organisation, UUID id) {
		return jdbc.sql("SELECT * FROM contact WHERE id = ? AND organisation_id = ?")
			.params(id, organisation.value())
			.query(ContactRecords::row)
			.optional();
	}

	/** The contacts linked to any of the accounts, by name. */
	public List<ContactView> linkedTo(OrganisationId organisation, Collection<UUID> userIds) {
		return jdbc.sql("SELECT * FROM contact WHERE organisation_id = :org AND user_id IN (:ids) ORDER BY name, id")
			.param("org", organisation.value())
			.param("ids", List.copyOf(userIds))
			.query(ContactRecords::row)
			.list();
	}

	public void insert(OrganisationId organisation, ContactView contact, Instant now) {
		jdbc.sql(
				"""
						INSERT INTO contact (id, organisation_id, name, department, title, phone, email, user_id, created_at, version)
						VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
			.params(contact.id(), organisation.value(), contact.name(), contact.department(), contact.title(),
					contact.phone(), contact.email(), contact.userId(), now.atOffset(ZoneOffset.UTC))
			.update();
	}

	/**
	 * Writes the contact if it is still at the version; the number of rows changed (0
	 * when it moved on).
	 */
	public int update(OrganisationId organisation, ContactView contact, long version) {
		return jdbc
			.sql("""
					UPDATE contact SET name = ?, department = ?, title = ?, phone = ?, email = ?, user_id = ?, version = version + 1
					WHERE id = ? AND organisation_id = ? AND version = ?""")
			.params(contact.name(), contact.department(), contact.title(), contact.phone(), contact.email(),
					contact.userId(), contact.id(), organisation.value(), version)
			.update();
	}

	private static ContactView row(ResultSet rs, int n) throws SQLException {
		return new ContactView(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("department"),
				rs.getString("title"), rs.getString("phone"), rs.getString("email"),
				rs.getObject("user_id", UUID.class), null, rs.getLong("version"));
	}

}
