package jp.hikeshi.mailintake.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MailReadingTests {

	@Test
	@DisplayName("DET-2 a nested mail gives its Japanese subject and sender and the plain text of its alternative")
	void readsANestedJapaneseMail() throws Exception {
		byte[] raw;
		try (InputStream in = MailReadingTests.class.getResourceAsStream("/mail/nested-japanese.eml")) {
			raw = in.readAllBytes();
		}
		MailReading.Read read = MailReading.read(raw);
		assertThat(read.problem()).isNull();
		assertThat(read.subject()).isEqualTo("【至急】請求書の確認");
		assertThat(read.fromName()).isEqualTo("山田");
		assertThat(read.fromAddress()).isEqualTo("yamada@example.test");
		assertThat(read.messageId()).isEqualTo("<nested-1@example.test>");
		assertThat(read.text()).startsWith("パスワードを確認してください http://example.test/ログイン").doesNotContain("inner body");
	}

	@Test
	@DisplayName("DET-2 an HTML-only mail in base64 gives its text with entities decoded and <br> as a new line")
	void readsAnHtmlOnlyMail() {
		String mail = "From: a@example.test\r\nSubject: =?UTF-8?B?6KuL5rGC5pu4LnBkZg==?=\r\nMIME-Version: 1.0\r\n"
				+ "Content-Type: text/html; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n"
				+ "PHA+Jmx0O+mHjeimgSZndDsgJmFtcDsg56K66KqNPGJyPuasoeOBruihjDwvcD4=\r\n";
		MailReading.Read read = MailReading.read(mail.getBytes(StandardCharsets.US_ASCII));
		assertThat(read.subject()).isEqualTo("請求書.pdf");
		assertThat(read.text()).isEqualTo("<重要> & 確認\n次の行");
	}

}
