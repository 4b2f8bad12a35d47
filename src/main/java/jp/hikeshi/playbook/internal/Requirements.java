package jp.hikeshi.playbook.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.LinkedHashMap;

import jp.hikeshi.incident.IncidentProcess;

/**
 * The requirement IDs of the handling flow a playbook item may serve, and the short
 * process codes documents use.
 */
public final class Requirements {

	/**
	 * Each prefix with the number of its requirements: DET-1 … DET-4, TRI-1 … TRI-3, and
	 * so on.
	 */
	private static final Map<String, Integer> COUNTS = Map.of("DET", 4, "TRI", 3, "RES", 5, "REP", 5, "GEN", 3);

	/**
	 * The process codes of a document and the processes they name, in the order of the
	 * flow.
	 */
	public static final Map<String, IncidentProcess> PROCESSES = processes();

	public static final List<String> IDS = ids();

	public static final Set<String> ID_SET = Set.copyOf(IDS);

	private Requirements() {
	}

	public static String codeOf(IncidentProcess process) {
		return PROCESSES.entrySet().stream().filter(e -> e.getValue() == process).findFirst().orElseThrow().getKey();
	}

	private static Map<String, IncidentProcess> processes() {
		Map<String, IncidentProcess> map = new LinkedHashMap<>();
		map.put("DET", IncidentProcess.DETECTION);
		map.put("TRI", IncidentProcess.TRIAGE);
		map.put("RES", IncidentProcess.RESPONSE);
		map.put("REP", IncidentProcess.REPORTING);
		return java.util.Collections.unmodifiableMap(map);
	}

	private static List<String> ids() {
		List<String> ids = new ArrayList<>();
		for (String prefix : List.of("DET", "TRI", "RES", "REP", "GEN")) {
			for (int i = 1; i <= COUNTS.get(prefix); i++) {
				ids.add(prefix + "-" + i);
			}
		}
		return List.copyOf(ids);
	}

}
