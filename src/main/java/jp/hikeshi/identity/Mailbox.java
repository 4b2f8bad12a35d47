package jp.hikeshi.identity;

import java.util.Locale;
import java.util.UUID;

/** Where and in which language to write to a user, for modules that send e-mail. */
public record Mailbox(UUID userId, String displayName, String address, Locale locale) {
}
