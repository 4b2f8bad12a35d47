package jp.hikeshi.incident;

import java.util.UUID;

/**
 * A report, named by id and number, that the incident links to without depending on
 * intake.
 */
public record ReportRef(UUID id, String number) {
}
