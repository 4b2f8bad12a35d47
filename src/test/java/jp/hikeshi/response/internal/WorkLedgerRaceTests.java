package jp.hikeshi.response.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Callable;

import jp.hikeshi.AtOnce;
import jp.hikeshi.TestAccounts;
import jp.hikeshi.WebTest;
import jp.hikeshi.identity.Role;
import jp.hikeshi.playbook.CompletedBy.Work;
import jp.hikeshi.shared.OrganisationId;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A notice's "drafted" and "sent" events are heard at once, each on a thread of its own
 * (CI saw the sent one lost and its task left open). Whatever order the two writes meet
 * in, the ledger ends at the later state.
 */
@WebTest
class WorkLedgerRaceTests {

	@Autowired
	WorkLedger ledger;

	@Autowired
	TestAccounts accounts;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	@DisplayName("REP-3 drafted and sent heard at once: the ledger always ends at sent (seeded, 40 rounds)")
	void draftedAndSentAtOnce() throws Exception {
		OrganisationId organisation = accounts.create("ledger", Role.HANDLER).actor().organisation();
		TransactionTemplate tx = new TransactionTemplate(transactions);
		Random random = new Random(20261203L);
		try (AtOnce atOnce = new AtOnce(2)) {
			for (int round = 0; round < 40; round++) {
				UUID incident = UUID.randomUUID();
				UUID notice = UUID.randomUUID();
				List<Callable<Boolean>> both = new ArrayList<>();
				for (String state : random.nextBoolean() ? List.of("DRAFTED", "SENT") : List.of("SENT", "DRAFTED")) {
					WorkFact fact = new WorkFact(organisation, incident, Work.NOTIFICATION, notice, "PPC_PRELIMINARY",
							state);
					both.add(() -> tx.execute(s -> ledger.record(fact, Instant.now())));
				}
				atOnce.run(both);
				int seen = round;
				assertThat(ledger.of(organisation, incident)).singleElement()
					.satisfies(f -> assertThat(f.state()).as("round %d", seen).isEqualTo("SENT"));
			}
		}
	}

	@Test
	@DisplayName("RES-4 a recovery item's 'in progress' and 'restored' heard at once, in either order: the ledger ends at restored, the later version (seeded, 40 rounds)")
	void inProgressAndRestoredAtOnce() throws Exception {
		OrganisationId organisation = accounts.create("ledger-rec", Role.HANDLER).actor().organisation();
		TransactionTemplate tx = new TransactionTemplate(transactions);
		Random random = new Random(4L);
		try (AtOnce atOnce = new AtOnce(2)) {
			for (int round = 0; round < 40; round++) {
				UUID incident = UUID.randomUUID();
				UUID item = UUID.randomUUID();
				tx.execute(s -> ledger.record(
						new WorkFact(organisation, incident, Work.RECOVERY, item, null, "PLANNED", 1), Instant.now()));
				List<WorkFact> facts = List.of(
						new WorkFact(organisation, incident, Work.RECOVERY, item, null, "IN_PROGRESS", 2),
						new WorkFact(organisation, incident, Work.RECOVERY, item, null, "RESTORED", 3));
				List<Callable<Boolean>> both = new ArrayList<>();
				for (WorkFact fact : random.nextBoolean() ? facts : List.of(facts.get(1), facts.get(0))) {
					both.add(() -> tx.execute(s -> ledger.record(fact, Instant.now())));
				}
				atOnce.run(both);
				int seen = round;
				assertThat(ledger.of(organisation, incident)).singleElement().satisfies(f -> {
					assertThat(f.state()).as("round %d", seen).isEqualTo("RESTORED");
					assertThat(f.version()).isEqualTo(3);
				});
			}
		}
	}

	@Test
	@DisplayName("RES-4 a recovery check that failed (restored, then in progress again) still moves the ledger back: versions, not ranks, order it")
	void aFailedCheckStillReopens() {
		OrganisationId organisation = accounts.create("ledger-back", Role.HANDLER).actor().organisation();
		TransactionTemplate tx = new TransactionTemplate(transactions);
		UUID incident = UUID.randomUUID();
		UUID item = UUID.randomUUID();
		for (String state : List.of("PLANNED", "IN_PROGRESS", "RESTORED", "IN_PROGRESS")) {
			long version = ledger.of(organisation, incident).stream().mapToLong(WorkFact::version).max().orElse(0) + 1;
			Boolean moved = tx.execute(s -> ledger.record(
					new WorkFact(organisation, incident, Work.RECOVERY, item, null, state, version), Instant.now()));
			assertThat(moved).isTrue();
		}
		assertThat(ledger.of(organisation, incident)).singleElement()
			.satisfies(f -> assertThat(f.state()).isEqualTo("IN_PROGRESS"));
		// the same event heard twice changes nothing the second time
		Boolean again = tx.execute(s -> ledger
			.record(new WorkFact(organisation, incident, Work.RECOVERY, item, null, "IN_PROGRESS", 4), Instant.now()));
		assertThat(again).isFalse();
	}

}
