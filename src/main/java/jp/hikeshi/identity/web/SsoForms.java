package jp.hikeshi.identity.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jp.hikeshi.identity.Role;
import jp.hikeshi.identity.internal.sso.RoleMapping;

/**
 * The settings page's two forms; mapping rows left blank are ignored, three blank rows
 * are offered for new ones.
 */
final class SsoForms {

	private static final int BLANK_ROWS = 3;

	private SsoForms() {
	}

	/** One line of the mapping table: an outside value and the role it grants. */
	public static class MappingRow {

		private String value;

		private Role role;

		public MappingRow() {
		}

		MappingRow(String value, Role role) {
			this.value = value;
			this.role = role;
		}

		public String getValue() {
			return value;
		}

		public void setValue(String value) {
			this.value = value;
		}

		public Role getRole() {
			return role;
		}

		public void setRole(Role role) {
			this.role = role;
		}

	}

	static List<MappingRow> rowsOf(List<RoleMapping> mappings) {
		List<MappingRow> rows = new ArrayList<>(
				mappings.stream().map(m -> new MappingRow(m.value(), m.role())).toList());
		for (int i = 0; i < BLANK_ROWS; i++) {
			rows.add(new MappingRow());
		}
		return rows;
	}

	static List<RoleMapping> mappingsOf(List<MappingRow> rows) {
		return rows.stream()
			.filter(Objects::nonNull)
			.filter(r -> r.getValue() != null && !r.getValue().isBlank() && r.getRole() != null)
			.map(r -> new RoleMapping(r.getValue(), r.getRole()))
			.toList();
	}

	/** The OpenID Connect provider form; the secret field is always shown empty. */
	public static class OidcForm {

		private boolean enabled;

		private String displayName;

		private String issuerUri;

		private String clientId;

		private String clientSecret;

		private String usernameClaim;

		private String roleClaim;

		private List<MappingRow> mappings = new ArrayList<>();

		public boolean isEnabled() {
			return enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public String getDisplayName() {
			return displayName;
		}

		public void setDisplayName(String displayName) {
			this.displayName = displayName;
		}

		public String getIssuerUri() {
			return issuerUri;
		}

		public void setIssuerUri(String issuerUri) {
			this.issuerUri = issuerUri;
		}

		public String getClientId() {
			return clientId;
		}

		public void setClientId(String clientId) {
			this.clientId = clientId;
		}

		public String getClientSecret() {
			return clientSecret;
		}

		public void setClientSecret(String clientSecret) {
			this.clientSecret = clientSecret;
		}

		public String getUsernameClaim() {
			return usernameClaim;
		}

		public void setUsernameClaim(String usernameClaim) {
			this.usernameClaim = usernameClaim;
		}

		public String getRoleClaim() {
			return roleClaim;
		}

		public void setRoleClaim(String roleClaim) {
			this.roleClaim = roleClaim;
		}

		public List<MappingRow> getMappings() {
			return mappings;
		}

		public void setMappings(List<MappingRow> mappings) {
			this.mappings = mappings;
		}

	}

	/** The directory form; the bind password field is always shown empty. */
	public static class LdapForm {

		private boolean enabled;

		private String url;

		private String baseDn;

		private String bindDn;

		private String bindPassword;

		private String userSearchBase;

		private String userSearchFilter;

		private String groupAttribute;

		private List<MappingRow> mappings = new ArrayList<>();

		public boolean isEnabled() {
			return enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public String getUrl() {
			return url;
		}

		public void setUrl(String url) {
			this.url = url;
		}

		public String getBaseDn() {
			return baseDn;
		}

		public void setBaseDn(String baseDn) {
			this.baseDn = baseDn;
		}

		public String getBindDn() {
			return bindDn;
		}

		public void setBindDn(String bindDn) {
			this.bindDn = bindDn;
		}

		public String getBindPassword() {
			return bindPassword;
		}

		public void setBindPassword(String bindPassword) {
			this.bindPassword = bindPassword;
		}

		public String getUserSearchBase() {
			return userSearchBase;
		}

		public void setUserSearchBase(String userSearchBase) {
			this.userSearchBase = userSearchBase;
		}

		public String getUserSearchFilter() {
			return userSearchFilter;
		}

		public void setUserSearchFilter(String userSearchFilter) {
			this.userSearchFilter = userSearchFilter;
		}

		public String getGroupAttribute() {
			return groupAttribute;
		}

		public void setGroupAttribute(String groupAttribute) {
			this.groupAttribute = groupAttribute;
		}

		public List<MappingRow> getMappings() {
			return mappings;
		}

		public void setMappings(List<MappingRow> mappings) {
			this.mappings = mappings;
		}

	}

}
