package jp.hikeshi.playbook.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import jp.hikeshi.shared.RejectedInputException;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.context.support.ResourceBundleMessageSource;

class PlaybookReaderTests {

	static final Set<String> CATEGORIES = Set.of("RANSOMWARE", "MALWARE", "TARGETED_EMAIL", "PHISHING", "INFO_LEAK",
			"MISDELIVERY", "UNAUTHORIZED_ACCESS", "INTRUSION", "DEFACEMENT", "DOS", "LOSS_THEFT", "OTHER");

	static List<String> messages(RejectedInputException ex, Locale locale) {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasenames("i18n/playbook");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return ex.problems()
			.stream()
			.map(p -> p.field() + ": " + source.getMessage(p.messageKey(), p.args(), locale))
			.toList();
	}

	@Test
	@DisplayName("GEN-3 every shipped playbook reads without a fault")
	void everyShippedPlaybookReads() {
		for (String text : ShippedPlaybooks.texts()) {
			try {
				PlaybookReader.read(text, CATEGORIES);
			}
			catch (RejectedInputException ex) {
				throw new AssertionError(text.lines().limit(3).toList() + " " + messages(ex, Locale.ENGLISH));
			}
		}
	}

	static String minimal(String extraTaskLines) {
		return """
				code: SAMPLE
				title: {ja: 見本, en: Sample}
				description: {ja: 説明, en: Description}
				tasks:
				  - key: first
				    process: TRI
				    requirement: TRI-1
				    role: LEAD
				    title: {ja: 最初, en: First}
				""" + extraTaskLines;
	}

	static List<String> faults(String text) {
		RejectedInputException ex = catchThrowableOfType(RejectedInputException.class,
				() -> PlaybookReader.read(text, CATEGORIES));
		assertThat(ex).as("rejected").isNotNull();
		return messages(ex, Locale.ENGLISH);
	}

	@ParameterizedTest(name = "GEN-3 {0}")
	@DisplayName("GEN-3 a malformed document is refused with the path and reason of each fault")
	@CsvSource(delimiter = '|', quoteCharacter = '\'',
			textBlock = """
					a Java type tag (no arbitrary types)    | code: !!java.io.File SAMPLE                      | document: The YAML / JSON is malformed (line 1, column 7): Global tag is not allowed: tag:yaml.org,2002:java.io.File
					a custom tag on the document            | !custom {code: X}                                | document: tags (!custom) are not allowed (line 1)
					an unknown top-level field              | owner: me                                        | owner: unknown field "owner"; allowed: code, title, description, categories, rules, tasks
					a title as plain text                   | title: Sample                                    | title: write both Japanese and English as {ja: …, en: …} (line 2)
					a second document                       | ---\\ncode: OTHER                                | document: Write one playbook per file
					a list as the whole document            | - a\\n- b                                        | document: must be a mapping ("name: value" lines) (line 1)
					a lower-case code                       | code: sample                                     | code: "sample" is not a valid code
					""")
	void refusesAMalformedDocument(String what, String change, String expected) {
		String text = change.startsWith("---") ? minimal("") + change.replace("\\n", "\n")
				: change.startsWith("- ") || change.startsWith("!") ? change.replace("\\n", "\n")
						: change.startsWith("code:") ? minimal("").replace("code: SAMPLE", change)
								: change.startsWith("title:")
										? minimal("").replace("title: {ja: 見本, en: Sample}", change)
										: minimal("") + change;
		assertThat(faults(text)).as(what).anySatisfy(m -> assertThat(m).startsWith(expected.strip()));
	}

	@Test
	@DisplayName("GEN-3 size limits: too many tasks, too long texts and too large documents are refused")
	void enforcesSizeLimits() {
		StringBuilder many = new StringBuilder();
		for (int i = 0; i < PlaybookReader.MAX_TASKS + 1; i++) {
			many.append("  - {key: t%d, process: RES, requirement: RES-1, role: VENDOR, title: {ja: 作業, en: Work}}\n"
				.formatted(i));
		}
		assertThat(faults(minimal(many.toString())))
			.anySatisfy(m -> assertThat(m).startsWith("tasks: must have at most 100 items"));
		String longTitle = "長".repeat(PlaybookReader.MAX_TITLE + 1);
		assertThat(faults(minimal("").replace("{ja: 最初, en: First}", "{ja: " + longTitle + ", en: First}")))
			.anySatisfy(m -> assertThat(m).startsWith("tasks[0].title.ja: must be at most 200 characters (line 9)"));
		assertThat(faults("# " + "x".repeat(PlaybookReader.MAX_CHARS)))
			.containsExactly("document: The document is too large (at most 190000 characters)");
		assertThat(faults("  ")).containsExactly("document: The document is empty");
	}

	@Test
	@DisplayName("GEN-3 a syntax error names its line and column")
	void reportsSyntaxErrorsWithLineAndColumn() {
		assertThat(faults(minimal("    due: [PT1H\n"))).singleElement()
			.satisfies(m -> assertThat(m).startsWith("document: The YAML / JSON is malformed (line 11, column"));
		assertThat(faults("{\"code\": \"X\",\n\t\"title\": {\"ja\": \"a\"\n")).singleElement()
			.satisfies(m -> assertThat(m)
				.startsWith("document: The YAML / JSON is malformed (line 3, column 1): expected ',' or '}'"));
	}

	@Test
	@DisplayName("GEN-3 the same structure as JSON, indented with tabs, reads like YAML; what the writer writes reads back equal")
	void readsJsonAndRoundTripsThroughTheWriter() {
		String json = "{\n\t\"code\": \"SAMPLE\",\n\t\"title\": {\"ja\": \"見本\", \"en\": \"Sample\"},\n"
				+ "\t\"description\": {\"ja\": \"説明\\n2行目\", \"en\": \"Description\"},\n\t\"categories\": [\"MALWARE\"],\n"
				+ "\t\"tasks\": [{\"key\": \"first\", \"process\": \"TRI\", \"requirement\": \"TRI-1\", \"role\": \"LEAD\",\n"
				+ "\t\t\"due\": \"P1DT2H\", \"mandatory\": true, \"title\": {\"ja\": \"「最初」: \\\"引用\\\"\", \"en\": \"First # not a comment\"},\n"
				+ "\t\t\"checklist\": [{\"ja\": \"確認\", \"en\": \"Checked\"}]}]\n}";
		PlaybookDocument doc = PlaybookReader.read(json, CATEGORIES);
		assertThat(doc.description().ja()).isEqualTo("説明\n2行目");
		assertThat(doc.tasks().get(0).due()).hasHours(26);
		assertThat(doc.tasks().get(0).title().ja()).isEqualTo("「最初」: \"引用\"");
		for (String text : ShippedPlaybooks.texts()) {
			PlaybookDocument shipped = PlaybookReader.read(text, CATEGORIES);
			assertThat(PlaybookReader.read(PlaybookWriter.yaml(shipped), CATEGORIES)).isEqualTo(shipped);
		}
		assertThat(PlaybookReader.read(PlaybookWriter.yaml(doc), CATEGORIES)).isEqualTo(doc);
	}

	@Test
	@DisplayName("GEN-3 the schema validator's faults are told in Japanese with path and line, in the order of the file")
	void tellsSchemaFaultsInJapaneseInFileOrder() {
		String text = """
				code: SAMPLE
				title: {ja: 見本, en: Sample}
				description: {ja: 説明}
				categories: [MALWARE, PHISHING, MALWARE, lower]
				tasks:
				  - key: first
				    process: TRI
				    requirement: TRI-1
				    role: LEAD
				    title: {ja: "", en: First}
				    checklist: check the backups
				    mandatory: yes please
				    due: P400D
				""";
		RejectedInputException ex = catchThrowableOfType(RejectedInputException.class,
				() -> PlaybookReader.read(text, CATEGORIES));
		assertThat(messages(ex, Locale.JAPANESE)).containsExactly("description.en: 必須です（3行目）",
				"categories[2]: 事象分類「MALWARE」が重複しています（4行目）",
				"categories[3]: 事象分類「lower」はありません。使える分類: " + String.join(", ", new java.util.TreeSet<>(CATEGORIES))
						+ "（4行目）",
				"tasks[0].title.ja: 必須です（10行目）", "tasks[0].checklist: リスト（「- 」で始まる行の並び）で書いてください（11行目）",
				"tasks[0].mandatory: 「yes please」は使えません。true または false にしてください（12行目）",
				"tasks[0].due: 期限「P400D」は0より長く、365日以内にしてください（13行目）");
		assertThat(messages(ex, Locale.ENGLISH)).first().isEqualTo("description.en: is required (line 3)");
	}

	@Test
	@DisplayName("GEN-3 a null value reads as an absent field, and a field no kind of completedBy knows is told once")
	void readsNullAsAbsentAndTellsAnUnknownCompletedByFieldOnce() {
		assertThat(PlaybookReader.read(minimal("    due:\n    guidance: ~\n    completedBy: null\n"), CATEGORIES)
			.tasks()
			.get(0)).satisfies(task -> assertThat(task.due()).isNull())
			.satisfies(task -> assertThat(task.completedBy()).isNull());
		assertThat(faults(minimal("    completedBy: {triage: DECIDED, when: later}\n"))).containsExactly(
				"tasks[0].completedBy.when: unknown field \"when\"; allowed: containment, recovery, notification, ransomStance, "
						+ "evidence, vendorAnswer, triage, state (line 10)");
	}

}
