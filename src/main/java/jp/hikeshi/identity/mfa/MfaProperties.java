package jp.hikeshi.identity.mfa;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Two-step sign-in settings ({@code hikeshi.mfa.*}).
 *
 * @param issuer the name authenticator apps show for Hikeshi's entries
 * @param secretKey key (Base64 of 32 bytes) that seals the stored TOTP secrets with
 * AES-GCM; when empty, secrets are stored readable and a warning is logged at start
 */
@ConfigurationProperties("hikeshi.mfa")
public record MfaProperties(@DefaultValue("Hikeshi") String issuer, @DefaultValue("") String secretKey) {
}
