package jp.hikeshi.audit.internal;

import java.time.Instant;
import java.util.UUID;

/** Lets tests outside the package hash entries that differ only in one or two fields. */
public class AuditChainProbe {

	private static final UUID ORG = UUID.randomUUID();

	/**
	 * Seals queued entries in a transaction of its own, as the background sealer does
	 * (for racing sealers in tests).
	 */
	public static int seal(AuditChain chain, org.springframework.transaction.support.TransactionTemplate tx, int max) {
		return tx.execute(s -> chain.sealPending(max));
	}

	/**
	 * Runs the start-up step that queues audit events the old asynchronous recorder left
	 * in the registry.
	 */
	public static void queueOutstanding(AuditChain chain, org.springframework.jdbc.core.simple.JdbcClient jdbc,
			tools.jackson.databind.ObjectMapper serializer,
			org.springframework.transaction.support.TransactionTemplate tx) {
		// the recorder's transaction manager is the one behind the template
		new AuditRecorder(chain, java.time.Clock.systemUTC(), tx.getTransactionManager(), jdbc, serializer,
				new io.micrometer.core.instrument.simple.SimpleMeterRegistry())
			.queueOutstandingPublications();
	}

	/** How long the recorder gathers commits after a nudge before it seals them. */
	public static java.time.Duration gather() {
		return AuditRecorder.GATHER;
	}

	public String hash(String actor, String action) {
		return AuditChain.hash(new AuditChain.Entry(1, 1, ORG, Instant.EPOCH, Instant.EPOCH, actor, null, action, "T",
				"1", null, null, AuditChain.GENESIS, null));
	}

	/**
	 * The hash of an entry with structured parameters (stored text {@code params}, null
	 * for none).
	 */
	public String hashWithParams(String params) {
		return AuditChain.hash(new AuditChain.Entry(1, 1, ORG, Instant.EPOCH, Instant.EPOCH, "a", null, "X", "T", "1",
				"s", params, AuditChain.GENESIS, null));
	}

	/**
	 * The hash the V30 algorithm gave the entry of {@link #hashWithParams} without
	 * parameters, computed independently.
	 */
	public String v30Hash() throws RuntimeException {
		StringBuilder c = new StringBuilder();
		for (Object f : new Object[] { 1L, AuditChain.GENESIS, ORG, Instant.EPOCH, Instant.EPOCH, "a", null, "X", "T",
				"1", "s" }) {
			c.append(f == null ? "-;" : f.toString().length() + ":" + f + ";");
		}
		try {
			return java.util.HexFormat.of()
				.formatHex(java.security.MessageDigest.getInstance("SHA-256")
					.digest(c.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		}
		catch (java.security.NoSuchAlgorithmException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

}
