package jp.hikeshi.intake;

/**
 * A technical clue carried by an alert (ip, domain, url, hash, email, host, user…) and
 * its value.
 */
public record ObservableInput(String type, String value) {
}
