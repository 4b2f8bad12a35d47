package jp.hikeshi.directory;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import jp.hikeshi.audit.AuditEvent;
import jp.hikeshi.directory.internal.ContactRecords;
import jp.hikeshi.directory.internal.Editors;
import jp.hikeshi.directory.internal.UserAccounts;
import jp.hikeshi.identity.Actor;
import jp.hikeshi.shared.NotFoundException;
import jp.hikeshi.shared.OrganisationId;
import jp.hikeshi.shared.PageOf;
import jp.hikeshi.shared.PageRequest;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisation's internal contacts: who to call, in which department, and which
 * account they sign in with.
 */
@Service
@Transactional(readOnly = true)
public class ContactDirectory {

	private final ContactRecords records;

	private final UserAccounts users;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ContactDirectory(ContactRecords records, UserAccounts users, ApplicationEventPublisher events, Clock clock) {
		this.records = records;
		this.users = users;
		this.events = events;
		this.clock = clock;
	}

	public PageOf<ContactView> page(OrganisationId organisation, String query, PageRequest page) {
		PageOf<ContactView> rows = records.page(organisation, query, page);
		return new PageOf<>(named(organisation, rows.items()), rows.page(), rows.size(), rows.totalItems());
	}

	public Optional<ContactView> find(OrganisationId organisation, UUID id) {
		return records.find(organisation, id).map(c -> named(organisation, List.of(c)).get(0));
	}

	/**
	 * The contacts linked to the given user accounts, e.g. for their phone numbers on the
	 * role plan sheet.
	 */
	public Map<UUID, ContactView> linkedTo(OrganisationId organisation, Collection<UUID> userIds) {
		if (userIds.isEmpty()) {
			return Map.of();
		}
		Map<UUID, ContactView> linked = new java.util.HashMap<>();
		records.linkedTo(organisation, userIds).forEach(c -> linked.putIfAbsent(c.userId(), c));
		return linked;
	}

	@Transactional
	public ContactView register(Actor by, ContactInput input) {
		Editors.requireDirectoryEditor(by);
		users.require(by.organisation(), input.userId(), "userId");
		UUID id = UUID.randomUUID();
		records.insert(by.organisation(), contact(id, input), Instant.now(clock));
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
		int updated = records.update(by.organisation(), contact(id, input), current.version());
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

	private static ContactView contact(UUID id, ContactInput input) {
		return new ContactView(id, input.name().strip(), UserAccounts.clean(input.department()),
				UserAccounts.clean(input.title()), UserAccounts.clean(input.phone()), UserAccounts.clean(input.email()),
				input.userId(), null, 0);
	}

	private void audit(Actor by, String action, UUID id, String name) {
		events.publishEvent(AuditEvent.by(by.organisation(), by.username(), by.id())
			.did(action)
			.on("CONTACT", id)
			.with("name", name)
			.summary(name)
			.at(Instant.now(clock)));
	}

}
