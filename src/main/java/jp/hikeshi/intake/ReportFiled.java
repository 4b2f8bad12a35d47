package jp.hikeshi.intake;

import java.util.UUID;

import jp.hikeshi.shared.OrganisationId;

/** A report was recorded at the desk. */
public record ReportFiled(OrganisationId organisation, UUID reportId, String number, String category) {
}
