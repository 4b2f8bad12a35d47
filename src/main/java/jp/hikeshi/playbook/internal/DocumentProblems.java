package jp.hikeshi.playbook.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jp.hikeshi.shared.FieldProblem;

import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The faults found in one playbook document, each with its path (e.g.
 * {@code tasks[3].process}) and the line it is on, so a reader can find it in the file;
 * listed in the order of the file.
 */
final class DocumentProblems {

	static final int MAX_PROBLEMS = 50;

	private record Found(int line, FieldProblem problem) {
	}

	private final List<Found> problems = new ArrayList<>();

	private final Set<String> told = new HashSet<>();

	void add(String path, int line, String key, Object... args) {
		if (problems.size() >= MAX_PROBLEMS || !told.add(path + " " + key)) {
			return;
		}
		var reason = new DefaultMessageSourceResolvable(new String[] { key }, args, key);
		problems.add(new Found(line, line > 0 ? new FieldProblem(path, "playbook.error.at", line, reason)
				: new FieldProblem(path, "playbook.error.plain", reason)));
	}

	boolean isEmpty() {
		return problems.isEmpty();
	}

	List<FieldProblem> list() {
		return problems.stream()
			.sorted(Comparator.comparingInt(Found::line).thenComparing(found -> found.problem().field()))
			.map(Found::problem)
			.toList();
	}

}
