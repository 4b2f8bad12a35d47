package jp.hikeshi.identity.internal.sso;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jp.hikeshi.identity.Role;
import jp.hikeshi.shared.OrganisationId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The single sign-on settings of every organisation, with their role mappings. */
@Repository
public class SsoSettings {

	private final JdbcClient jdbc;

	SsoSettings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<OidcSettings> oidc(OrganisationId organisation) {
		return jdbc.sql("SELECT * FROM sso_oidc_provider WHERE organisation_id = ?")
			.param(organisation.value())
			.query((rs, n) -> oidcOf(rs))
			.optional();
	}

	/**
	 * The enabled OpenID Connect providers, for the login page; a handful per
	 * installation.
	 */
	public List<OidcSettings> enabledOidc() {
		return jdbc.sql("SELECT * FROM sso_oidc_provider WHERE enabled = TRUE ORDER BY display_name")
			.query((rs, n) -> oidcOf(rs))
			.list();
	}

	public Optional<LdapSettings> ldap(OrganisationId organisation) {
		return jdbc.sql("SELECT * FROM sso_ldap_directory WHERE organisation_id = ?")
			.param(organisation.value())
			.query((rs, n) -> ldapOf(rs))
			.optional();
	}

	/** The enabled directories, tried in turn for a user name no local account has. */
	public List<LdapSettings> enabledLdap() {
		return jdbc.sql("SELECT * FROM sso_ldap_directory WHERE enabled = TRUE ORDER BY organisation_id")
			.query((rs, n) -> ldapOf(rs))
			.list();
	}

	/** Stores the provider; a blank secret keeps the one stored before. */
	public void save(OidcSettings s) {
		String secret = blank(s.clientSecret()) ? oidc(s.organisation()).map(OidcSettings::clientSecret).orElse("")
				: s.clientSecret();
		jdbc.sql("DELETE FROM sso_oidc_provider WHERE organisation_id = ?").param(s.organisation().value()).update();
		jdbc.sql(
				"""
						INSERT INTO sso_oidc_provider (organisation_id, enabled, display_name, issuer_uri, client_id, client_secret,
						    username_claim, role_claim, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(s.organisation().value(), s.enabled(), s.displayName(), s.issuerUri(), s.clientId(), secret,
					s.usernameClaim(), s.roleClaim(), java.sql.Timestamp.from(s.updatedAt()))
			.update();
		replaceMappings(s.organisation(), SignInSource.OIDC, s.mappings());
	}

	/** Stores the directory; a blank bind password keeps the one stored before. */
	public void save(LdapSettings s) {
		String password = blank(s.bindPassword()) ? ldap(s.organisation()).map(LdapSettings::bindPassword).orElse(null)
				: s.bindPassword();
		jdbc.sql("DELETE FROM sso_ldap_directory WHERE organisation_id = ?").param(s.organisation().value()).update();
		jdbc.sql(
				"""
						INSERT INTO sso_ldap_directory (organisation_id, enabled, url, base_dn, bind_dn, bind_password,
						    user_search_base, user_search_filter, group_attribute, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(s.organisation().value(), s.enabled(), s.url(), s.baseDn(), blank(s.bindDn()) ? null : s.bindDn(),
					password, s.userSearchBase(), s.userSearchFilter(), s.groupAttribute(),
					java.sql.Timestamp.from(s.updatedAt()))
			.update();
		replaceMappings(s.organisation(), SignInSource.LDAP, s.mappings());
	}

	private void replaceMappings(OrganisationId organisation, SignInSource source, List<RoleMapping> mappings) {
		jdbc.sql("DELETE FROM sso_role_mapping WHERE organisation_id = ? AND source = ?")
			.params(organisation.value(), source.name())
			.update();
		mappings.stream()
			.distinct()
			.forEach(m -> jdbc
				.sql("INSERT INTO sso_role_mapping (organisation_id, source, external_value, role) VALUES (?, ?, ?, ?)")
				.params(organisation.value(), source.name(), m.value(), m.role().name())
				.update());
	}

	private List<RoleMapping> mappings(UUID organisation, SignInSource source) {
		return jdbc.sql("""
				SELECT external_value, role FROM sso_role_mapping WHERE organisation_id = ? AND source = ?
				ORDER BY external_value, role""")
			.params(organisation, source.name())
			.query((rs, n) -> new RoleMapping(rs.getString(1), Role.valueOf(rs.getString(2))))
			.list();
	}

	private OidcSettings oidcOf(java.sql.ResultSet rs) throws java.sql.SQLException {
		UUID organisation = rs.getObject("organisation_id", UUID.class);
		return new OidcSettings(new OrganisationId(organisation), rs.getBoolean("enabled"),
				rs.getString("display_name"), rs.getString("issuer_uri"), rs.getString("client_id"),
				rs.getString("client_secret"), rs.getString("username_claim"), rs.getString("role_claim"),
				mappings(organisation, SignInSource.OIDC), rs.getTimestamp("updated_at").toInstant());
	}

	private LdapSettings ldapOf(java.sql.ResultSet rs) throws java.sql.SQLException {
		UUID organisation = rs.getObject("organisation_id", UUID.class);
		return new LdapSettings(new OrganisationId(organisation), rs.getBoolean("enabled"), rs.getString("url"),
				rs.getString("base_dn"), rs.getString("bind_dn"), rs.getString("bind_password"),
				rs.getString("user_search_base"), rs.getString("user_search_filter"), rs.getString("group_attribute"),
				mappings(organisation, SignInSource.LDAP), rs.getTimestamp("updated_at").toInstant());
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
