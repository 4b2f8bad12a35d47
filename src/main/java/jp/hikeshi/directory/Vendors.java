package jp.hikeshi.directory;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jp.hikeshi.identity.Actor;
import jp.hikeshi.shared.OrganisationId;

/**
 * The vendor organisations of the directory, and which vendor a VENDOR account works for.
 */
public interface Vendors {

	Optional<VendorRef> find(OrganisationId organisation, UUID vendorId);

	/** Active vendors by name, for choosing in a form. */
	List<VendorRef> list(OrganisationId organisation);

	/**
	 * The vendor organisation the signed-in account belongs to (a person of the vendor
	 * linked to the account).
	 */
	Optional<UUID> vendorOf(Actor actor);

	/**
	 * The user accounts linked to the vendor's people, e.g. to notify them of a request.
	 */
	List<UUID> accountsOf(OrganisationId organisation, UUID vendorId);

}
