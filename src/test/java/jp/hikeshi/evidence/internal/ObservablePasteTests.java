package jp.hikeshi.evidence.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import jp.hikeshi.evidence.ObservableInput;
import jp.hikeshi.evidence.ObservableType;
import jp.hikeshi.evidence.Tlp;
import jp.hikeshi.shared.RejectedInputException;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("RES-2 observables pasted as lines or CSV")
class ObservablePasteTests {

	@Test
	@DisplayName("RES-2 bare values and type,value[,tlp][,tags] lines are read; a header, comments and empty lines are skipped")
	void readsBareValuesAndCsvLines() {
		List<ObservablePaste.Entry> entries = ObservablePaste.read("""
				type,value,tlp,tags
				ip, 192.0.2.10 ,TLP:AMBER+STRICT,c2

				# a comment, with a comma
				evil@phish.example
				url,hxxps://phish[.]example/login,,phishing,campaign-7
				""");
		assertThat(entries).extracting(ObservablePaste.Entry::line).containsExactly(2, 5, 6);
		assertThat(entries).extracting(ObservablePaste.Entry::input)
			.containsExactly(new ObservableInput(ObservableType.IP, "192.0.2.10", Tlp.AMBER_STRICT, "c2"),
					new ObservableInput(null, "evil@phish.example", null, null), new ObservableInput(ObservableType.URL,
							"hxxps://phish[.]example/login", null, "phishing,campaign-7"));
		assertThat(entries.get(0).text()).isEqualTo("ip, 192.0.2.10 ,TLP:AMBER+STRICT,c2");
	}

	@Test
	@DisplayName("RES-2 quoted fields may hold commas, doubled quotes and line breaks; the next entry's line number follows")
	void readsQuotedFields() {
		List<ObservablePaste.Entry> entries = ObservablePaste.read("""
				url,"https://x.example/?a=1,2",red,"tag ""one"", two"
				other,"件名: 請求書
				のご確認",green
				"https://y.example/a,b"
				ip,198.51.100.1
				""");
		assertThat(entries).extracting(ObservablePaste.Entry::line).containsExactly(1, 2, 4, 5);
		assertThat(entries).extracting(ObservablePaste.Entry::input)
			.containsExactly(
					new ObservableInput(ObservableType.URL, "https://x.example/?a=1,2", Tlp.RED, "tag \"one\", two"),
					new ObservableInput(ObservableType.OTHER, "件名: 請求書\nのご確認", Tlp.GREEN, null),
					new ObservableInput(null, "https://y.example/a,b", null, null),
					new ObservableInput(ObservableType.IP, "198.51.100.1", null, null));
		assertThat(entries.get(1).text()).isEqualTo("other,\"件名: 請求書\nのご確認\",green");
	}

	@Test
	@DisplayName("RES-2 a byte order mark and Windows line ends do not disturb the first line or the numbering")
	void ignoresByteOrderMarkAndCrLf() {
		List<ObservablePaste.Entry> entries = ObservablePaste
			.read("\uFEFFtype,value\r\nip,192.0.2.1\r\n\r\ndomain,evil.example");
		assertThat(entries).extracting(ObservablePaste.Entry::line).containsExactly(2, 4);
		assertThat(entries).extracting(e -> e.input().type()).containsExactly(ObservableType.IP, ObservableType.DOMAIN);
		assertThat(entries.get(1).text()).isEqualTo("domain,evil.example");
	}

	@Test
	@DisplayName("RES-2 an unknown type or TLP refuses that line only, with the reason's key")
	void refusesUnknownTypesAndTlps() {
		List<ObservablePaste.Entry> entries = ObservablePaste
			.read("color,red\nip,192.0.2.1,purple\nip,192.0.2.2,clear\n");
		assertThat(entries).extracting(ObservablePaste.Entry::fault)
			.containsExactly("observable.type.unknown", "observable.tlp.unknown", null);
		assertThat(entries).extracting(ObservablePaste.Entry::text)
			.containsExactly("color,red", "ip,192.0.2.1,purple", "ip,192.0.2.2,clear");
		assertThat(entries.get(2).input().tlp()).isEqualTo(Tlp.CLEAR);
	}

	@Test
	@DisplayName("RES-2 a quote that is never closed refuses the rest of the paste from its line, after the good lines")
	void refusesTheRestAfterAnUnclosedQuote() {
		List<ObservablePaste.Entry> entries = ObservablePaste
			.read("ip,192.0.2.1\nurl,\"https://x.example/\nip,192.0.2.2\n");
		assertThat(entries).hasSize(2);
		assertThat(entries.get(0).input().value()).isEqualTo("192.0.2.1");
		assertThat(entries.get(1).line()).isEqualTo(2);
		assertThat(entries.get(1).fault()).isEqualTo("observable.paste.unreadable");
		assertThat(entries.get(1).text()).startsWith("url,\"https://x.example/");
	}

	@Test
	@DisplayName("RES-2 nothing pasted is nothing read; more than 5000 lines are refused as a whole")
	void limitsThePaste() {
		assertThat(ObservablePaste.read(null)).isEmpty();
		assertThat(ObservablePaste.read(" \n\n")).isEmpty();
		assertThatThrownBy(() -> ObservablePaste.read("192.0.2.1\n".repeat(5001)))
			.isInstanceOf(RejectedInputException.class);
	}

}
