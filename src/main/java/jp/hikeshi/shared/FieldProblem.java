package jp.hikeshi.shared;

/** One fault in submitted data: the field's name and a message key with its arguments. */
public record FieldProblem(String field, String messageKey, Object... args) {
}
