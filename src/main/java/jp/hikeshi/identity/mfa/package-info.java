/**
 * The second factor of a password sign-in: TOTP authenticators (RFC 6238) with one-time
 * recovery codes, remembered devices and each organisation's policy of who must use one.
 * It hooks into the page sign-in only; API tokens are a separate credential and are not
 * asked for a code.
 */
package jp.hikeshi.identity.mfa;
