package jp.hikeshi.directory;

import java.util.List;
import java.util.Optional;

import jp.hikeshi.shared.Bilingual;

/**
 * An activity of the response flow, one per requirement ID of the flow, as a row of the
 * role plan's matrix (GEN-2).
 */
public record Activity(String id, Bilingual name) {

	/** Every activity in the order of the flow. */
	public static final List<Activity> ALL = List.of(of("DET-1", "保守作業等における異常検知", "Anomaly detection in maintenance"),
			of("DET-2", "通報の受付", "Report intake"), of("DET-3", "記録事項の記録", "Recording the report's items"),
			of("DET-4", "不審メールの取扱い", "Handling suspicious e-mail"), of("TRI-1", "事実確認", "Fact-finding"),
			of("TRI-2", "インシデントか否かの検討・評価", "Deciding whether it is an incident"),
			of("TRI-3", "標的型メールのトリアージ", "Targeted e-mail triage"),
			of("RES-1", "詳細状況の確認・対応方針の決定", "Detailed investigation and response policy"),
			of("RES-2", "証拠の取得・保全", "Acquiring and preserving evidence"),
			of("RES-3", "応急処置", "First aid (isolate, block, remove the cause)"),
			of("RES-4", "復旧対応・復旧確認", "Recovery and its verification"), of("RES-5", "ランサムウェア対応", "Ransomware response"),
			of("REP-1", "組織内責任者への報告", "Internal report"), of("REP-2", "関係組織への連絡", "Telling related organisations"),
			of("REP-3", "外部機関への通報・相談", "Reports to outside bodies"), of("REP-4", "広報発表等の対外対応", "Public relations"),
			of("REP-5", "身代金を支払わない・交渉しない判断", "Ransomware: never pay or negotiate"),
			of("GEN-1", "状況に応じた優先順位付け", "Prioritising the work by the situation"),
			of("GEN-2", "役割分担の見直し", "Keeping the role plan"),
			of("GEN-3", "シナリオ別対応手順の整備", "Keeping the scenario playbooks"));

	public static Optional<Activity> find(String id) {
		return ALL.stream().filter(a -> a.id().equals(id)).findFirst();
	}

	private static Activity of(String id, String ja, String en) {
		return new Activity(id, new Bilingual(ja, en));
	}
}
