package jp.hikeshi.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Callable;

import jp.hikeshi.AtOnce;
import jp.hikeshi.TestAccounts;
import jp.hikeshi.WebTest;
import jp.hikeshi.identity.Role;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A task given twice in quick succession is heard twice at once, each on a thread of its
 * own. Whatever order the two writes meet in, the owner the vendor's answer goes back to
 * is whoever gave the task last (the delete-then-insert kept the first writer's and
 * dropped the later assignment).
 */
@WebTest
class TaskOwnerRaceTests {

	@Autowired
	NotificationRecords records;

	@Autowired
	TestAccounts accounts;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	@DisplayName("RES-1 two assignments of one task heard at once: the later giver is the owner (seeded, 40 rounds)")
	void laterAssignmentWins() throws Exception {
		UUID organisation = accounts.create("owner", Role.HANDLER).actor().organisation().value();
		TransactionTemplate tx = new TransactionTemplate(transactions);
		Random random = new Random(20261203L);
		try (AtOnce atOnce = new AtOnce(2)) {
			for (int round = 0; round < 40; round++) {
				UUID task = UUID.randomUUID();
				UUID later = UUID.randomUUID();
				Instant at = Instant.parse("2026-12-03T01:00:00Z").plusSeconds(round);
				if (random.nextBoolean()) {
					records.recordOwner(organisation, task, UUID.randomUUID(), at.minusSeconds(60));
				}
				Callable<Void> earlierGiven = given(tx, organisation, task, UUID.randomUUID(), at);
				Callable<Void> laterGiven = given(tx, organisation, task, later, at.plusMillis(1));
				atOnce
					.run(random.nextBoolean() ? List.of(earlierGiven, laterGiven) : List.of(laterGiven, earlierGiven));
				assertThat(records.ownerOf(task)).as("round %d", round).contains(later);
			}
		}
	}

	private Callable<Void> given(TransactionTemplate tx, UUID organisation, UUID task, UUID by, Instant at) {
		return () -> {
			tx.executeWithoutResult(s -> records.recordOwner(organisation, task, by, at));
			return null;
		};
	}

}
