package jp.hikeshi.intake;

import java.time.LocalDate;

/**
 * Narrows the report list; every part is optional. Dates are days in the display zone,
 * both inclusive.
 */
public record ReportFilter(ReportStatus status, String category, Channel channel, LocalDate receivedFrom,
		LocalDate receivedTo, String text, Boolean needsReview) {

	public ReportFilter(ReportStatus status, String category, Channel channel, LocalDate receivedFrom,
			LocalDate receivedTo, String text) {
		this(status, category, channel, receivedFrom, receivedTo, text, null);
	}

	public static ReportFilter none() {
		return new ReportFilter(null, null, null, null, null, null, null);
	}
}
