package jp.hikeshi.evidence.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.util.unit.DataSize;

@DisplayName("RES-2 the evidence store as health")
class EvidenceStoreHealthIndicatorTests {

	@TempDir
	Path dir;

	@Test
	@DisplayName("RES-2 a writable store with enough free space is UP, also before its directory exists")
	void isUpWhenWritableWithSpace() {
		Health health = health(dir.resolve("not-yet/evidence"), DataSize.ofBytes(1));
		assertThat(health.getStatus()).isEqualTo(Status.UP);
		assertThat(health.getDetails()).containsEntry("writable", true).containsEntry("exists", false);
	}

	@Test
	@DisplayName("RES-2 less free space than the minimum makes the store DOWN")
	void isDownWhenTheDiskIsFull() {
		assertThat(health(dir, DataSize.ofTerabytes(1_000_000)).getStatus()).isEqualTo(Status.DOWN);
	}

	@Test
	@DisplayName("RES-2 a store that cannot be made where it is configured (under a plain file) is DOWN")
	void isDownWhenItCannotBeWritten() throws Exception {
		Path file = java.nio.file.Files.writeString(dir.resolve("a-file"), "x");
		Health health = health(file.resolve("evidence"), DataSize.ofBytes(1));
		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(health.getDetails()).containsEntry("writable", false);
	}

	private static Health health(Path root, DataSize minFree) {
		ContentStore store = new ContentStore(new EvidenceProperties(root, 1024L), new SimpleMeterRegistry());
		return new EvidenceStoreHealthIndicator(store, new EvidenceStoreHealthIndicator.Settings(minFree)).health();
	}

}
