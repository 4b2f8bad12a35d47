package jp.hikeshi.identity.mfa;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Random;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TotpTests {

	private static final byte[] SHA1_SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] SHA256_SEED = "12345678901234567890123456789012".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] SHA512_SEED = "1234567890123456789012345678901234567890123456789012345678901234"
		.getBytes(StandardCharsets.US_ASCII);

	@ParameterizedTest(name = "at {0} s: {1} / {2} / {3}")
	@DisplayName("RFC 6238 appendix B: every test vector for SHA-1, SHA-256 and SHA-512 with eight digits")
	@CsvSource({ "59, 94287082, 46119246, 90693936", "1111111109, 07081804, 68084774, 25091201",
			"1111111111, 14050471, 67062674, 99943326", "1234567890, 89005924, 91819424, 93441116",
			"2000000000, 69279037, 90698825, 38618901", "20000000000, 65353130, 77737706, 47863826" })
	void computesTheTestVectorsOfRfc6238(long seconds, String sha1, String sha256, String sha512) {
		long step = Totp.stepAt(Instant.ofEpochSecond(seconds));
		assertThat(Totp.code(SHA1_SEED, step, "HmacSHA1", 8)).isEqualTo(sha1);
		assertThat(Totp.code(SHA256_SEED, step, "HmacSHA256", 8)).isEqualTo(sha256);
		assertThat(Totp.code(SHA512_SEED, step, "HmacSHA512", 8)).isEqualTo(sha512);
	}

	@Test
	void sixDigitCodesAreTheLastSixDigitsOfTheVectors() {
		assertThat(Totp.code(SHA1_SEED, Totp.stepAt(Instant.ofEpochSecond(59)))).isEqualTo("287082");
		assertThat(Totp.code(SHA1_SEED, Totp.stepAt(Instant.ofEpochSecond(1111111109)))).isEqualTo("081804");
	}

	@Test
	void acceptsTheCodeOfTheStepBeforeAndAfterButNotTwoAway() {
		Instant now = Instant.ofEpochSecond(1_234_567_890);
		long step = Totp.stepAt(now);
		for (long delta = -1; delta <= 1; delta++) {
			assertThat(Totp.matchingStep(SHA1_SEED, Totp.code(SHA1_SEED, step + delta), now)).hasValue(step + delta);
		}
		assertThat(Totp.matchingStep(SHA1_SEED, Totp.code(SHA1_SEED, step - 2), now)).isEmpty();
		assertThat(Totp.matchingStep(SHA1_SEED, Totp.code(SHA1_SEED, step + 2), now)).isEmpty();
	}

	@Test
	void refusesInputThatIsNotSixDigits() {
		Instant now = Instant.ofEpochSecond(59);
		assertThat(Totp.matchingStep(SHA1_SEED, null, now)).isEmpty();
		assertThat(Totp.matchingStep(SHA1_SEED, "28708", now)).isEmpty();
		assertThat(Totp.matchingStep(SHA1_SEED, "2870822", now)).isEmpty();
		assertThat(Totp.matchingStep(SHA1_SEED, "abcdef", now)).isEmpty();
		assertThat(Totp.matchingStep(SHA1_SEED, "287 082", now)).hasValue(1L);
	}

	@Test
	void base32RoundTripsRandomSecretsAndMatchesRfc4648() {
		assertThat(Base32.encode("foobar".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTBOI");
		assertThat(new String(Base32.decode("mzxw 6ytb oi=="), StandardCharsets.US_ASCII)).isEqualTo("foobar");
		Random random = new Random(19);
		for (int i = 0; i < 500; i++) {
			byte[] bytes = new byte[random.nextInt(40)];
			random.nextBytes(bytes);
			assertThat(Base32.decode(Base32.encode(bytes))).isEqualTo(bytes);
		}
	}

	@Test
	void sealsSecretsWithAKeyAndOpensThemAgain() {
		TotpSecrets sealed = new TotpSecrets("AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=");
		String secret = TotpSecrets.newSecret();
		String stored = sealed.seal(secret);
		assertThat(stored).startsWith("aes-gcm:").doesNotContain(secret);
		assertThat(sealed.open(stored)).isEqualTo(secret);
		assertThat(new TotpSecrets("").open(new TotpSecrets("").seal(secret))).isEqualTo(secret);
	}

}
