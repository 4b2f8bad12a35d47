package jp.hikeshi;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs writers at the same moment, each on a thread of its own, for race tests: every
 * writer waits at a barrier until all are ready, then all go. The pool is kept across
 * rounds and closed by the test.
 */
public final class AtOnce implements AutoCloseable {

	private final ExecutorService pool;

	private final int writers;

	public AtOnce(int writers) {
		this.writers = writers;
		this.pool = Executors.newFixedThreadPool(writers);
	}

	/**
	 * Runs the writers together and returns their results in order; a writer's failure
	 * fails the round.
	 */
	public <T> List<T> run(List<Callable<T>> each) throws Exception {
		if (each.size() != writers) {
			throw new IllegalArgumentException("expected " + writers + " writers, got " + each.size());
		}
		CyclicBarrier together = new CyclicBarrier(writers);
		List<Callable<T>> waiting = each.stream().<Callable<T>>map(writer -> () -> {
			together.await();
			return writer.call();
		}).toList();
		List<T> results = new ArrayList<>();
		for (Future<T> result : pool.invokeAll(waiting)) {
			results.add(result.get());
		}
		return results;
	}

	@Override
	public void close() {
		pool.shutdownNow();
	}

}
