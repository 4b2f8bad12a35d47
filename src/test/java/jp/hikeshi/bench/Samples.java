package jp.hikeshi.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import jp.hikeshi.intake.AffectedPlaceInput;
import jp.hikeshi.intake.Channel;
import jp.hikeshi.intake.OccurrencePrecision;
import jp.hikeshi.intake.ReportSubmission;

/**
 * Seeded-random report contents: a few categories (MALWARE about a fifth), channels,
 * summaries and places.
 */
final class Samples {

	/**
	 * Weighted: MALWARE appears in about 20 % of the reports, so its filtered list has
	 * well over 500 pages.
	 */
	static final String[] CATEGORIES = { "MALWARE", "MALWARE", "PHISHING", "PHISHING", "TARGETED_EMAIL",
			"UNAUTHORIZED_ACCESS", "SCAN", "LOSS_THEFT", "MISDELIVERY", "OTHER" };

	private static final Channel[] CHANNELS = { Channel.PHONE, Channel.EMAIL, Channel.WEB_FORM, Channel.MONITORING,
			Channel.VENDOR_MAINTENANCE };

	private static final String[] SUMMARIES = { "身代金要求の画面が出た", "不審なメールの添付ファイルを開いた", "ノート PC を電車に置き忘れた",
			"外部からの大量のスキャンを検知", "取引先を装ったメールが届いた", "共有フォルダのファイルが暗号化された", "誤って別の宛先にメールを送信した", "管理画面に見知らぬログイン履歴",
			"Suspicious login from abroad", "ウイルス対策ソフトが警告を表示" };

	private static final String[] PLACES = { "受付 PC", "経理部 PC", "会計サーバー", "ルーター 192.0.2.1", "院内 Wi-Fi", "共有 NAS" };

	private static final String[] REPORTERS = { "鈴木 一郎", "佐藤 花子", "田中 次郎", "高橋 美咲", "保守ベンダー 山本" };

	private Samples() {
	}

	/**
	 * A submission received at {@code receivedAt} (null: the server's now), detected a
	 * little earlier.
	 */
	static ReportSubmission submission(SplittableRandom random, Instant receivedAt, int serial) {
		Instant anchor = receivedAt == null ? Instant.now() : receivedAt;
		Instant detectedAt = anchor.minus(Duration.ofMinutes(random.nextInt(1, 360)));
		OccurrencePrecision precision = OccurrencePrecision.values()[random
			.nextInt(OccurrencePrecision.values().length)];
		Instant from = null;
		Instant to = null;
		if (precision == OccurrencePrecision.KNOWN) {
			from = detectedAt.minus(Duration.ofMinutes(random.nextInt(1, 600)));
		}
		else if (precision == OccurrencePrecision.RANGE) {
			to = detectedAt.minus(Duration.ofMinutes(random.nextInt(0, 60)));
			from = to.minus(Duration.ofMinutes(random.nextInt(1, 1440)));
		}
		List<AffectedPlaceInput> places = new ArrayList<>();
		for (int i = random.nextInt(3); i > 0; i--) {
			places.add(new AffectedPlaceInput(null, PLACES[random.nextInt(PLACES.length)] + " #" + i));
		}
		String summary = SUMMARIES[random.nextInt(SUMMARIES.length)] + " (" + serial + ")";
		return new ReportSubmission(detectedAt, receivedAt, random.nextBoolean() ? "佐藤 花子" : null,
				random.nextBoolean() ? "内線 201" : null, REPORTERS[random.nextInt(REPORTERS.length)],
				"内線 " + random.nextInt(100, 999), precision, from, to,
				random.nextInt(4) == 0 ? null : PLACES[random.nextInt(PLACES.length)] + " の画面", places,
				CATEGORIES[random.nextInt(CATEGORIES.length)], CHANNELS[random.nextInt(CHANNELS.length)], summary,
				random.nextInt(3) == 0 ? null : "朝出社したら画面に英語の要求文が表示されていた。電源は入れたまま。".repeat(1 + random.nextInt(3)));
	}

	/** The same submission as the JSON body of {@code POST /api/v1/reports}. */
	static String json(ReportSubmission s) {
		StringBuilder out = new StringBuilder("{");
		field(out, "detectedAt", s.detectedAt());
		field(out, "receivedAt", s.receivedAt());
		field(out, "discovererName", s.discovererName());
		field(out, "discovererContact", s.discovererContact());
		field(out, "reporterName", s.reporterName());
		field(out, "reporterContact", s.reporterContact());
		field(out, "occurrencePrecision", s.occurrencePrecision());
		field(out, "occurredFrom", s.occurredFrom());
		field(out, "occurredTo", s.occurredTo());
		field(out, "detectionPlace", s.detectionPlace());
		out.append("\"affectedPlaces\":[");
		for (int i = 0; i < s.affectedPlaces().size(); i++) {
			out.append(i == 0 ? "" : ",")
				.append("{\"description\":")
				.append(quote(s.affectedPlaces().get(i).description()))
				.append('}');
		}
		out.append("],");
		field(out, "category", s.category());
		field(out, "channel", s.channel());
		field(out, "description", s.description());
		out.append("\"summary\":").append(quote(s.summary())).append('}');
		return out.toString();
	}

	private static void field(StringBuilder out, String name, Object value) {
		if (value != null) {
			out.append('"').append(name).append("\":").append(quote(value.toString())).append(',');
		}
	}

	private static String quote(String s) {
		return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
	}

}
