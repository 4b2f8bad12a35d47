package jp.hikeshi.shared;

/**
 * The organisation of the signed-in user, for modules that must not depend on identity.
 */
public interface CurrentOrganisation {

	OrganisationId get();

}
