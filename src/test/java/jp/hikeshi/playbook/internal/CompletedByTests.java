package jp.hikeshi.playbook.internal;

import static jp.hikeshi.playbook.internal.PlaybookReaderTests.CATEGORIES;
import static jp.hikeshi.playbook.internal.PlaybookReaderTests.faults;
import static jp.hikeshi.playbook.internal.PlaybookReaderTests.minimal;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jp.hikeshi.playbook.CompletedBy;
import jp.hikeshi.playbook.CompletedBy.Work;
import jp.hikeshi.playbook.PlaybookTask;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import tools.jackson.databind.json.JsonMapper;

class CompletedByTests {

	@ParameterizedTest(name = "GEN-3 {0} reads as {1} {2} {3} and round-trips")
	@DisplayName("GEN-3 a task declares the work that completes it, and it survives export and import")
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			{containment: ISOLATE_DEVICE, state: VERIFIED}  | CONTAINMENT   | ISOLATE_DEVICE  | VERIFIED
			{containment: FILTER_BLOCK}                     | CONTAINMENT   | FILTER_BLOCK    | VERIFIED
			{containment: REMOVE_CAUSE, state: APPLIED}     | CONTAINMENT   | REMOVE_CAUSE    | APPLIED
			{recovery: VERIFIED}                            | RECOVERY      | -               | VERIFIED
			{notification: PPC_PRELIMINARY, state: SENT}    | NOTIFICATION  | PPC_PRELIMINARY | SENT
			{notification: WEBSITE, state: DRAFTED}         | NOTIFICATION  | WEBSITE         | DRAFTED
			{ransomStance: CONFIRMED}                       | RANSOM_STANCE | -               | CONFIRMED
			{evidence: MEMORY_IMAGE}                        | EVIDENCE      | MEMORY_IMAGE    | COLLECTED
			{evidence: ANY}                                 | EVIDENCE      | -               | COLLECTED
			{vendorAnswer: true}                            | VENDOR_ANSWER | -               | ANSWERED
			{triage: DECIDED}                               | TRIAGE        | -               | DECIDED
			""")
	void readsWritesAndReadsBack(String yaml, Work work, String subject, String state) {
		PlaybookDocument doc = PlaybookReader.read(minimal("    completedBy: " + yaml + "\n"), CATEGORIES);
		assertThat(doc.tasks().get(0).completedBy()).isEqualTo(new CompletedBy(work, subject, state));
		String exported = PlaybookWriter.yaml(doc);
		assertThat(exported).contains("completedBy: {" + work.field() + ": ");
		assertThat(PlaybookReader.read(exported, CATEGORIES)).isEqualTo(doc);
		String json = "{\"code\":\"SAMPLE\",\"title\":{\"ja\":\"見本\",\"en\":\"Sample\"},\"description\":{\"ja\":\"説明\",\"en\":\"D\"},"
				+ "\"tasks\":[{\"key\":\"first\",\"process\":\"TRI\",\"requirement\":\"TRI-1\",\"role\":\"LEAD\","
				+ "\"title\":{\"ja\":\"最初\",\"en\":\"First\"},\"completedBy\":" + json(yaml) + "}]}";
		assertThat(PlaybookReader.read(json, CATEGORIES).tasks().get(0).completedBy())
			.isEqualTo(new CompletedBy(work, subject, state));
	}

	@ParameterizedTest(name = "GEN-3 {0}")
	@DisplayName("GEN-3 a wrong completedBy is refused with its path and the values it may take")
	@CsvSource(delimiter = '|',
			textBlock = """
					two kinds of work       | {recovery: VERIFIED, triage: DECIDED}      | tasks[0].completedBy: completedBy names exactly one of: containment, recovery, notification, ransomStance, evidence, vendorAnswer, triage
					an unknown containment  | {containment: SHUTDOWN}                    | tasks[0].completedBy.containment: "SHUTDOWN" cannot be used; use one of: ISOLATE_DEVICE, FILTER_BLOCK, REMOVE_CAUSE
					a wrong state           | {notification: POLICE, state: ANSWERED}    | tasks[0].completedBy.state: state "ANSWERED" cannot be used; use one of: DRAFTED, SENT
					a state where none fits | {recovery: VERIFIED, state: SENT}          | tasks[0].completedBy.state: recovery takes no state
					an unknown field        | {done: true}                               | tasks[0].completedBy.done: unknown field "done"
					""")
	void refusesAWrongCompletedBy(String what, String yaml, String expected) {
		assertThat(faults(minimal("    completedBy: " + yaml + "\n")))
			.anySatisfy(f -> assertThat(f).startsWith(expected));
	}

	@Test
	@DisplayName("GEN-3 the published schema offers completedBy as exactly one kind of work with its values")
	@SuppressWarnings("unchecked")
	void schemaOffersCompletedBy() {
		Map<String, Object> tasks = (Map<String, Object>) ((Map<String, Object>) PlaybookSchema.document()
			.get("properties")).get("tasks");
		Map<String, Object> task = (Map<String, Object>) tasks.get("items");
		Map<String, Object> completedBy = (Map<String, Object>) ((Map<String, Object>) task.get("properties"))
			.get("completedBy");
		List<Map<String, Object>> kinds = (List<Map<String, Object>>) completedBy.get("oneOf");
		assertThat(kinds).hasSize(Work.values().length);
		assertThat(kinds.get(0).toString()).contains("containment", "ISOLATE_DEVICE", "VERIFIED");
		assertThat(new JsonMapper().writeValueAsString(completedBy)).contains("\"vendorAnswer\":{\"const\":true}");
	}

	@Test
	@DisplayName("GEN-3 the shipped playbooks declare what completes the tasks that describe recorded work")
	void shippedPlaybooksDeclareCompletedBy() {
		Map<String, PlaybookDocument> shipped = ShippedPlaybooks.texts()
			.stream()
			.map(t -> PlaybookReader.read(t, CATEGORIES))
			.collect(Collectors.toMap(PlaybookDocument::code, Function.identity()));
		assertThat(shipped).hasSize(7);
		Map<String, CompletedBy> ransomware = shipped.get("RANSOMWARE")
			.tasks()
			.stream()
			.filter(t -> t.completedBy() != null)
			.collect(Collectors.toMap(PlaybookTask::key, PlaybookTask::completedBy));
		assertThat(ransomware).containsEntry("isolate", new CompletedBy(Work.CONTAINMENT, "ISOLATE_DEVICE", "VERIFIED"))
			.containsEntry("recovery-check", new CompletedBy(Work.RECOVERY, null, "VERIFIED"))
			.containsEntry("restore-from-backups", new CompletedBy(Work.RECOVERY, null, "RESTORED"))
			.containsEntry("no-ransom", new CompletedBy(Work.RANSOM_STANCE, null, "CONFIRMED"))
			.containsEntry("privacy-report", new CompletedBy(Work.NOTIFICATION, "PPC_PRELIMINARY", "SENT"))
			.containsEntry("evidence", new CompletedBy(Work.EVIDENCE, "MEMORY_IMAGE", "COLLECTED"))
			.containsEntry("investigate", new CompletedBy(Work.VENDOR_ANSWER, null, "ANSWERED"))
			.containsEntry("decide", new CompletedBy(Work.TRIAGE, null, "DECIDED"));
		assertThat(shipped.values()).allSatisfy(doc -> {
			assertThat(doc.tasks()).as(doc.code()).anySatisfy(t -> assertThat(t.completedBy()).isNotNull());
			assertThat(doc.tasks()).as(doc.code() + " decide")
				.filteredOn(t -> t.key().equals("decide"))
				.allSatisfy(t -> assertThat(t.completedBy()).isEqualTo(new CompletedBy(Work.TRIAGE, null, "DECIDED")));
		});
	}

	/** The flow mapping of the test table as JSON (its values are plain words). */
	private static String json(String yaml) {
		return yaml.replaceAll("([A-Za-z_]+)", "\"$1\"").replace("\"true\"", "true");
	}

}
