package jp.hikeshi.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jp.hikeshi.shared.Bilingual;

/**
 * Someone's home page (GEN-2, RES-1, REP-3): their open tasks, the vendors' answers to
 * review, the legal deadlines coming, the reports waiting for triage or their own
 * reports, their incidents and the open incidents per priority. A section the caller's
 * role does not see is empty ({@code reportsWaiting} and {@code openPerPriority}: null).
 */
public record HomeView(List<TaskLine> myTasks, boolean moreTasks, List<AnswerLine> answersToReview,
		List<DeadlineLine> deadlines, Waiting reportsWaiting, List<ReportLine> myReports,
		List<IncidentLine> myIncidents, Map<String, Long> openPerPriority) {

	/**
	 * An open task of the caller (or the caller's vendor); {@code days}: to its last day,
	 * negative once past.
	 */
	public record TaskLine(UUID id, UUID incidentId, String incidentNumber, Bilingual title, String status, Instant due,
			LocalDate lastDay, Long days, boolean overdue, String daysText) {
	}

	/** A request its vendor answered, waiting for a handler's review. */
	public record AnswerLine(UUID taskId, UUID incidentId, String incidentNumber, Bilingual title, String vendor,
			Instant answeredAt) {
	}

	/**
	 * An open legal obligation: {@code due} is the exclusive end, {@code lastDay} the day
	 * it must be met by.
	 */
	public record DeadlineLine(UUID incidentId, String incidentNumber, String incidentTitle, String kind,
			String kindLabel, String status, Instant due, LocalDate lastDay, String lastDayText, long daysRemaining,
			boolean overdue, String daysText) {
	}

	/** The reports waiting for triage: how many, and the newest. */
	public record Waiting(long total, List<ReportLine> items) {
	}

	/** A report as the home page lists it. */
	public record ReportLine(UUID id, String number, String status, String summary, Instant receivedAt) {
	}

	/**
	 * An open incident of the caller and the part they take in it (COMMANDER, HANDLER,
	 * VENDOR).
	 */
	public record IncidentLine(UUID id, String number, String title, String priority, String state, String part) {
	}
}
