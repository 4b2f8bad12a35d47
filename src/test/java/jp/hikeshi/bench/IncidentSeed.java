package jp.hikeshi.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.BiFunction;

import jp.hikeshi.identity.Actor;
import jp.hikeshi.incident.IncidentState;
import jp.hikeshi.incident.ProcessState;
import jp.hikeshi.incident.Urgency;

import org.awaitility.Awaitility;

/**
 * Bulk seeding of incidents and timeline entries with JDBC batch inserts (the service
 * layer would take hours for a million timeline entries). The rows copy the shape of
 * incidents opened through {@code IncidentCommands.open}: same columns, number format,
 * commander, acknowledged time, an OPENED line first in the handling log.
 */
final class IncidentSeed {

	static final String[] CATEGORIES = { "MALWARE", "MALWARE", "RANSOMWARE", "PHISHING", "PHISHING", "TARGETED_EMAIL",
			"UNAUTHORIZED_ACCESS", "INTRUSION", "SCAN", "LOSS_THEFT", "MISDELIVERY", "DOS", "INFO_LEAK", "DEFACEMENT" };
	static final String[] SEVERITIES = { "EXTENSIVE", "SIGNIFICANT", "MODERATE", "MINOR" };

	private static final String[] TITLES = { "ランサムウェア感染の疑い", "標的型メールの添付ファイル実行", "ノート PC の紛失", "外部からの大量スキャン",
			"会計サーバーへの不正ログイン", "Web サイト改ざん", "誤送信による個人情報の漏えい", "Suspicious VPN logins" };

	private static final String[] NOTES = { "端末をネットワークから切り離した", "ベンダーに連絡、折り返し待ち", "ログを保全した", "影響範囲を確認中", "経営層へ第一報",
			"パスワードを一斉リセット", "バックアップからの復旧を開始" };

	private static final String[] LOG_TYPES = { "NOTE", "NOTE", "NOTE", "PROCESS_CHANGED", "STATE_CHANGED",
			"HANDLERS_ASSIGNED", "TIMESTAMP_SET", "RANKED" };

	private static final String[] EVENTS = { "不審なメールを受信", "添付ファイルを開封", "C2 サーバーへの通信", "ファイルの暗号化開始", "管理者アカウントでのログイン",
			"外部へのデータ送信" };

	private static final String[] SOURCES = { "プロキシログ", "EDR", "ファイアウォールログ", "本人へのヒアリング", "メールサーバーログ" };

	private static final int BATCH = 1_000;

	private final Connection c;

	private final UUID org;

	private final Actor handler;

	private final BiFunction<Urgency, String, Integer> rank;

	private final SplittableRandom random = new SplittableRandom(3);

	private Instant[] openedAt;

	private Instant now;

	IncidentSeed(Connection c, UUID org, Actor handler, BiFunction<Urgency, String, Integer> rank) {
		this.c = c;
		this.org = org;
		this.handler = handler;
		this.rank = rank;
	}

	/**
	 * Inserts {@code count} incidents opened over the past year (80 % still open) and
	 * returns their ids.
	 */
	UUID[] incidents(int count, Instant now) throws SQLException {
		UUID[] ids = new UUID[count];
		openedAt = new Instant[count];
		this.now = now;
		long span = Duration.ofDays(365).toSeconds();
		try (PreparedStatement s = c.prepareStatement(
				"""
						INSERT INTO incident (id, organisation_id, number, title, category, urgency, severity, priority, state, open_queue,
						    detection_state, triage_state, response_state, reporting_state, commander_id, commander_name, occurred_from,
						    occurred_to, detected_at, received_at, acknowledged_at, contained_at, recovered_at, closed_at, became_aware_at,
						    opened_at, opened_by, version)
						VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
			for (int i = 0; i < count; i++) {
				ids[i] = UUID.randomUUID();
				Instant opened = now.minusSeconds(span - span * i / count + random.nextInt(60))
					.truncatedTo(ChronoUnit.MICROS);
				openedAt[i] = opened;
				Urgency urgency = Urgency.values()[random.nextInt(4)];
				String severity = SEVERITIES[random.nextInt(4)];
				int roll = random.nextInt(100);
				IncidentState state = roll < 50 ? IncidentState.OPEN : roll < 70 ? IncidentState.CONTAINED
						: roll < 80 ? IncidentState.RECOVERED : IncidentState.CLOSED;
				boolean closed = state == IncidentState.CLOSED;
				Instant detected = opened.minus(Duration.ofMinutes(random.nextInt(5, 600)));
				int k = 1;
				s.setObject(k++, ids[i]);
				s.setObject(k++, org);
				s.setString(k++, "INC-%d-%06d".formatted(opened.atOffset(ZoneOffset.UTC).getYear(), 100_000 + i));
				s.setString(k++, TITLES[random.nextInt(TITLES.length)] + " (" + i + ")");
				s.setString(k++, CATEGORIES[random.nextInt(CATEGORIES.length)]);
				s.setString(k++, urgency.name());
				s.setString(k++, severity);
				s.setInt(k++, rank.apply(urgency, severity));
				s.setString(k++, state.name());
				s.setBoolean(k++, !closed);
				s.setString(k++, ProcessState.DONE.name());
				s.setString(k++, ProcessState.DONE.name());
				s.setString(k++,
						(closed || state == IncidentState.RECOVERED ? ProcessState.DONE : ProcessState.IN_PROGRESS)
							.name());
				s.setString(k++, (closed ? ProcessState.DONE
						: roll % 2 == 0 ? ProcessState.IN_PROGRESS : ProcessState.NOT_STARTED)
					.name());
				s.setObject(k++, handler.id());
				s.setString(k++, handler.displayName());
				s.setObject(k++,
						random.nextBoolean() ? utc(detected.minus(Duration.ofHours(random.nextInt(1, 48)))) : null);
				s.setObject(k++, null);
				s.setObject(k++, utc(detected));
				s.setObject(k++, utc(detected.plus(Duration.ofMinutes(random.nextInt(1, 60)))));
				s.setObject(k++, utc(opened));
				s.setObject(k++,
						state != IncidentState.OPEN ? utc(opened.plus(Duration.ofHours(random.nextInt(1, 72)))) : null);
				s.setObject(k++, state == IncidentState.RECOVERED || closed
						? utc(opened.plus(Duration.ofDays(random.nextInt(3, 10)))) : null);
				s.setObject(k++, closed ? utc(opened.plus(Duration.ofDays(random.nextInt(10, 30)))) : null);
				s.setObject(k++, utc(detected));
				s.setObject(k++, utc(opened));
				s.setObject(k++, handler.id());
				s.setLong(k++, random.nextInt(1, 12));
				s.addBatch();
				if ((i + 1) % BATCH == 0 || i == count - 1) {
					s.executeBatch();
					c.commit();
				}
				if ((i + 1) % 20_000 == 0) {
					System.out.printf("  seeded %,d incidents%n", i + 1);
				}
			}
		}
		return ids;
	}

	/**
	 * Inserts {@code perIncident[i]} entries for incident {@code ids[i]} (as returned by
	 * {@link #incidents}): an OPENED line at its opening, then log lines after it (60 %)
	 * and events of the attack before it (40 %, with a source).
	 */
	long timeline(UUID[] ids, int[] perIncident) throws SQLException {
		long written = 0;
		int pending = 0;
		try (PreparedStatement s = c.prepareStatement(
				"""
						INSERT INTO incident_timeline (id, organisation_id, incident_id, kind, entry_type, occurred_at, recorded_at,
						                               actor_id, actor_name, source, text)
						VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
			for (int i = 0; i < ids.length; i++) {
				Instant openedAt = this.openedAt[i];
				for (int e = 0; e < perIncident[i]; e++) {
					boolean event = e > 0 && random.nextInt(10) < 4;
					Instant at = e == 0 ? openedAt
							: event ? openedAt.minus(Duration.ofMinutes(random.nextInt(1, 5_000)))
									: openedAt.plus(Duration.ofMinutes(random.nextInt(1, 20_000)));
					at = min(at.plusNanos(e * 1000L), now);
					int k = 1;
					s.setObject(k++, UUID.randomUUID());
					s.setObject(k++, org);
					s.setObject(k++, ids[i]);
					s.setString(k++, event ? "EVENT" : "LOG");
					s.setString(k++, e == 0 ? "OPENED" : event ? "EVENT" : LOG_TYPES[random.nextInt(LOG_TYPES.length)]);
					s.setObject(k++, utc(at));
					s.setObject(k++,
							utc(event ? min(openedAt.plus(Duration.ofMinutes(random.nextInt(1, 600))), now) : at));
					s.setObject(k++, handler.id());
					s.setString(k++, handler.displayName());
					s.setString(k++, event ? SOURCES[random.nextInt(SOURCES.length)] : null);
					s.setString(k++, e == 0 ? "P" + (1 + random.nextInt(4)) + " opened"
							: event ? EVENTS[random.nextInt(EVENTS.length)] : NOTES[random.nextInt(NOTES.length)]);
					s.addBatch();
					if (++pending == BATCH) {
						s.executeBatch();
						c.commit();
						pending = 0;
					}
					if (++written % 100_000 == 0) {
						System.out.printf("  seeded %,d timeline entries%n", written);
					}
				}
			}
			if (pending > 0) {
				s.executeBatch();
				c.commit();
			}
		}
		return written;
	}

	/**
	 * Rows inserted around the service need their open counts recounted, as the V13
	 * migration does for old data; commits and leaves the connection in auto-commit.
	 */
	static void recountOpen(Connection c) throws SQLException {
		try (var st = c.createStatement()) {
			st.executeUpdate("DELETE FROM incident_open_count");
			st.executeUpdate(
					"INSERT INTO incident_open_count (organisation_id, priority, open_count) SELECT organisation_id, "
							+ "priority, COUNT(*) FROM incident WHERE open_queue = TRUE GROUP BY organisation_id, priority");
		}
		c.commit();
		c.setAutoCommit(true);
	}

	/**
	 * Waits until the audit sealer and the event publications have caught up with what
	 * the service wrote.
	 */
	static void drain(org.springframework.jdbc.core.simple.JdbcClient jdbc) {
		// a bulk load leaves hours of work on a slow machine: the bound only stops a run
		// that never drains
		Awaitility.await()
			.atMost(Duration.ofHours(6))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> jdbc
				.sql("SELECT (SELECT COUNT(*) FROM event_publication) + (SELECT COUNT(*) FROM audit_pending)")
				.query(Long.class)
				.single() == 0);
	}

	private static Instant min(Instant a, Instant b) {
		return a.isBefore(b) ? a : b;
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
