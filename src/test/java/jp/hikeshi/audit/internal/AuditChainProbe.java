package jp.hikeshi.audit.internal;

import java.time.Instant;
import java.util.UUID;

/** Lets tests outside the package hash entries that differ only in one or two fields. */
public class AuditChainProbe {

	private static final UUID ORG = UUID.randomUUID();

	public String hash(String actor, String action) {
		return AuditChain.hash(new AuditChain.Entry(1, 1, ORG, Instant.EPOCH, Instant.EPOCH, actor, null, action, "T", "1",
				null, AuditChain.GENESIS, null));
	}
}
