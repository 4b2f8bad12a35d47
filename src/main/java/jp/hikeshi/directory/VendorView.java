package jp.hikeshi.directory;

import java.util.List;
import java.util.UUID;

/** A vendor organisation of the directory with its people. */
public record VendorView(UUID id, String name, String emergencyPhone, String email, String address, String notes,
		boolean active, List<VendorPerson> people, long version) {

	/**
	 * A person of the vendor; userName is the linked account's display name, when there
	 * is one.
	 */
	public record VendorPerson(UUID id, String name, String phone, String email, UUID userId, String userName) {
	}

	public VendorRef ref() {
		return new VendorRef(id, name, emergencyPhone, email);
	}
}
