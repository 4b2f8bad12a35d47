package jp.hikeshi.identity;

import java.util.UUID;

/** A user as other modules may name them: id and display name, never credentials. */
public record Person(UUID id, String displayName) {
}
