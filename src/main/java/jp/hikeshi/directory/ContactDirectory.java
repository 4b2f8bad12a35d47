package jp.hikeshi.directory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import jp.hikeshi.audit.AuditEvent;
import jp.hikeshi.directory.internal.Editors;
import jp.hikeshi.directory.internal.UserAccounts;
import jp.hikeshi.identity.Actor;
import jp.hikeshi.shared.NotFoundException;
import jp.hikeshi.shared.OrganisationId;
import jp.hikeshi.shared.PageOf;
import jp.hikeshi.shared.PageRequest;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The organisation's internal contacts: who to call, in which department, and which account they sign in with. */
@Service
@Transactional(readOnly = true)
public class ContactDirectory {

	private final JdbcClient jdbc;
	private final UserAccounts users;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	ContactDirectory(JdbcClient jdbc, UserAccounts users, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.users = users;
		this.events = events;
		this.clock = clock;
	}

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
		List<ContactView> items = named(organisation, select.query(ContactDirectory::row).list());
		return new PageOf<>(items, page.page(), page.size(), count.query(Long.class).single());
	}

	public Optional<ContactView> find(OrganisationId organisation, UUID id) {
		return jdbc.sql("SELECT * FROM contact WHERE id = ? AND organisation_id = ?")
			.params(id, organisation.value())
			.query(ContactDirectory::row)
			.optional()
			.map(c -> named(organisation, List.of(c)).get(0));
	}

	/** The contacts linked to the given user accounts, e.g. for their phone numbers on the role plan sheet. */
	public Map<UUID, ContactView> linkedTo(OrganisationId organisation, Collection<UUID> userIds) {
		if (userIds.isEmpty()) {
			return Map.of();
		}
		Map<UUID, ContactView> linked = new java.util.HashMap<>();
		jdbc.sql("SELECT * FROM contact WHERE organisation_id = :org AND user_id IN (:ids) ORDER BY name, id")
			.param("org", organisation.value())
			.param("ids", List.copyOf(userIds))
			.query(ContactDirectory::row)
			.list()
			.forEach(c -> linked.putIfAbsent(c.userId(), c));
		return linked;
	}

	@Transactional
	public ContactView register(Actor by, ContactInput input) {
		Editors.requireDirectoryEditor(by);
		users.require(by.organisation(), input.userId(), "userId");
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO contact (id, organisation_id, name, department, title, phone, email, user_id, created_at, version)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
			.params(id, by.organisation().value(), input.name().strip(), UserAccounts.clean(input.department()),
					UserAccounts.clean(input.title()), UserAccounts.clean(input.phone()), UserAccounts.clean(input.email()),
					input.userId(), Instant.now(clock).atOffset(ZoneOffset.UTC))
			.update();
		audit(by, "CONTACT_CREATED", id, input.name());
		return find(by.organisation(), id).orElseThrow();
	}

	@Transactional
	public ContactView describe(Actor by, UUID id, ContactInput input, Long expectedVersion) {
		Editors.requireDirectoryEditor(by);
		ContactView current = find(by.organisation(), id).orElseThrow(() -> new NotFoundException("contact", id));
		if (expectedVersion != null && expectedVersion != current.version()) {
			throw new OptimisticLockingFailureException("contact " + id + " changed since version " + expectedVersion);
		}
		users.require(by.organisation(), input.userId(), "userId");
		int updated = jdbc.sql("""
				UPDATE contact SET name = ?, department = ?, title = ?, phone = ?, email = ?, user_id = ?, version = version + 1
				WHERE id = ? AND organisation_id = ? AND version = ?""")
			.params(input.name().strip(), UserAccounts.clean(input.department()), UserAccounts.clean(input.title()),
					UserAccounts.clean(input.phone()), UserAccounts.clean(input.email()), input.userId(), id,
					by.organisation().value(), current.version())
			.update();
		if (updated == 0) {
			throw new OptimisticLockingFailureException("contact " + id + " changed meanwhile");
		}
		audit(by, "CONTACT_UPDATED", id, input.name());
		return find(by.organisation(), id).orElseThrow();
	}

	private List<ContactView> named(OrganisationId organisation, List<ContactView> contacts) {
		Map<UUID, String> names = users.names(organisation,
				contacts.stream().map(ContactView::userId).filter(Objects::nonNull).toList());
		return contacts.stream()
			.map(c -> new ContactView(c.id(), c.name(), c.department(), c.title(), c.phone(), c.email(), c.userId(),
					names.get(c.userId()), c.version()))
			.toList();
	}

	private static ContactView row(ResultSet rs, int n) throws SQLException {
		return new ContactView(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("department"),
				rs.getString("title"), rs.getString("phone"), rs.getString("email"), rs.getObject("user_id", UUID.class), null,
				rs.getLong("version"));
	}

	private void audit(Actor by, String action, UUID id, String name) {
		events.publishEvent(AuditEvent.by(by.organisation(), by.username(), by.id()).did(action).on("CONTACT", id)
			.with("name", name).summary(name).at(Instant.now(clock)));
	}
}
