package jp.hikeshi.directory;

import jp.hikeshi.shared.OrganisationId;

/**
 * The organisation's role plan was replaced: who takes which role's work may have changed
 * (GEN-2).
 */
public record RolePlanChanged(OrganisationId organisation) {
}
