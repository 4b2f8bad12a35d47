package jp.hikeshi.shared;

/**
 * Thrown when a record does not exist or is not visible to the caller; answered with 404.
 */
public class NotFoundException extends RuntimeException {

	private final String kind;

	private final Object id;

	public NotFoundException(String kind, Object id) {
		super(kind + " " + id + " not found");
		this.kind = kind;
		this.id = id;
	}

	public String kind() {
		return kind;
	}

	public Object id() {
		return id;
	}

}
