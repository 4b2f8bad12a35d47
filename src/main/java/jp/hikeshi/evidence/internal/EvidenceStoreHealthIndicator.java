package jp.hikeshi.evidence.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;
import org.springframework.validation.annotation.Validated;
import org.springframework.util.unit.DataSize;

/**
 * The evidence store as health ({@code evidenceStore}): DOWN when its directory (or,
 * before the first upload, the nearest existing parent it will be created in) cannot be
 * written, or when less than {@code min-free} space is left on its disk, UP otherwise.
 * Only looks at the file system; writes nothing.
 */
@Component
@EnableConfigurationProperties(EvidenceStoreHealthIndicator.Settings.class)
class EvidenceStoreHealthIndicator implements HealthIndicator {

	/**
	 * {@code hikeshi.evidence.health.*}: the free space below which the store is reported
	 * DOWN.
	 *
	 * @param minFree the free space on the store's disk below which evidenceStore is DOWN
	 * (e.g. 1GB, 500MB)
	 */
	@ConfigurationProperties("hikeshi.evidence.health")
	@Validated
	record Settings(@DefaultValue("1GB") @NotNull DataSize minFree) {
	}

	private final ContentStore store;

	private final Settings settings;

	EvidenceStoreHealthIndicator(ContentStore store, Settings settings) {
		this.store = store;
		this.settings = settings;
	}

	@Override
	public Health health() {
		Path root = store.root();
		Path existing = root;
		while (existing != null && !Files.exists(existing)) {
			existing = existing.getParent();
		}
		Health.Builder health = Health.up()
			.withDetail("path", root.toString())
			.withDetail("exists", Files.isDirectory(root));
		if (existing == null || !Files.isDirectory(existing) || !Files.isWritable(existing)) {
			return health.down().withDetail("writable", false).build();
		}
		try {
			long free = Files.getFileStore(existing).getUsableSpace();
			health.withDetail("writable", true)
				.withDetail("free", free)
				.withDetail("minFree", settings.minFree().toBytes());
			return (free < settings.minFree().toBytes() ? health.down() : health).build();
		}
		catch (IOException ex) {
			return health.down(ex).build();
		}
	}

}
