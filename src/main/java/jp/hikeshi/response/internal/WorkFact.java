package jp.hikeshi.response.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jp.hikeshi.playbook.CompletedBy.Work;
import jp.hikeshi.shared.OrganisationId;

/**
 * A piece of work recorded on an incident, as its event tells it: which record
 * ({@code recordId}) of which kind of work, its subject (containment kind, recipient
 * kind, evidence kind) and where it stands now. The named policy of which task states it
 * meets lives here: a verified containment also meets "applied", a sent notification also
 * meets "drafted"; lifted, cancelled or sent back meets nothing, so what it completed
 * opens again.
 */
public record WorkFact(OrganisationId organisation, UUID incidentId, Work work, UUID recordId, String subject,
		String state, long version) {

	/**
	 * A fact whose record carries no version (0): its order is told by the rank of its
	 * state alone.
	 */
	public WorkFact(OrganisationId organisation, UUID incidentId, Work work, UUID recordId, String subject,
			String state) {
		this(organisation, incidentId, work, recordId, subject, state, 0);
	}

	/**
	 * Per kind of work, each state with the rule states it meets; a state not listed
	 * meets none.
	 */
	private static final Map<Work, Map<String, List<String>>> MEETS = Map.of(Work.CONTAINMENT,
			Map.of("APPLIED", List.of("APPLIED"), "VERIFIED", List.of("APPLIED", "VERIFIED")), Work.RECOVERY,
			Map.of("RESTORED", List.of("RESTORED"), "VERIFIED", List.of("RESTORED", "VERIFIED")), Work.NOTIFICATION,
			Map.of("DRAFTED", List.of("DRAFTED"), "SENT", List.of("DRAFTED", "SENT")), Work.RANSOM_STANCE,
			Map.of("CONFIRMED", List.of("CONFIRMED")), Work.EVIDENCE, Map.of("COLLECTED", List.of("COLLECTED")),
			Work.VENDOR_ANSWER, Map.of("ANSWERED", List.of("ANSWERED")), Work.TRIAGE,
			Map.of("DECIDED", List.of("DECIDED")));

	/**
	 * How far along its life a state is; a record never moves back in the ledger, so an
	 * event handled late (after a crash) cannot undo a later one. Recovery may go from
	 * restored back to in progress (a failed check): same rank.
	 */
	private static final Map<Work, Map<String, Integer>> RANK = Map.of(Work.CONTAINMENT,
			Map.of("REQUESTED", 1, "APPLIED", 2, "VERIFIED", 3, "LIFTED", 4, "CANCELLED", 4), Work.RECOVERY,
			Map.of("PLANNED", 1, "IN_PROGRESS", 2, "RESTORED", 2, "VERIFIED", 3, "CANCELLED", 3), Work.NOTIFICATION,
			Map.of("DRAFTED", 1, "SENT", 2, "CANCELLED", 3));

	/**
	 * The rule states this fact meets (empty: it completes nothing, and re-opens what it
	 * completed).
	 */
	public List<String> meets() {
		return MEETS.get(work).getOrDefault(state, List.of());
	}

	public int rank() {
		return RANK.getOrDefault(work, Map.of()).getOrDefault(state, 0);
	}

	/**
	 * Whether this fact may replace the ledger's earlier state of the same record: when
	 * both carry the record's version, only a later version does (two changes heard at
	 * once arrive in any order); otherwise a state at least as far along.
	 */
	public boolean mayFollow(String earlierState, long earlierVersion) {
		if (earlierState == null) {
			return true;
		}
		if (version > 0 && earlierVersion > 0) {
			return version > earlierVersion;
		}
		return rank() >= new WorkFact(organisation, incidentId, work, recordId, subject, earlierState).rank();
	}
}
