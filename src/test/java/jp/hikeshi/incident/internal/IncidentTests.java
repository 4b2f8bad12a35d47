package jp.hikeshi.incident.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jp.hikeshi.identity.Person;
import jp.hikeshi.incident.ClosingGuard.OpenItem;
import jp.hikeshi.incident.IncidentProcess;
import jp.hikeshi.incident.IncidentState;
import jp.hikeshi.incident.Priority;
import jp.hikeshi.incident.ProcessState;
import jp.hikeshi.incident.ReportRef;
import jp.hikeshi.incident.Urgency;
import jp.hikeshi.shared.OrganisationId;
import jp.hikeshi.shared.RejectedInputException;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class IncidentTests {

	static final Instant NOW = Instant.parse("2026-11-20T01:00:00Z");

	static Incident incident() {
		Incident incident = Incident.declare(OrganisationId.DEFAULT, "INC-2026-0001", "ランサムウェア", "RANSOMWARE",
				Urgency.HIGH, "SIGNIFICANT", new Priority(2), new Person(UUID.randomUUID(), "指揮者"), UUID.randomUUID(),
				NOW);
		incident.drainLog();
		return incident;
	}

	@Test
	@DisplayName("GEN-1 response and reporting are in progress at the same time")
	void keepsSeveralProcessesInProgressAtOnce() {
		Incident incident = incident();
		incident.progress(IncidentProcess.RESPONSE, ProcessState.IN_PROGRESS);
		incident.progress(IncidentProcess.REPORTING, ProcessState.IN_PROGRESS);
		assertThat(incident.progress()).containsEntry(IncidentProcess.RESPONSE, ProcessState.IN_PROGRESS)
			.containsEntry(IncidentProcess.REPORTING, ProcessState.IN_PROGRESS)
			.containsEntry(IncidentProcess.TRIAGE, ProcessState.DONE);
		assertThat(incident.state()).isEqualTo(IncidentState.OPEN);
		assertThat(incident.drainLog()).extracting(LogLine::type).containsExactly("PROCESS_CHANGED", "PROCESS_CHANGED");
	}

	@Test
	@DisplayName("GEN-1 an incident cannot be closed while a guard names something open")
	void refusesToCloseWhileSomethingIsOpen() {
		Incident incident = incident();
		assertThatThrownBy(() -> incident.moveTo(IncidentState.CLOSED, NOW, List.of(new OpenItem("TASK", "PPC への報告"))))
			.isInstanceOf(RejectedInputException.class)
			.satisfies(ex -> assertThat(((RejectedInputException) ex).problems().get(0).field()).isEqualTo("state"));
		assertThat(incident.state()).isEqualTo(IncidentState.OPEN);
		incident.moveTo(IncidentState.CLOSED, NOW, List.of());
		assertThat(incident.state()).isEqualTo(IncidentState.CLOSED);
		assertThat(incident.times().closedAt()).isEqualTo(NOW);
	}

	@Test
	void recoveringAlsoMarksContainmentAndReopeningClearsTheClosingTime() {
		Incident incident = incident();
		incident.moveTo(IncidentState.RECOVERED, NOW, List.of());
		assertThat(incident.times().containedAt()).isEqualTo(NOW);
		assertThat(incident.times().recoveredAt()).isEqualTo(NOW);
		incident.moveTo(IncidentState.CLOSED, NOW.plusSeconds(60), List.of());
		incident.moveTo(IncidentState.OPEN, NOW.plusSeconds(120), List.of());
		assertThat(incident.times().closedAt()).isNull();
		assertThat(incident.state().isOpen()).isTrue();
	}

	@Test
	void aClosedIncidentTakesNoMoreReports() {
		Incident incident = incident();
		incident.moveTo(IncidentState.CLOSED, NOW, List.of());
		assertThatThrownBy(() -> incident.link(new ReportRef(UUID.randomUUID(), "R-2026-0009"), null, NOW))
			.isInstanceOf(RejectedInputException.class);
	}

	@Test
	void rankingLogsTheOldAndNewPriority() {
		Incident incident = incident();
		incident.rank(Urgency.CRITICAL, "EXTENSIVE", new Priority(1));
		assertThat(incident.priority().label()).isEqualTo("P1");
		assertThat(incident.drainLog()).singleElement().satisfies(l -> {
			assertThat(l.phrase().key()).isEqualTo("incident.log.RANKED");
			assertThat(l.phrase().args()).startsWith("P2", "P1");
		});
	}

	@Test
	void refusesAnOccurrenceRangeThatEndsBeforeItStarts() {
		Incident incident = incident();
		assertThatThrownBy(
				() -> incident.time(Timestamps.given(NOW, NOW.minusSeconds(1), null, null, null, null, null)))
			.isInstanceOf(RejectedInputException.class);
	}

}
