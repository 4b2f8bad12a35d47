package jp.hikeshi.evidence;

/**
 * An observable as entered: type (guessed when absent), raw value, TLP (AMBER when
 * absent), tags.
 */
public record ObservableInput(ObservableType type, String value, Tlp tlp, String tags) {
}
