package jp.hikeshi.audit.internal;

import java.time.Instant;
import java.util.UUID;

/** Lets tests outside the package hash entries that differ only in one or two fields. */
public class AuditChainProbe {

	private static final UUID ORG = UUID.randomUUID();

	/** Seals queued entries in a transaction of its own, as the background sealer does (for racing sealers in tests). */
	public static int seal(AuditChain chain, org.springframework.transaction.support.TransactionTemplate tx, int max) {
		return tx.execute(s -> chain.sealPending(max));
	}

	public String hash(String actor, String action) {
		return AuditChain.hash(new AuditChain.Entry(1, 1, ORG, Instant.EPOCH, Instant.EPOCH, actor, null, action, "T", "1",
				null, AuditChain.GENESIS, null));
	}
}
