package jp.hikeshi.shared;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies the organisation that owns an aggregate; one installation may serve several.
 */
public record OrganisationId(UUID value) {

	/**
	 * The organisation every record belongs to until multi-organisation support arrives.
	 */
	public static final OrganisationId DEFAULT = new OrganisationId(
			UUID.fromString("00000000-0000-0000-0000-000000000001"));

	public OrganisationId {
		Objects.requireNonNull(value, "organisation id");
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
