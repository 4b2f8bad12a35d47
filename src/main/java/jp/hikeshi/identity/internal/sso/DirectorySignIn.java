package jp.hikeshi.identity.internal.sso;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jp.hikeshi.identity.Role;
import jp.hikeshi.identity.internal.User;
import jp.hikeshi.identity.internal.Users;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.ldap.core.DirContextOperations;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.ldap.DefaultSpringSecurityContextSource;
import org.springframework.security.ldap.authentication.BindAuthenticator;
import org.springframework.security.ldap.search.FilterBasedLdapUserSearch;

/**
 * The user name and password form's second way in. An account with a local password (not
 * linked to a directory) is left to the local check, so break-glass accounts never depend
 * on the directory. An account linked to a directory binds to its organisation's
 * directory; a user name no account has is tried against each enabled directory in turn
 * and, when one binds and maps a role, provisioned just in time.
 */
class DirectorySignIn implements AuthenticationProvider {

	private static final Logger log = LoggerFactory.getLogger(DirectorySignIn.class);

	private final Users users;

	private final SsoSettings settings;

	private final SsoAccounts accounts;

	private final Map<UUID, Bound> authenticators = new ConcurrentHashMap<>();

	DirectorySignIn(Users users, SsoSettings settings, SsoAccounts accounts) {
		this.users = users;
		this.settings = settings;
		this.accounts = accounts;
	}

	private record Bound(Instant version, BindAuthenticator authenticator) {
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	@Override
	public Authentication authenticate(Authentication attempt) {
		String username = attempt.getName();
		Optional<User> local = users.findByUsername(username);
		List<LdapSettings> directories;
		if (local.isPresent()) {
			if (accounts.linkOf(local.get().id()).filter(SignInSource.LDAP::equals).isEmpty()) {
				return null;
			}
			directories = settings.ldap(local.get().organisation())
				.filter(LdapSettings::enabled)
				.map(List::of)
				.orElse(List.of());
		}
		else {
			directories = settings.enabledLdap();
		}
		for (LdapSettings directory : directories) {
			DirContextOperations entry = bind(directory, attempt);
			if (entry != null) {
				return signedIn(directory, username, entry);
			}
		}
		return null;
	}

	/**
	 * The user's entry after a successful bind; null when this directory does not know
	 * the name.
	 */
	private DirContextOperations bind(LdapSettings directory, Authentication attempt) {
		try {
			return authenticatorOf(directory).authenticate(attempt);
		}
		catch (UsernameNotFoundException unknownHere) {
			return null;
		}
		catch (BadCredentialsException wrongPassword) {
			throw wrongPassword;
		}
		catch (RuntimeException unreachable) {
			log.warn("LDAP directory {} of organisation {} failed: {}", directory.url(), directory.organisation(),
					unreachable.toString());
			return null;
		}
	}

	private Authentication signedIn(LdapSettings directory, String username, DirContextOperations entry) {
		String[] groups = entry.getStringAttributes(directory.groupAttribute());
		Set<Role> roles = RoleMappingPolicy.rolesFor(SignInSource.LDAP, groups == null ? List.of() : List.of(groups),
				directory.mappings());
		String dn = entry.getNameInNamespace();
		String displayName = entry.getStringAttribute("displayName") != null ? entry.getStringAttribute("displayName")
				: entry.getStringAttribute("cn");
		User user = accounts.signIn(new SsoAccounts.OutsideIdentity(directory.organisation(), SignInSource.LDAP, dn,
				username, displayName, entry.getStringAttribute("mail"), roles));
		SsoDirectoryUser principal = new SsoDirectoryUser(user.toActor(), dn);
		return UsernamePasswordAuthenticationToken.authenticated(principal, null,
				user.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList());
	}

	private BindAuthenticator authenticatorOf(LdapSettings directory) {
		UUID key = directory.organisation().value();
		Bound known = authenticators.get(key);
		if (known != null && known.version().equals(directory.updatedAt())) {
			return known.authenticator();
		}
		DefaultSpringSecurityContextSource source = new DefaultSpringSecurityContextSource(List.of(directory.url()),
				directory.baseDn());
		if (directory.bindDn() != null && !directory.bindDn().isBlank()) {
			source.setUserDn(directory.bindDn());
			source.setPassword(directory.bindPassword() == null ? "" : directory.bindPassword());
		}
		// Active Directory answers a search from the domain root with referrals to its
		// other partitions
		source.setReferral("follow");
		source.afterPropertiesSet();
		FilterBasedLdapUserSearch search = new FilterBasedLdapUserSearch(directory.userSearchBase(),
				directory.userSearchFilter(), source);
		search.setSearchSubtree(true);
		BindAuthenticator authenticator = new BindAuthenticator(source);
		authenticator.setUserSearch(search);
		authenticators.put(key, new Bound(directory.updatedAt(), authenticator));
		return authenticator;
	}

}
