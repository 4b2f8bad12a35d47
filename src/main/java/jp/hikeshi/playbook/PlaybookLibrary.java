package jp.hikeshi.playbook;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jp.hikeshi.shared.OrganisationId;

/**
 * The organisation's scenario playbooks (GEN-3), as the response module applies them to
 * incidents.
 */
public interface PlaybookLibrary {

	/** The latest version of every playbook that is not retired, by code. */
	List<PlaybookVersion> active(OrganisationId organisation);

	/**
	 * The latest version of the playbook with this code, unless the playbook is retired.
	 */
	Optional<PlaybookVersion> latest(OrganisationId organisation, String code);

	/** One stored version, retired or not (incidents keep the version they applied). */
	Optional<PlaybookVersion> version(OrganisationId organisation, UUID versionId);

}
