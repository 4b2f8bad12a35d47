package jp.hikeshi.incident.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jp.hikeshi.incident.IncidentProcess;
import jp.hikeshi.incident.ProcessState;
import jp.hikeshi.shared.OrganisationId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The process lanes beside the aggregate (GEN-1): which lane a person set by hand, and
 * the automatic move of a lane, done as one conditional update so that concurrent moves
 * of the same lane leave exactly one winner. The aggregate reads the lanes but never
 * writes them, so an automatic move needs no new version and no save can write a lane
 * back.
 */
@Component
public class ProcessLanes {

	/** The order in which a lane moves forward; not applicable is final like done. */
	private static final Map<ProcessState, Integer> RANK = Map.of(ProcessState.NOT_STARTED, 0, ProcessState.IN_PROGRESS,
			1, ProcessState.DONE, 2, ProcessState.NOT_APPLICABLE, 2);

	private final JdbcClient jdbc;

	ProcessLanes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Whether moving a lane from one state to the other is a step forward. */
	public static boolean forward(ProcessState from, ProcessState to) {
		return RANK.get(from) < RANK.get(to);
	}

	/**
	 * The lane of an incident as it stands, with its number, if the incident belongs to
	 * the organisation; the row stays locked until the transaction ends, so that the move
	 * and its log line agree on where the lane came from.
	 */
	public Optional<Lane> lockLane(OrganisationId organisation, UUID incidentId, IncidentProcess process) {
		String p = column(process);
		return jdbc
			.sql("SELECT number, " + p + "_state AS lane_state, " + p + "_by_hand AS by_hand FROM incident"
					+ " WHERE id = ? AND organisation_id = ? FOR UPDATE")
			.params(incidentId, organisation.value())
			.query((rs, n) -> new Lane(rs.getString("number"), ProcessState.valueOf(rs.getString("lane_state")),
					rs.getBoolean("by_hand")))
			.optional();
	}

	/**
	 * Moves the lane to the state when it is behind it and was not set by hand; false
	 * when nothing moved.
	 */
	public boolean advance(OrganisationId organisation, UUID incidentId, IncidentProcess process, ProcessState target) {
		List<String> behind = RANK.keySet().stream().filter(s -> forward(s, target)).map(Enum::name).toList();
		if (behind.isEmpty()) {
			return false;
		}
		String p = column(process);
		return jdbc
			.sql("UPDATE incident SET " + p + "_state = :target WHERE id = :id" + " AND organisation_id = :org AND " + p
					+ "_by_hand = FALSE AND " + p + "_state IN (:behind)")
			.param("target", target.name())
			.param("id", incidentId)
			.param("org", organisation.value())
			.param("behind", behind)
			.update() == 1;
	}

	/** Writes the lanes a person set; automatic moves leave them alone from then on. */
	public void setByHand(UUID incidentId, Map<IncidentProcess, ProcessState> lanes) {
		lanes.forEach(
				(process, state) -> jdbc
					.sql("UPDATE incident SET " + column(process) + "_state = ?, " + column(process)
							+ "_by_hand = TRUE WHERE id = ?")
					.params(state.name(), incidentId)
					.update());
	}

	/** The lanes of the incident a person set by hand. */
	public Set<IncidentProcess> byHand(OrganisationId organisation, UUID incidentId) {
		return jdbc
			.sql("SELECT detection_by_hand, triage_by_hand, response_by_hand, reporting_by_hand FROM incident"
					+ " WHERE id = ? AND organisation_id = ?")
			.params(incidentId, organisation.value())
			.query((rs, n) -> {
				Set<IncidentProcess> set = EnumSet.noneOf(IncidentProcess.class);
				for (IncidentProcess process : IncidentProcess.values()) {
					if (rs.getBoolean(column(process) + "_by_hand")) {
						set.add(process);
					}
				}
				return set;
			})
			.optional()
			.orElse(EnumSet.noneOf(IncidentProcess.class));
	}

	private static String column(IncidentProcess process) {
		return switch (process) {
			case DETECTION -> "detection";
			case TRIAGE -> "triage";
			case RESPONSE -> "response";
			case REPORTING -> "reporting";
		};
	}

	/** One lane of an incident. */
	public record Lane(String number, ProcessState state, boolean byHand) {
	}

}
