package jp.hikeshi.identity.internal.sso;

import java.time.Instant;
import java.util.List;

import jp.hikeshi.shared.OrganisationId;

/**
 * An organisation's LDAP or Active Directory: the server, the account Hikeshi searches
 * with, where and how users are found ({@code (sAMAccountName={0})} for AD,
 * {@code (uid={0})} elsewhere), and the attribute listing a user's groups, whose
 * distinguished names are mapped to roles.
 */
public record LdapSettings(OrganisationId organisation, boolean enabled, String url, String baseDn, String bindDn,
		String bindPassword, String userSearchBase, String userSearchFilter, String groupAttribute,
		List<RoleMapping> mappings, Instant updatedAt) {

	public static final String DEFAULT_USER_SEARCH_FILTER = "(sAMAccountName={0})";

	public static final String DEFAULT_GROUP_ATTRIBUTE = "memberOf";

}
