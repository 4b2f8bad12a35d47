package jp.hikeshi.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jp.hikeshi.identity.internal.AccountRules;
import jp.hikeshi.identity.internal.Accounts;
import jp.hikeshi.identity.internal.User;
import jp.hikeshi.identity.internal.Users;
import jp.hikeshi.shared.FieldProblem;
import jp.hikeshi.shared.NotFoundException;
import jp.hikeshi.shared.OrganisationId;
import jp.hikeshi.shared.PageOf;
import jp.hikeshi.shared.PageRequest;
import jp.hikeshi.shared.RejectedInputException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administrators' work on the accounts of their organisation (the users API and the
 * first-run set-up): create, list, change roles, lock, unlock, deactivate and set the
 * language, each change audited by {@code Accounts}.
 */
@Service
@Transactional
public class UserAdministration {

	private final Accounts accounts;

	private final Users users;

	private final Clock clock;

	UserAdministration(Accounts accounts, Users users, Clock clock) {
		this.accounts = accounts;
		this.users = users;
		this.clock = clock;
	}

	/**
	 * Creates the account after checking every field; a username already taken is a fault
	 * of {@code username}.
	 */
	public UserAccount create(Actor by, NewUser user) {
		requireAdministrator(by);
		List<FieldProblem> problems = problems(user, "");
		if (!problems.isEmpty()) {
			throw new RejectedInputException(problems);
		}
		Set<Role> roles = AccountRules.roles(user.roles(), "", new ArrayList<>());
		Locale locale = AccountRules.locale(user.language(), "", new ArrayList<>());
		User created = accounts.create(new Accounts.NewAccount(user.username().strip(), user.displayName().strip(),
				user.email(), user.password(), locale, roles), by);
		return view(created);
	}

	/**
	 * The faults of an account to create, each field named under the prefix, including a
	 * username already taken.
	 */
	@Transactional(readOnly = true)
	public List<FieldProblem> problems(NewUser user, String prefix) {
		List<FieldProblem> problems = new ArrayList<>(AccountRules.check(user, prefix));
		if (user.username() != null && users.findByUsername(user.username().strip()).isPresent()) {
			problems.add(new FieldProblem(prefix + "username", "user.username.taken"));
		}
		return problems;
	}

	@Transactional(readOnly = true)
	public PageOf<UserAccount> page(Actor by, PageRequest page) {
		requireAdministrator(by);
		UUID organisation = by.organisation().value();
		List<UUID> ids = users.idsByUsername(organisation, page.size(), page.offset());
		List<UserAccount> items = users.findAllById(ids)
			.stream()
			.sorted(Comparator.comparing(User::username))
			.map(this::view)
			.toList();
		return new PageOf<>(items, page.page(), page.size(), users.countOf(organisation));
	}

	@Transactional(readOnly = true)
	public UserAccount get(Actor by, UUID id) {
		requireAdministrator(by);
		return view(owned(by.organisation(), id));
	}

	/**
	 * An account of the organisation by id, whoever asks (e.g. to show the set-up's
	 * answers).
	 */
	@Transactional(readOnly = true)
	public Optional<UserAccount> find(OrganisationId organisation, UUID id) {
		return users.findById(id).filter(u -> u.organisation().equals(organisation)).map(this::view);
	}

	/** An account of the organisation by its username. */
	@Transactional(readOnly = true)
	public Optional<UserAccount> findByUsername(OrganisationId organisation, String username) {
		return username == null ? Optional.empty()
				: users.findByUsername(username.strip())
					.filter(u -> u.organisation().equals(organisation))
					.map(this::view);
	}

	/**
	 * Applies the fields given; administrators cannot take their own ADMIN role,
	 * deactivate or lock themselves.
	 */
	public UserAccount change(Actor by, UUID id, UserChange change) {
		requireAdministrator(by);
		User user = owned(by.organisation(), id);
		List<FieldProblem> problems = AccountRules.check(change);
		if (!problems.isEmpty()) {
			throw new RejectedInputException(problems);
		}
		if (change.displayName() != null || change.email() != null || change.roles() != null
				|| change.active() != null) {
			Set<Role> roles = change.roles() == null ? user.roles()
					: AccountRules.roles(change.roles(), "", new ArrayList<>());
			accounts.update(id, change.displayName() == null ? user.displayName() : change.displayName().strip(),
					change.email() == null ? user.email() : change.email(), roles,
					change.active() == null ? user.enabled() : change.active(), by);
		}
		if (Boolean.TRUE.equals(change.locked())) {
			accounts.lock(id, by);
		}
		else if (Boolean.FALSE.equals(change.locked())) {
			accounts.unlock(id, by);
		}
		if (change.language() != null) {
			accounts.changeLocale(id, AccountRules.locale(change.language(), "", new ArrayList<>()), by);
		}
		return view(accounts.get(id));
	}

	private User owned(OrganisationId organisation, UUID id) {
		return users.findById(id)
			.filter(u -> u.organisation().equals(organisation))
			.orElseThrow(() -> new NotFoundException("user", id));
	}

	private UserAccount view(User user) {
		return new UserAccount(user.id(), user.username(), user.displayName(), user.email(), user.roles(),
				user.locale().getLanguage(), user.enabled(), user.isLockedAt(Instant.now(clock)), user.lockedUntil(),
				user.createdAt());
	}

	private static void requireAdministrator(Actor by) {
		if (!by.has(Role.ADMIN)) {
			throw new AccessDeniedException("accounts are administered by administrators");
		}
	}

}
