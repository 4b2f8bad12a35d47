package jp.hikeshi.audit;

import java.util.UUID;

import jp.hikeshi.shared.OrganisationId;

/**
 * Whoever an audit entry is written for: a signed-in person or token, in the organisation
 * it acts in.
 */
public interface Author {

	/** The organisation the author acts in. */
	OrganisationId organisation();

	/** The name the trail shows. */
	String username();

	/** The account's id, or null for a token without one. */
	UUID id();

}
