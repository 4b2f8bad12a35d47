package jp.hikeshi.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jp.hikeshi.audit.AuditEntry;
import jp.hikeshi.shared.DisplayZone;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Every action and object code that any module records has a label in both languages. */
class AuditLabelsTests {

	/**
	 * Upper-case literals in audit-publishing sources that are neither actions nor object
	 * types (NAME_TAKEN… are SSO refusal reasons, shown as #audit.ssoRefusal labels).
	 */
	private static final Set<String> NOT_ACTIONS = Set.of("DECISION", "EV", "EVENT", "INC", "MINISTRY", "NOTE", "OTHER",
			"PROCESS_ADVANCED", "RANSOMWARE", "TOKEN", "UX_ALERT_SOURCE_REF", "NAME_TAKEN", "NO_ROLE", "NO_USERNAME");

	/**
	 * Action codes put together from a prefix and a step (remediation: CONTAINMENT_ +
	 * step, RECOVERY_ + stage).
	 */
	private static final Set<String> PREFIXES = Set.of("CONTAINMENT_", "RECOVERY_", "RECOVERY_VERIFIED_");

	@Test
	@DisplayName("RES-2 every action code used in the sources is in the catalogue and labelled in Japanese and English")
	void labelsEveryActionCodeTheModulesRecord() throws IOException {
		Set<String> literals = new TreeSet<>();
		Pattern literal = Pattern.compile("\"([A-Z][A-Z0-9_]+)\"");
		try (Stream<Path> files = Files.walk(Path.of("src/main/java/jp/hikeshi"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
				String source = Files.readString(file);
				if (!source.contains("AuditEvent") && !source.contains("followUp.record(")
						|| file.toString().contains("/audit/")) {
					continue;
				}
				Matcher m = literal.matcher(source);
				while (m.find()) {
					literals.add(m.group(1));
				}
			}
		}
		literals.removeAll(AuditLabels.TYPES);
		literals.removeAll(NOT_ACTIONS);
		literals.removeAll(PREFIXES);
		assertThat(AuditLabels.ACTIONS).containsAll(literals);
		Properties ja = bundle("i18n/audit.properties");
		Properties en = bundle("i18n/audit_en.properties");
		for (String code : AuditLabels.ACTIONS) {
			assertThat(ja.getProperty("audit.action." + code)).as(code).isNotBlank().doesNotContain(code);
			assertThat(en.getProperty("audit.action." + code)).as(code).isNotBlank();
		}
		for (String code : AuditLabels.TYPES) {
			assertThat(ja.getProperty("audit.type." + code)).as(code).isNotBlank();
			assertThat(en.getProperty("audit.type." + code)).as(code).isNotBlank();
		}
		assertThat(ja.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
	}

	@Test
	@DisplayName("RES-2 every action has a message in both languages; #key parameters are shown as labels, name_en in English")
	void rendersMessagesWithLabelParametersInTheReadersLanguage() throws IOException {
		Properties ja = bundle("i18n/audit.properties");
		Properties en = bundle("i18n/audit_en.properties");
		for (String code : AuditLabels.ACTIONS) {
			assertThat(ja.getProperty("audit.message." + code)).as(code).isNotBlank();
			assertThat(en.getProperty("audit.message." + code)).as(code).isNotBlank();
		}
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("i18n/audit", "i18n/response");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		AuditLabels labels = new AuditLabels(messages, new DisplayZone(ZoneId.of("Asia/Tokyo")));
		AuditEntry entry = new AuditEntry(1, Instant.now(), "u", null, "TASK_CHANGED", "TASK", "t",
				"Title: TODO -> CANCELLED", 1, "h", Map.of("title", "隔離", "title_en", "Isolate", "from",
						"#taskStatus.TODO", "to", "#taskStatus.CANCELLED"));
		assertThat(labels.details(entry, Locale.JAPANESE)).contains("隔離").contains("中止").doesNotContain("CANCELLED");
		assertThat(labels.details(entry, Locale.ENGLISH)).contains("Isolate")
			.doesNotContain("CANCELLED")
			.doesNotContain("隔離");
	}

	@Test
	@DisplayName("RES-2 an entry from before parameters shows its stored summary as the original text; one whose message needs no parameter shows the message")
	void showsOlderEntriesAsTheirOriginalTextAndParameterlessOnesInTheReadersLanguage() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("i18n/audit");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		AuditLabels labels = new AuditLabels(messages, new DisplayZone(ZoneId.of("Asia/Tokyo")));
		AuditEntry older = new AuditEntry(1, Instant.now(), "u", null, "TASK_CHANGED", "TASK", "t",
				"Title: TODO -> DONE", 1, "h", Map.of());
		assertThat(labels.details(older, Locale.JAPANESE)).isEqualTo("記録時の原文（英語）：Title: TODO -> DONE");
		assertThat(labels.details(older, Locale.ENGLISH)).isEqualTo("Title: TODO -> DONE");
		Properties ja = bundleOrFail("i18n/audit.properties");
		String plain = AuditLabels.ACTIONS.stream()
			.filter(code -> !ja.getProperty("audit.message." + code).contains("{"))
			.findFirst()
			.orElseThrow();
		AuditEntry parameterless = new AuditEntry(2, Instant.now(), "u", null, plain, "USER", "u", "English summary", 2,
				"h", Map.of());
		assertThat(labels.details(parameterless, Locale.JAPANESE)).isEqualTo(ja.getProperty("audit.message." + plain))
			.doesNotContain("English summary");
	}

	private static Properties bundleOrFail(String name) {
		try {
			return bundle(name);
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	@Test
	void shortensUuidsAndLongIdsButKeepsShortOnes() {
		assertThat(AuditLabels.shortId("0193ab12-3456-7890-abcd-ef0123456789")).isEqualTo("0193ab12");
		assertThat(AuditLabels.shortId("admin")).isEqualTo("admin");
		assertThat(AuditLabels.shortId("x".repeat(40))).hasSize(24).endsWith("…");
		assertThat(AuditLabels.shortId(null)).isEmpty();
	}

	private static Properties bundle(String name) throws IOException {
		Properties p = new Properties();
		try (var in = new InputStreamReader(AuditLabelsTests.class.getClassLoader().getResourceAsStream(name),
				StandardCharsets.UTF_8)) {
			p.load(in);
		}
		return p;
	}

}
