package jp.hikeshi.triage.web;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jp.hikeshi.incident.Urgency;
import jp.hikeshi.shared.DisplayZone;
import jp.hikeshi.triage.CheckItem;
import jp.hikeshi.triage.Facts;
import jp.hikeshi.triage.Finding;
import jp.hikeshi.triage.TriageOutcome;
import jp.hikeshi.triage.TriageRequest;
import jp.hikeshi.triage.TriageView;
import jp.hikeshi.triage.Warning;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The triage form as typed: local times in the display zone, recipients one per line, the
 * duplicate by its number.
 */
public class TriageForm {

	private Finding damage = Finding.UNKNOWN;

	private String impact;

	private Finding ongoing = Finding.UNKNOWN;

	private List<ConsultationRow> consultations = new ArrayList<>();

	private List<CheckRow> checks = new ArrayList<>();

	private TriageOutcome decision;

	private String reason;

	private UUID incidentId;

	private String title;

	private Urgency urgency;

	private String severity;

	private String duplicateOfNumber;

	private String warningRecipients;

	private String warningText;

	private Long version;

	/**
	 * The form filled with what is recorded, one empty consultation row, and one row per
	 * check of the list.
	 */
	static TriageForm of(TriageView triage, DisplayZone zone) {
		TriageForm form = new TriageForm();
		Facts facts = triage.facts();
		form.damage = facts.damage();
		form.impact = facts.impact();
		form.ongoing = facts.ongoing();
		facts.consultations()
			.forEach(c -> form.consultations
				.add(new ConsultationRow(c.organisation(), c.response(), zone.toLocal(c.consultedAt()))));
		form.consultations.add(new ConsultationRow(null, null, null));
		for (CheckItem item : triage.checklist()) {
			CheckRow row = new CheckRow();
			row.code = item.code();
			facts.checks().stream().filter(c -> c.code().equals(item.code())).findFirst().ifPresent(c -> {
				row.answer = c.answer();
				row.requestedTo = c.requestedTo();
				row.requestedAt = zone.toLocal(c.requestedAt());
				row.answeredAt = zone.toLocal(c.answeredAt());
			});
			form.checks.add(row);
		}
		// an untouched report's triage is new: the desk ignores its version 0 until the
		// first save
		form.version = triage.version();
		return form;
	}

	TriageRequest toRequest(DisplayZone zone, UUID duplicateOf) {
		List<Facts.Consultation> consulted = consultations.stream()
			.filter(c -> c.organisation != null && !c.organisation.isBlank())
			.map(c -> new Facts.Consultation(c.organisation, c.response, zone.toInstant(c.consultedAt)))
			.toList();
		List<Facts.CheckAnswer> answers = checks.stream()
			.filter(c -> c.code != null && c.hasContent())
			.map(c -> new Facts.CheckAnswer(c.code, c.answer, c.requestedTo, zone.toInstant(c.requestedAt),
					zone.toInstant(c.answeredAt)))
			.toList();
		boolean warns = blank(warningText) != null || !lines(warningRecipients).isEmpty();
		Warning warning = decision == TriageOutcome.NOT_INCIDENT && warns
				? new Warning(lines(warningRecipients), blank(warningText)) : null;
		return new TriageRequest(new Facts(damage, impact, ongoing, consulted, answers), decision, reason,
				decision == TriageOutcome.INCIDENT ? incidentId : null, duplicateOf, blank(title),
				decision == TriageOutcome.INCIDENT ? urgency : null,
				decision == TriageOutcome.INCIDENT ? blank(severity) : null, warning, version);
	}

	private static List<String> lines(String text) {
		return text == null ? List.of() : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
	}

	private static String blank(String value) {
		return value == null || value.isBlank() ? null : value;
	}

	/** One related organisation consulted. */
	public static class ConsultationRow {

		private String organisation;

		private String response;

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
		private LocalDateTime consultedAt;

		public ConsultationRow() {
		}

		ConsultationRow(String organisation, String response, LocalDateTime consultedAt) {
			this.organisation = organisation;
			this.response = response;
			this.consultedAt = consultedAt;
		}

		public String getOrganisation() {
			return organisation;
		}

		public void setOrganisation(String organisation) {
			this.organisation = organisation;
		}

		public String getResponse() {
			return response;
		}

		public void setResponse(String response) {
			this.response = response;
		}

		public LocalDateTime getConsultedAt() {
			return consultedAt;
		}

		public void setConsultedAt(LocalDateTime consultedAt) {
			this.consultedAt = consultedAt;
		}

	}

	/** The answer to one check of the category's list. */
	public static class CheckRow {

		private String code;

		private String answer;

		private String requestedTo;

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
		private LocalDateTime requestedAt;

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
		private LocalDateTime answeredAt;

		boolean hasContent() {
			return blank(answer) != null || blank(requestedTo) != null || requestedAt != null || answeredAt != null;
		}

		public String getCode() {
			return code;
		}

		public void setCode(String code) {
			this.code = code;
		}

		public String getAnswer() {
			return answer;
		}

		public void setAnswer(String answer) {
			this.answer = answer;
		}

		public String getRequestedTo() {
			return requestedTo;
		}

		public void setRequestedTo(String requestedTo) {
			this.requestedTo = requestedTo;
		}

		public LocalDateTime getRequestedAt() {
			return requestedAt;
		}

		public void setRequestedAt(LocalDateTime requestedAt) {
			this.requestedAt = requestedAt;
		}

		public LocalDateTime getAnsweredAt() {
			return answeredAt;
		}

		public void setAnsweredAt(LocalDateTime answeredAt) {
			this.answeredAt = answeredAt;
		}

	}

	public Finding getDamage() {
		return damage;
	}

	public void setDamage(Finding damage) {
		this.damage = damage;
	}

	public String getImpact() {
		return impact;
	}

	public void setImpact(String impact) {
		this.impact = impact;
	}

	public Finding getOngoing() {
		return ongoing;
	}

	public void setOngoing(Finding ongoing) {
		this.ongoing = ongoing;
	}

	public List<ConsultationRow> getConsultations() {
		return consultations;
	}

	public void setConsultations(List<ConsultationRow> consultations) {
		this.consultations = consultations;
	}

	public List<CheckRow> getChecks() {
		return checks;
	}

	public void setChecks(List<CheckRow> checks) {
		this.checks = checks;
	}

	public TriageOutcome getDecision() {
		return decision;
	}

	public void setDecision(TriageOutcome decision) {
		this.decision = decision;
	}

	public String getReason() {
		return reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

	public UUID getIncidentId() {
		return incidentId;
	}

	public void setIncidentId(UUID incidentId) {
		this.incidentId = incidentId;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public Urgency getUrgency() {
		return urgency;
	}

	public void setUrgency(Urgency urgency) {
		this.urgency = urgency;
	}

	public String getSeverity() {
		return severity;
	}

	public void setSeverity(String severity) {
		this.severity = severity;
	}

	public String getDuplicateOfNumber() {
		return duplicateOfNumber;
	}

	public void setDuplicateOfNumber(String duplicateOfNumber) {
		this.duplicateOfNumber = duplicateOfNumber;
	}

	public String getWarningRecipients() {
		return warningRecipients;
	}

	public void setWarningRecipients(String warningRecipients) {
		this.warningRecipients = warningRecipients;
	}

	public String getWarningText() {
		return warningText;
	}

	public void setWarningText(String warningText) {
		this.warningText = warningText;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
