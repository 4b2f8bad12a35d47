package jp.hikeshi.playbook.internal;

import java.util.ArrayList;
import java.util.List;

import jp.hikeshi.shared.FieldProblem;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.yaml.snakeyaml.nodes.Node;

/**
 * The faults found in one playbook document, each with its path (e.g. {@code tasks[3].process}) and the line it
 * is on, so a reader can find it in the file.
 */
final class DocumentProblems {

	static final int MAX_PROBLEMS = 50;

	private final List<FieldProblem> problems = new ArrayList<>();

	void add(String path, Node near, String key, Object... args) {
		add(path, near == null ? 0 : near.getStartMark().getLine() + 1, key, args);
	}

	void add(String path, int line, String key, Object... args) {
		if (problems.size() >= MAX_PROBLEMS) {
			return;
		}
		var reason = new DefaultMessageSourceResolvable(new String[] { key }, args, key);
		problems.add(line > 0 ? new FieldProblem(path, "playbook.error.at", line, reason)
				: new FieldProblem(path, "playbook.error.plain", reason));
	}

	boolean isEmpty() {
		return problems.isEmpty();
	}

	List<FieldProblem> list() {
		return List.copyOf(problems);
	}
}
