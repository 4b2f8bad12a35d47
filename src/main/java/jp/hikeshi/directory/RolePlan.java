package jp.hikeshi.directory;

import java.util.List;
import java.util.Optional;

import jp.hikeshi.shared.OrganisationId;

/** The organisation's role plan (GEN-2), as other modules use it to assign work. */
public interface RolePlan {

	/** The roles in their order. */
	List<ResponseRole> roles(OrganisationId organisation);

	Optional<ResponseRole> role(OrganisationId organisation, String code);

	/**
	 * Who takes work given to the role: its primary, else its first deputy; empty when
	 * the role is unknown or unstaffed.
	 */
	default Optional<Assignee> takerFor(OrganisationId organisation, String roleCode) {
		return role(organisation, roleCode).flatMap(ResponseRole::taker);
	}

}
