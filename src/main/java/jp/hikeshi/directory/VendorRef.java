package jp.hikeshi.directory;

import java.util.UUID;

/** A vendor organisation of the directory, as other modules see it. */
public record VendorRef(UUID id, String name, String emergencyPhone, String email) {
}
