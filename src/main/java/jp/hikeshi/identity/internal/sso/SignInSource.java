package jp.hikeshi.identity.internal.sso;

/** Where an account's identity is proven, when not by its local password. */
public enum SignInSource {

	/** An OpenID Connect provider such as Entra ID or Keycloak. */
	OIDC,
	/** An LDAP directory such as Active Directory, by binding as the user. */
	LDAP

}
