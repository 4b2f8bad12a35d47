package jp.hikeshi.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jp.hikeshi.WebTest;
import jp.hikeshi.shared.numbering.HumanNumbers;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@WebTest
class HumanNumbersTests {

	@Autowired
	HumanNumbers numbers;

	@Test
	void handsOutConsecutiveUniqueNumbersToParallelCallers() throws Exception {
		String prefix = "T" + UUID.randomUUID().toString().substring(0, 4).toUpperCase();
		Instant at = Instant.parse("2026-06-01T00:00:00Z");
		ExecutorService pool = Executors.newFixedThreadPool(8);
		List<Callable<String>> calls = new ArrayList<>();
		for (int i = 0; i < 200; i++) {
			calls.add(() -> numbers.next(OrganisationId.DEFAULT, prefix, at));
		}
		Set<String> seen = new HashSet<>();
		for (Future<String> f : pool.invokeAll(calls)) {
			seen.add(f.get());
		}
		pool.shutdown();
		assertThat(seen).hasSize(200).contains(prefix + "-2026-0001", prefix + "-2026-0200");
	}

	@Test
	void restartsEachYearInJapaneseTime() {
		String prefix = "Y" + UUID.randomUUID().toString().substring(0, 4).toUpperCase();
		assertThat(numbers.next(OrganisationId.DEFAULT, prefix, Instant.parse("2026-12-31T14:59:00Z")))
			.isEqualTo(prefix + "-2026-0001");
		assertThat(numbers.next(OrganisationId.DEFAULT, prefix, Instant.parse("2026-12-31T15:00:00Z")))
			.isEqualTo(prefix + "-2027-0001");
	}

}
