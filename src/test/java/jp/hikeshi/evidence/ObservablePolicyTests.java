package jp.hikeshi.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ObservablePolicyTests {

	@ParameterizedTest
	@CsvSource({ "IP, 192.0.2.1, 192.0.2.1", "IP, 192[.]0[.]2[.]1, 192.0.2.1", "DOMAIN, Example.COM., example.com",
			"DOMAIN, 例え.jp, xn--r8jz45g.jp", "URL, hxxps://Evil.Example/a?b=1, https://evil.example/a?b=1",
			"EMAIL, Taro@Example.JP, taro@example.jp", "CIDR, 10.0.0.0/8, 10.0.0.0/8",
			"SHA256, ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789, abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789" })
	void normalisesValuesSoTheSameIndicatorMatches(ObservableType type, String raw, String expected) {
		assertThat(ObservablePolicy.normalise(type, raw).value()).isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource({ "IP, 256.1.1.1", "CIDR, 10.0.0.0/33", "DOMAIN, localhost", "URL, javascript:alert(1)", "EMAIL, nobody",
			"MD5, 123" })
	void refusesValuesOfTheWrongShape(ObservableType type, String raw) {
		assertThat(ObservablePolicy.normalise(type, raw).fault()).isNotNull();
	}

	@Test
	void guessesTheTypeOfABarePastedValue() {
		assertThat(ObservablePolicy.guess("203.0.113.5")).isEqualTo(ObservableType.IP);
		assertThat(ObservablePolicy.guess("2001:db8::1")).isEqualTo(ObservableType.IP);
		assertThat(ObservablePolicy.guess("https://x.example/")).isEqualTo(ObservableType.URL);
		assertThat(ObservablePolicy.guess("a@b.example")).isEqualTo(ObservableType.EMAIL);
		assertThat(ObservablePolicy.guess("d41d8cd98f00b204e9800998ecf8427e")).isEqualTo(ObservableType.MD5);
		assertThat(ObservablePolicy.guess("evil.example")).isEqualTo(ObservableType.DOMAIN);
		assertThat(ObservablePolicy.guess("just words")).isEqualTo(ObservableType.OTHER);
	}

}
