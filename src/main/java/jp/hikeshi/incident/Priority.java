package jp.hikeshi.incident;

/** A priority from P1 (most urgent) to P4. */
public record Priority(int level) {

	public static final int HIGHEST = 1;

	public static final int LOWEST = 4;

	public Priority {
		if (level < HIGHEST || level > LOWEST) {
			throw new IllegalArgumentException("priority must be 1..4: " + level);
		}
	}

	public String label() {
		return "P" + level;
	}

	@Override
	public String toString() {
		return label();
	}
}
