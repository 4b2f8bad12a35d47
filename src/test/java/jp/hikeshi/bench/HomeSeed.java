package jp.hikeshi.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Bulk seeding for the home benchmark with JDBC batch inserts: tasks spread over many
 * people and vendors (the measured handler and vendor among them, with an equal share),
 * the incidents shared with the vendors that have tasks on them, incidents handled by the
 * administrator, and legal deadlines for a tenth of the incidents.
 */
final class HomeSeed {

	/** Whom tasks go to: a user or a vendor. */
	record Holder(String kind, UUID id, String name) {
	}

	private static final String[] TITLES = { "端末をネットワークから切り離す", "EDR のログを保全する", "バックアップの健全性を確認する", "影響範囲（端末・サーバー）を特定する",
			"侵入経路の調査を依頼する", "経営層へ第一報を入れる", "パスワードを一斉に変更する", "Collect the firewall logs", "復旧手順を確認する",
			"個人情報保護委員会への速報を準備する" };

	private static final String[] PROCESSES = { "TRIAGE", "RESPONSE", "RESPONSE", "RESPONSE", "REPORTING" };

	private static final int BATCH = 1_000;

	private final Connection c;

	private final UUID org;

	private final SplittableRandom random = new SplittableRandom(5);

	HomeSeed(Connection c, UUID org) {
		this.c = c;
		this.org = org;
	}

	/**
	 * Inserts {@code count} tasks on random incidents, each given to a random holder, due
	 * from 30 days ago to 30 days ahead (one in ten without a due): 30 % to do, 10 % in
	 * progress, 5 % waiting for a vendor, 2 % answered, the rest done or cancelled.
	 * Shares each incident with the vendors that got a task on it; returns the number of
	 * shares.
	 */
	long tasks(UUID[] incidents, int count, List<Holder> holders, Instant now) throws SQLException {
		Set<String> shared = new HashSet<>();
		long shares = 0;
		try (PreparedStatement s = c.prepareStatement(
				"""
						INSERT INTO response_task (id, organisation_id, incident_id, process, title_ja, title_en, requirement, role_code,
						    assignee_kind, assignee_id, assignee_name, due_at, mandatory, status, created_by_name, created_at, updated_at, version)
						VALUES (?, ?, ?, ?, ?, NULL, ?, NULL, ?, ?, ?, ?, ?, ?, 'ベンチ 担当者', ?, ?, ?)""");
				PreparedStatement share = c.prepareStatement(
						"INSERT INTO incident_participant (incident_id, vendor_id, organisation_id, shared_at) VALUES (?, ?, ?, ?)")) {
			int pendingShares = 0;
			for (int i = 0; i < count; i++) {
				UUID incident = incidents[random.nextInt(incidents.length)];
				Holder holder = holders.get(random.nextInt(holders.size()));
				Instant created = now.minus(Duration.ofMinutes(random.nextInt(1, 60 * 24 * 60)))
					.truncatedTo(ChronoUnit.MICROS);
				int roll = random.nextInt(100);
				String status = roll < 30 ? "TODO" : roll < 40 ? "IN_PROGRESS"
						: roll < 45 ? "WAITING_FOR_VENDOR" : roll < 47 ? "ANSWERED" : roll < 95 ? "DONE" : "CANCELLED";
				int k = 1;
				s.setObject(k++, UUID.randomUUID());
				s.setObject(k++, org);
				s.setObject(k++, incident);
				s.setString(k++, PROCESSES[random.nextInt(PROCESSES.length)]);
				s.setString(k++, TITLES[random.nextInt(TITLES.length)] + " (" + i + ")");
				s.setString(k++, random.nextInt(3) == 0 ? "RES-1" : null);
				s.setString(k++, holder.kind());
				s.setObject(k++, holder.id());
				s.setString(k++, holder.name());
				s.setObject(k++,
						random.nextInt(10) == 0 ? null
								: utc(now.plus(Duration.ofMinutes(random.nextInt(-30 * 24 * 60, 30 * 24 * 60)))
									.truncatedTo(ChronoUnit.MICROS)));
				s.setBoolean(k++, random.nextBoolean());
				s.setString(k++, status);
				s.setObject(k++, utc(created));
				s.setObject(k++, utc(created.plus(Duration.ofMinutes(random.nextInt(0, 600)))));
				s.setInt(k++, random.nextInt(0, 5));
				s.addBatch();
				if (holder.kind().equals("VENDOR") && shared.add(incident + "/" + holder.id())) {
					share.setObject(1, incident);
					share.setObject(2, holder.id());
					share.setObject(3, org);
					share.setObject(4, utc(created));
					share.addBatch();
					shares++;
					if (++pendingShares == BATCH) {
						share.executeBatch();
						pendingShares = 0;
					}
				}
				if ((i + 1) % BATCH == 0 || i == count - 1) {
					s.executeBatch();
					share.executeBatch();
					pendingShares = 0;
					c.commit();
				}
				if ((i + 1) % 100_000 == 0) {
					System.out.printf("  seeded %,d tasks%n", i + 1);
				}
			}
		}
		return shares;
	}

	/** Makes the user a handler of {@code count} random incidents. */
	void handler(UUID[] incidents, UUID userId, String name, int count) throws SQLException {
		Set<UUID> chosen = new HashSet<>();
		while (chosen.size() < Math.min(count, incidents.length)) {
			chosen.add(incidents[random.nextInt(incidents.length)]);
		}
		try (PreparedStatement s = c
			.prepareStatement("INSERT INTO incident_handler (incident, user_id, name) VALUES (?, ?, ?)")) {
			for (UUID incident : chosen) {
				s.setObject(1, incident);
				s.setObject(2, userId);
				s.setString(3, name);
				s.addBatch();
			}
			s.executeBatch();
		}
		c.commit();
	}

	/**
	 * Legal deadlines (preliminary, final, notice) for every tenth incident, about half
	 * of them met already.
	 */
	long deadlines(UUID[] incidents, Instant now) throws SQLException {
		long written = 0;
		try (PreparedStatement s = c.prepareStatement(
				"""
						INSERT INTO legal_deadline (organisation_id, incident_id, kind, required, rule_code, warn_at, due_at, met_at)
						VALUES (?, ?, ?, ?, 'SENSITIVE', ?, ?, ?)""")) {
			for (int i = 0; i < incidents.length; i += 10) {
				Instant aware = now.minus(Duration.ofDays(random.nextInt(0, 365))).truncatedTo(ChronoUnit.DAYS);
				boolean met = random.nextBoolean();
				for (String kind : new String[] { "PPC_PRELIMINARY", "PPC_FINAL", "NOTICE_TO_PERSONS" }) {
					int days = kind.equals("PPC_FINAL") ? 31 : 6;
					s.setObject(1, org);
					s.setObject(2, incidents[i]);
					s.setString(3, kind);
					s.setBoolean(4, true);
					s.setObject(5, utc(aware.plus(Duration.ofDays(days - 2))));
					s.setObject(6, utc(aware.plus(Duration.ofDays(days))));
					s.setObject(7, met ? utc(aware.plus(Duration.ofDays(2))) : null);
					s.addBatch();
					written++;
				}
				if (written % (3 * 300) == 0) {
					s.executeBatch();
					c.commit();
				}
			}
			s.executeBatch();
			c.commit();
		}
		return written;
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
