package jp.hikeshi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * docs/configuration.md is generated from the metadata the configuration processor writes
 * for the {@code @ConfigurationProperties} records (and
 * META-INF/additional-spring-configuration-metadata.json for the keys read elsewhere).
 * Regenerate it after changing a setting:
 * {@code ./mvnw -o test -Dtest=ConfigurationDocumentationTests -Dhikeshi.docs.write=true}.
 */
@DisplayName("Configuration reference: every hikeshi.* setting is documented in docs/configuration.md")
class ConfigurationDocumentationTests {

	static final Path DOC = Path.of("docs/configuration.md");

	@Test
	@DisplayName("every hikeshi.* key of the configuration metadata is in docs/configuration.md, with its current default")
	void documentsEveryKeyOfTheMetadata() throws IOException {
		List<Setting> settings = settings();
		String generated = reference(settings);
		if (Boolean.getBoolean("hikeshi.docs.write")) {
			Files.writeString(DOC, generated, StandardCharsets.UTF_8);
		}
		String doc = Files.readString(DOC, StandardCharsets.UTF_8);

		assertThat(settings).extracting(Setting::name)
			.contains("hikeshi.reporting.reminders.every", "hikeshi.mail.outbox.every",
					"hikeshi.reporting.jobs.enabled", "hikeshi.mail-intake.initial-delay", "hikeshi.time-zone",
					"hikeshi.security.session-idle", "hikeshi.security.token-rate-per-minute", "hikeshi.mfa.secret-key",
					"hikeshi.admin.password");
		assertThat(settings).allSatisfy(setting -> assertThat(doc).as("docs/configuration.md names " + setting.name())
			.contains("| `" + setting.name() + "` |"));
		assertThat(doc).as("docs/configuration.md is regenerated (-Dhikeshi.docs.write=true) after a setting changed")
			.isEqualTo(generated);
	}

	record Setting(String name, String type, String defaultValue, String description) {
	}

	static List<Setting> settings() throws IOException {
		List<Setting> settings = new ArrayList<>();
		try (InputStream in = ConfigurationDocumentationTests.class
			.getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
			assertThat(in).as("the configuration processor wrote its metadata").isNotNull();
			JsonNode root = JsonMapper.builder().build().readTree(in);
			for (JsonNode p : root.path("properties")) {
				String name = p.path("name").asString();
				if (name.startsWith("hikeshi.")) {
					settings.add(new Setting(name, shortType(p.path("type").asString("")),
							p.has("defaultValue") ? p.path("defaultValue").asString() : "",
							p.path("description").asString("")));
				}
			}
		}
		settings.sort(Comparator.comparing(Setting::name));
		return settings;
	}

	static String reference(List<Setting> settings) {
		StringBuilder doc = new StringBuilder(
				"""
						# Configuration

						Every `hikeshi.*` setting with its default. Set a value in `application.properties` next to the jar, as a
						system property (`-Dhikeshi.time-zone=UTC`) or as an environment variable (`HIKESHI_TIME_ZONE=UTC`,
						`HIKESHI_MAIL_INTAKE_PASSWORD`). A value that does not fit (a negative or zero duration, an unknown time zone,
						a negative limit) stops the application at start with a message naming the key, its value and the rule.

						Durations are ISO-8601 (`PT30S`, `PT15M`, `PT1H`) or simple (`30s`, `15m`); sizes are bytes or `500MB`, `1GB`.

						This file is generated from the configuration processor's metadata by `ConfigurationDocumentationTests`
						(`./mvnw -o test -Dtest=ConfigurationDocumentationTests -Dhikeshi.docs.write=true`), which fails when a key is
						missing here. Describe a new key in the Javadoc `@param` of its `@ConfigurationProperties` record.

						| Key | Type | Default | Meaning |
						|---|---|---|---|
						""");
		for (Setting s : settings) {
			doc.append("| `")
				.append(s.name())
				.append("` | ")
				.append(s.type())
				.append(" | ")
				.append(s.defaultValue().isEmpty() ? "" : "`" + s.defaultValue() + "`")
				.append(" | ")
				.append(cell(s.description()))
				.append(" |\n");
		}
		doc.append(
				"""

						## Logging and metrics (Spring Boot settings)

						| Key | Default | Meaning |
						|---|---|---|
						| `logging.structured.format.console` | (plain text) | `ecs` writes every console log line as JSON (Elastic Common Schema) with the request id (`requestId`); also `logstash` or `gelf`. As environment variable: `LOGGING_STRUCTURED_FORMAT_CONSOLE=ecs`. |
						| `logging.pattern.correlation` | `[%X{requestId:--}] ` | The request id (`X-Request-Id`) in every plain log line. |
						| `management.endpoint.health.show-details` | `when-authorized` | Health details (`mailOutbox`, `mailIntake`, `evidenceStore`, `db`) for administrators only. |
						| `spring.mail.host` | (none) | The SMTP server; without it mail waits in the outbox. |
						""");
		return doc.toString();
	}

	private static String shortType(String type) {
		return type.substring(type.lastIndexOf('.') + 1);
	}

	private static String cell(String description) {
		String text = description.replaceAll("\\{@code ([^}]*)}", "`$1`")
			.replace("|", "\\|")
			.replace('\n', ' ')
			.strip();
		return text.isEmpty() ? text
				: Character.toUpperCase(text.charAt(0)) + text.substring(1) + (text.endsWith(".") ? "" : ".");
	}

}
