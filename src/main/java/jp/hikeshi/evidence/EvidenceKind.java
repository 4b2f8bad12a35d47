package jp.hikeshi.evidence;

/** What an evidence item is, with the volatility rank (RFC 3227) it usually has. */
public enum EvidenceKind {

	MEMORY_IMAGE(2), DISK_IMAGE(4), LOGS(5), MAIL(4), SCREENSHOT(2), NETWORK_CAPTURE(2), CONFIGURATION(6), DOCUMENT(7),
	OTHER(4);

	private final int defaultVolatility;

	EvidenceKind(int defaultVolatility) {
		this.defaultVolatility = defaultVolatility;
	}

	public int defaultVolatility() {
		return defaultVolatility;
	}

}
