package jp.hikeshi.shared.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MailPartsTests {

	static MimeMessage nestedJapaneseMail() throws Exception {
		try (InputStream raw = MailPartsTests.class.getResourceAsStream("/mail/nested-japanese.eml")) {
			MimeMessage message = MailParts.message(raw);
			message.getSubject(); // read while the stream is open
			return message;
		}
	}

	@Test
	@DisplayName("DET-4 nested multiparts: the alternative's plain (quoted-printable) and HTML (base64) texts are read, "
			+ "the attached message and files are listed, never opened")
	void walksNestedMultipartsIntoTextsAndAttachments() throws Exception {
		MailParts parts = MailParts.of(nestedJapaneseMail());
		assertThat(parts.plain()).singleElement().asString().startsWith("パスワードを確認してください http://example.test/ログイン");
		assertThat(parts.html()).containsExactly("<p>&lt;重要&gt; &amp; 確認<br>次の行</p>");
		assertThat(parts.attachments()).extracting(MailParts.Attached::fileName)
			.containsExactly("請求書.pdf", "forwarded.eml", "見積書.zip");
		assertThat(parts.attachments().get(1).part().isMimeType("message/rfc822")).isTrue();
		assertThat(parts.plain()).noneMatch(text -> text.contains("inner body"));
	}

	@Test
	@DisplayName("DET-4 encoded words in Japanese are decoded: ISO-2022-JP and UTF-8, in headers and file names")
	void decodesJapaneseEncodedWords() throws Exception {
		MimeMessage message = nestedJapaneseMail();
		assertThat(MailParts.decoded(message.getHeader("Subject", " "))).isEqualTo("【至急】請求書の確認");
		assertThat(MailParts.decoded(message.getHeader("From", ", "))).isEqualTo("山田 <yamada@example.test>");
		assertThat(MailParts.decoded("=?UTF-8?Q?=E8=A6=8B=E7=A9=8D?=\r\n =?ISO-2022-JP?B?GyRCOCtAUT1xGyhC?="))
			.isEqualTo("見積見積書");
		assertThat(MailParts.decoded("plain =?x-unknown?B?AAAA?=")).isEqualTo("plain =?x-unknown?B?AAAA?=");
		assertThat(MailParts.decoded(null)).isNull();
	}

	@Test
	@DisplayName("DET-4 a single-part mail is its own text, and a mail that is only a file is no attachment of itself")
	void readsSinglePartMails() throws Exception {
		MimeMessage text = MailParts
			.message(new java.io.ByteArrayInputStream(("Subject: x\r\nContent-Type: text/plain; "
					+ "charset=ISO-2022-JP\r\nContent-Transfer-Encoding: 7bit\r\n\r\n\u001b$B$3$s$K$A$O\u001b(B\r\n")
				.getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
		assertThat(MailParts.of(text).plain()).containsExactly("こんにちは\r\n");
		MimeMessage file = MailParts.message(
				new java.io.ByteArrayInputStream("Subject: x\r\nContent-Type: application/octet-stream\r\n\r\nAAAA\r\n"
					.getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
		assertThat(MailParts.of(file).attachments()).isEmpty();
	}

}
