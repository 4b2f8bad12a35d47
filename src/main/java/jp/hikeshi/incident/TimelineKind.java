package jp.hikeshi.incident;

/**
 * The two timelines kept apart: what the team did (the handling log) and what happened in
 * the attack.
 */
public enum TimelineKind {

	/** The handling log (対応履歴): state changes, decisions, assignments, and notes. */
	LOG,
	/** The event chronology (事象の経緯): what happened, with its own time and source. */
	EVENT

}
