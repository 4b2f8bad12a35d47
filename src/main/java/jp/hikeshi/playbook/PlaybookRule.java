package jp.hikeshi.playbook;

import jp.hikeshi.shared.Bilingual;

/**
 * A rule shown prominently whenever the playbook is in use, e.g. REP-5 "never pay or
 * negotiate".
 */
public record PlaybookRule(String requirement, Bilingual text) {
}
