package jp.hikeshi.mailintake.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("DET-2 the text of an HTML-only mail")
class HtmlTextTests {

	@Test
	@DisplayName("DET-2 named, decimal and hexadecimal entities are decoded, a no-break space becomes a space")
	void decodesEntities() {
		assertThat(HtmlText.of("<p>A&amp;B&nbsp;C &lt;x&gt; &quot;q&quot; &#12354;&#x3042; &copy;&yen; &hellip;</p>"))
			.isEqualTo("A&B C <x> \"q\" ああ ©¥ …");
	}

	@Test
	@DisplayName("DET-2 an entity that is not one stays as it was")
	void keepsTextThatOnlyLooksLikeAnEntity() {
		assertThat(HtmlText.of("AT&T; a & b; &unknownthing;")).isEqualTo("AT&T; a & b; &unknownthing;");
	}

	@Test
	@DisplayName("DET-2 <br> and paragraphs break lines; runs of blank lines shrink to one")
	void breaksLinesAtBrAndParagraphs() {
		assertThat(HtmlText.of("<p>一行目<br>二行目<br/>三行目</p><p>次の段落</p><div>区切り</div><br><br><br><br>最後"))
			.isEqualTo("一行目\n二行目\n三行目\n次の段落\n区切り\n\n最後");
	}

	@Test
	@DisplayName("DET-2 scripts, styles, the head, comments and embedded objects are dropped, never run")
	void dropsWhatIsNotText() {
		String html = "<html><head><title>件名</title><style>p{color:red}</style><script>var x=1;</script></head>"
				+ "<body><!-- hidden <b>comment</b> --><script type=\"text/javascript\">alert('</p>')</script>"
				+ "<noscript>enable js</noscript><p>本文</p><style>.a{}</style><iframe src=\"http://x.example/\">f</iframe></body></html>";
		assertThat(HtmlText.of(html)).isEqualTo("本文");
	}

	@Test
	@DisplayName("DET-2 nested and unclosed tags give their text in order; attributes never show")
	void readsNestedAndBrokenMarkup() {
		assertThat(HtmlText.of("<div><ul><li><b>重要:</b> <i>至急<span title=\"x>y\">確認</span></i><li>二つ目</ul></div>"
				+ "<table><tr><td>名前</td><td>値</td></tr><tr><td>IP</td><td>192.0.2.1</td></tr></table><p>unclosed <em>end"))
			.isEqualTo("重要: 至急確認\n二つ目\n名前 値\nIP 192.0.2.1\nunclosed end");
	}

	@Test
	@DisplayName("DET-2 Japanese text is kept as it is, also full-width spaces and characters outside the BMP")
	void keepsJapaneseText() {
		assertThat(HtmlText.of("<p>お客様各位　請求書を&nbsp;ご確認ください&#x20BB7;野家</p>"))
			.isEqualTo("お客様各位　請求書を ご確認ください\uD842\uDFB7野家");
	}

	@Test
	@DisplayName("DET-2 links and images give only their text, never their address")
	void showsNoAddresses() {
		assertThat(HtmlText
			.of("<a href=\"http://pay.example.org/\">こちら</a><img src=\"http://tracker.example.net/p.gif\" alt=\"\">"))
			.isEqualTo("こちら");
		assertThat(HtmlText.of(null)).isNull();
		assertThat(HtmlText.of("")).isEmpty();
	}

}
