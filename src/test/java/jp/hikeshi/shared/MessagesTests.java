package jp.hikeshi.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

class MessagesTests {

	@Test
	@DisplayName("every message exists in Japanese and in English, and none is blank")
	void japaneseAndEnglishBundlesHaveTheSameKeys() throws IOException {
		for (String base : bundles()) {
			Properties ja = load(base + ".properties");
			Properties en = load(base + "_en.properties");
			assertThat(en.stringPropertyNames()).as(base).containsExactlyInAnyOrderElementsOf(ja.stringPropertyNames());
			ja.forEach((k, v) -> assertThat(v.toString()).as("ja " + k).isNotBlank());
			en.forEach((k, v) -> assertThat(v.toString()).as("en " + k).isNotBlank());
		}
	}

	@Test
	void japaneseBundleIsReallyJapanese() throws IOException {
		assertThat(load("messages.properties").getProperty("report.new.title")).contains("通報");
	}

	/**
	 * The main bundle and one bundle per module under i18n/, each a Japanese base file
	 * and an _en file.
	 */
	static List<String> bundles() throws IOException {
		List<String> bases = new ArrayList<>(List.of("messages"));
		for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties")) {
			String name = r.getFilename();
			if (name != null && !name.contains("_")) {
				bases.add("i18n/" + name.substring(0, name.length() - ".properties".length()));
			}
		}
		return bases;
	}

	private static Properties load(String name) throws IOException {
		Properties p = new Properties();
		var stream = MessagesTests.class.getResourceAsStream("/" + name);
		assertThat(stream).as(name + " exists").isNotNull();
		try (var in = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
			p.load(in);
		}
		return p;
	}

}
