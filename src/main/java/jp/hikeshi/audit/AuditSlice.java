package jp.hikeshi.audit;

import java.util.List;

/**
 * A page of the trail read by position (keyset paging, newest first): its entries and
 * where the older and newer pages start ({@code null} when there are none).
 */
public record AuditSlice(List<AuditEntry> items, AuditCursor older, AuditCursor newer) {
}
