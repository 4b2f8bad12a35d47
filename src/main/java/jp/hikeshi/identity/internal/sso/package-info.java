/**
 * Single sign-on per organisation: OpenID Connect through Spring Security's OAuth2 client
 * and LDAP / Active Directory bind, each mapping outside claims or groups to Hikeshi
 * roles and provisioning the local account just in time. Settings and links live in the
 * identity module's tables; local password accounts stay for break-glass access.
 */
package jp.hikeshi.identity.internal.sso;
