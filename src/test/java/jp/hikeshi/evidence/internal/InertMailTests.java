package jp.hikeshi.evidence.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import jp.hikeshi.evidence.ObservablePolicy;
import jp.hikeshi.evidence.ObservableType;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class InertMailTests {

	@Test
	@DisplayName("DET-4 a nested suspicious mail is read inert: decoded Japanese headers, both texts, every attachment hashed")
	void readsANestedJapaneseMailInert() throws Exception {
		InertMail.Parsed mail = InertMail
			.parse(Path.of(InertMailTests.class.getResource("/mail/nested-japanese.eml").toURI()));
		assertThat(mail.problem()).isNull();
		assertThat(mail.subject()).isEqualTo("【至急】請求書の確認");
		assertThat(mail.from()).isEqualTo("山田 <yamada@example.test>");
		assertThat(mail.textBody()).startsWith("パスワードを確認してください http://example.test/ログイン");
		assertThat(mail.htmlSource()).isEqualTo("<p>&lt;重要&gt; &amp; 確認<br>次の行</p>");
		assertThat(mail.attachments()).extracting(InertMail.Attachment::fileName, InertMail.Attachment::mediaType)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("請求書.pdf", "application/pdf"),
					org.assertj.core.groups.Tuple.tuple("forwarded.eml", "message/rfc822"),
					org.assertj.core.groups.Tuple.tuple("見積書.zip", "application/zip"));
		// SHA-256 of the decoded bytes "%PDF-1.4 fake", not of their base64
		assertThat(mail.attachments().get(0).size()).isEqualTo(13);
		assertThat(mail.attachments().get(0).sha256()).isEqualTo(java.util.HexFormat.of()
			.formatHex(java.security.MessageDigest.getInstance("SHA-256")
				.digest("%PDF-1.4 fake".getBytes(java.nio.charset.StandardCharsets.US_ASCII))));
		assertThat(mail.observables()).contains(new ObservablePolicy.Found(ObservableType.FILENAME, "見積書.zip"));
	}

}
