package jp.hikeshi.shared;

import java.util.List;
import java.util.function.Function;

/** One page of a list, numbered from 0, with the total count of matching items. */
public record PageOf<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

	public PageOf(List<T> items, int page, int size, long totalItems) {
		this(items, page, size, totalItems, size == 0 ? 0 : (int) ((totalItems + size - 1) / size));
	}

	public boolean hasNext() {
		return (long) (page + 1) * size < totalItems;
	}

	public boolean hasPrevious() {
		return page > 0;
	}

	public <R> PageOf<R> map(Function<T, R> mapper) {
		return new PageOf<>(items.stream().map(mapper).toList(), page, size, totalItems);
	}
}
