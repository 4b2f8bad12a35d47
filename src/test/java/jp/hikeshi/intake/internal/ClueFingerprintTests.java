package jp.hikeshi.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import jp.hikeshi.shared.OrganisationId;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ClueFingerprintTests {

	@Test
	@DisplayName("DET-2 a clue's fingerprint is the first eight bytes of SHA-256 over organisation, kind and value (stored fingerprints depend on it)")
	void definition() throws Exception {
		OrganisationId org = OrganisationId.DEFAULT;
		byte[] digest = MessageDigest.getInstance("SHA-256")
			.digest("00000000-0000-0000-0000-000000000001\u0000ip\u0000192.0.2.7".getBytes(StandardCharsets.UTF_8));

		assertThat(ClueFingerprint.of(org, "ip", "192.0.2.7")).isEqualTo(ByteBuffer.wrap(digest).getLong());
		// the same figure worked out apart from Java (Python's hashlib:
		// sha256(...).digest()[:8] = 91369df861864713), so
		// that a change of the encoding cannot pass unnoticed
		assertThat(ClueFingerprint.of(org, "ip", "192.0.2.7")).isEqualTo(0x91369df861864713L)
			.isEqualTo(-7983019599353985261L);
		assertThat(ClueFingerprint.of(org, "host", "端末-受付１")).isEqualTo(ClueFingerprint.of(org, "host", "端末-受付１"));
	}

	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3 })
	@DisplayName("DET-2 clues that differ in organisation, kind or value get different fingerprints (seeded random clues)")
	void differentCluesDiffer(long seed) {
		Random random = new Random(seed);
		OrganisationId other = new OrganisationId(new UUID(random.nextLong(), random.nextLong()));
		Set<Long> seen = new HashSet<>();
		for (int i = 0; i < 2000; i++) {
			String value = Long.toHexString(random.nextLong());
			assertThat(seen.add(ClueFingerprint.of(OrganisationId.DEFAULT, "sha256", value))).isTrue();
			assertThat(seen.add(ClueFingerprint.of(OrganisationId.DEFAULT, "domain", value))).isTrue();
			assertThat(seen.add(ClueFingerprint.of(other, "sha256", value))).isTrue();
		}
		// the separator keeps kind and value apart: ("ab", "c") is not ("a", "bc")
		assertThat(ClueFingerprint.of(OrganisationId.DEFAULT, "ab", "c"))
			.isNotEqualTo(ClueFingerprint.of(OrganisationId.DEFAULT, "a", "bc"));
	}

}
