package jp.hikeshi.remediation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BlockTargetTests {

	@ParameterizedTest(name = "RES-3 {0} accepts {1}")
	@DisplayName("RES-3 a filter or block target of each type accepts values of its syntax")
	@CsvSource(delimiterString = " | ", value = { "IP | 203.0.113.5", "IP | 0.0.0.0", "IP | 255.255.255.255",
			"IP | 2001:db8::1", "IP | ::1", "IP | ::", "IP | fe80:0:0:0:0:0:0:1", "IP | ::ffff:192.0.2.1",
			"IP | 2001:DB8:0:0:8:800:200C:417A", "CIDR | 192.0.2.0/24", "CIDR | 10.0.0.0/8", "CIDR | 0.0.0.0/0",
			"CIDR | 203.0.113.7/32", "CIDR | 2001:db8::/32", "CIDR | ::/0", "CIDR | 2001:db8::1/128",
			"DOMAIN | example.jp", "DOMAIN | evil-site.example.co.jp", "DOMAIN | *.example.com",
			"DOMAIN | xn--eckwd4c7c.xn--zckzah", "DOMAIN | 例え.テスト", "DOMAIN | example.jp.", "URL | http://example.jp/",
			"URL | https://evil.example.com/login?next=%2F", "URL | https://203.0.113.5:8443/a",
			"URL | http://[2001:db8::1]/x", "EMAIL | attacker@example.jp", "EMAIL | first.last+tag@mail.example.co.jp",
			"HASH | d41d8cd98f00b204e9800998ecf8427e", "HASH | da39a3ee5e6b4b0d3255bfef95601890afd80709",
			"HASH | E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855", "ACCOUNT | tanaka",
			"ACCOUNT | CORP\\\\svc-backup", "ACCOUNT | 田中 太郎" })
	void acceptsValidValues(BlockTarget type, String value) {
		assertThat(type.normalise(value)).isPresent();
	}

	@ParameterizedTest(name = "RES-3 {0} refuses {1}")
	@DisplayName("RES-3 a filter or block target of each type refuses values that are not of its syntax")
	@CsvSource(delimiterString = " | ",
			value = { "IP | 256.1.1.1", "IP | 1.2.3", "IP | 1.2.3.4.5", "IP | 01.2.3.4", "IP | example.jp",
					"IP | 2001:db8::1::2", "IP | 2001:db8:0:0:0:0:0:0:1", "IP | 12345::", "IP | zz::1",
					"IP | 192.0.2.0/24", "IP | fe80::1%eth0", "CIDR | 192.0.2.0", "CIDR | 192.0.2.0/33",
					"CIDR | 192.0.2.0/-1", "CIDR | 2001:db8::/129", "CIDR | example.jp/24", "CIDR | 192.0.2.0/24/8",
					"CIDR | 192.0.2.0/", "DOMAIN | localhost", "DOMAIN | -bad.example.jp", "DOMAIN | bad-.example.jp",
					"DOMAIN | exa mple.jp", "DOMAIN | example..jp", "DOMAIN | 192.0.2.1", "DOMAIN | http://example.jp",
					"DOMAIN | under_score.example.jp", "URL | ftp://example.jp/file", "URL | example.jp/path",
					"URL | https://", "URL | javascript:alert(1)", "URL | https://exa mple.jp/",
					"URL | http://localhost/", "EMAIL | attacker", "EMAIL | @example.jp", "EMAIL | a@b@example.jp",
					"EMAIL | a..b@example.jp", "EMAIL | a@localhost", "EMAIL | a b@example.jp",
					"HASH | d41d8cd98f00b204e9800998ecf8427", "HASH | g41d8cd98f00b204e9800998ecf8427e", "HASH | 12345",
					"HASH | da39a3ee5e6b4b0d3255bfef95601890afd8070900" })
	void refusesInvalidValues(BlockTarget type, String value) {
		assertThat(type.normalise(value)).isEmpty();
	}

	@Test
	@DisplayName("RES-3 no target type accepts an empty value, and an account refuses control characters")
	void refusesEmptyValues() {
		for (BlockTarget type : BlockTarget.values()) {
			assertThat(type.normalise(null)).as(type.name()).isEmpty();
			assertThat(type.normalise("  ")).as(type.name()).isEmpty();
		}
		assertThat(BlockTarget.ACCOUNT.normalise("a\u0000b")).isEmpty();
		assertThat(BlockTarget.ACCOUNT.normalise("x".repeat(201))).isEmpty();
	}

	@Test
	@DisplayName("RES-3 domains, hashes, addresses are stored trimmed and in lower case; URLs as given")
	void normalisesValues() {
		assertThat(BlockTarget.DOMAIN.normalise(" Evil.Example.JP ")).contains("evil.example.jp");
		assertThat(BlockTarget.HASH.normalise("D41D8CD98F00B204E9800998ECF8427E"))
			.contains("d41d8cd98f00b204e9800998ecf8427e");
		assertThat(BlockTarget.IP.normalise("2001:DB8::1")).contains("2001:db8::1");
		assertThat(BlockTarget.URL.normalise("https://Example.jp/Path")).contains("https://Example.jp/Path");
	}

}
