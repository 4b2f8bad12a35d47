package jp.hikeshi.evidence;

import java.util.List;

/** The outcome of a bulk add: what was added, and each refused line with its reason. */
public record BulkResult(int added, List<Line> refused) {

	/** A refused line: its number (from 1), the text and why. */
	public record Line(int line, String text, String message) {
	}
}
