package jp.hikeshi.identity.mfa;

import org.springframework.beans.factory.annotation.Autowired;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Seals TOTP secrets for the database with AES-GCM under {@code hikeshi.mfa.secret-key}
 * (32 bytes in base 64, the same on every instance). Without a key they are kept
 * readable, marked as such, so that a key set later seals only new ones and old ones keep
 * working; the start-up log says so.
 */
@Component
class TotpSecrets {

	private static final Logger log = LoggerFactory.getLogger(TotpSecrets.class);

	private static final String SEALED = "aes-gcm:";

	private static final String PLAIN = "plain:";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final SecretKeySpec key;

	@Autowired
	TotpSecrets(MfaProperties settings) {
		this(settings.secretKey());
	}

	TotpSecrets(String key) {
		if (key == null || key.isBlank()) {
			this.key = null;
			log.warn("hikeshi.mfa.secret-key is not set: TOTP secrets are stored unencrypted (see docs/mfa.md)");
		}
		else {
			byte[] bytes = Base64.getDecoder().decode(key.strip());
			if (bytes.length != 32) {
				throw new IllegalStateException("hikeshi.mfa.secret-key must be 32 bytes in base 64");
			}
			this.key = new SecretKeySpec(bytes, "AES");
		}
	}

	/**
	 * A new random secret of 160 bits in base 32 (the size RFC 4226 recommends for
	 * HMAC-SHA-1).
	 */
	static String newSecret() {
		byte[] secret = new byte[20];
		RANDOM.nextBytes(secret);
		return Base32.encode(secret);
	}

	String seal(String base32Secret) {
		if (key == null) {
			return PLAIN + base32Secret;
		}
		try {
			byte[] iv = new byte[12];
			RANDOM.nextBytes(iv);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
			byte[] sealed = cipher.doFinal(base32Secret.getBytes(StandardCharsets.US_ASCII));
			return SEALED + Base64.getEncoder()
				.encodeToString(ByteBuffer.allocate(12 + sealed.length).put(iv).put(sealed).array());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("cannot seal a TOTP secret", ex);
		}
	}

	String open(String stored) {
		if (stored.startsWith(PLAIN)) {
			return stored.substring(PLAIN.length());
		}
		if (key == null) {
			throw new IllegalStateException("a TOTP secret is sealed but hikeshi.mfa.secret-key is not set");
		}
		try {
			byte[] bytes = Base64.getDecoder().decode(stored.substring(SEALED.length()));
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, bytes, 0, 12));
			return new String(cipher.doFinal(bytes, 12, bytes.length - 12), StandardCharsets.US_ASCII);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("cannot open a TOTP secret (another hikeshi.mfa.secret-key?)", ex);
		}
	}

}
