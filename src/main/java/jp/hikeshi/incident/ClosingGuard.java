package jp.hikeshi.incident;

import java.util.List;
import java.util.UUID;

import jp.hikeshi.shared.OrganisationId;

/**
 * The closing policy's extension point: modules that own mandatory tasks or legal
 * obligations implement it, and an incident cannot be closed while any guard names
 * something still open.
 */
public interface ClosingGuard {

	/** What still blocks closing the incident; empty when nothing does. */
	List<OpenItem> openItems(OrganisationId organisation, UUID incidentId);

	/**
	 * Something still open, described in words for the person trying to close, with the
	 * page where it is finished ({@code link}, an application path; null when there is
	 * none).
	 */
	record OpenItem(String kind, String description, String link) {

		public OpenItem(String kind, String description) {
			this(kind, description, null);
		}
	}

}
