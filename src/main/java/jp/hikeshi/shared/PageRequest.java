package jp.hikeshi.shared;

/** A requested page: number from 0 and size, clamped to 1..100. */
public record PageRequest(int page, int size) {

	public static final int MAX_SIZE = 100;

	public static final int DEFAULT_SIZE = 20;

	public PageRequest {
		if (page < 0) {
			throw new RejectedInputException("page", "validation.page.negative");
		}
		if (size < 1 || size > MAX_SIZE) {
			throw new RejectedInputException("size", "validation.page.size", MAX_SIZE);
		}
	}

	public static PageRequest of(Integer page, Integer size) {
		return new PageRequest(page == null ? 0 : page, size == null ? DEFAULT_SIZE : size);
	}

	public long offset() {
		return (long) page * size;
	}
}
