package jp.hikeshi.playbook;

/**
 * A playbook version written out as a YAML document, with the file name to save it under.
 */
public record PlaybookExport(String fileName, String yaml) {
}
