package jp.hikeshi.incident;

import java.util.List;

import jp.hikeshi.incident.ClosingGuard.OpenItem;
import jp.hikeshi.shared.RejectedInputException;

/**
 * Closing refused because the guards still name open items; pages list them as links, the
 * API as one message.
 */
public class ClosingRefusedException extends RejectedInputException {

	private final transient List<OpenItem> openItems;

	public ClosingRefusedException(List<OpenItem> openItems) {
		super("state", "incident.close.blocked",
				String.join("、",
						openItems.stream()
							.map(i -> i.link() == null ? i.description() : i.description() + " " + i.link())
							.toList()));
		this.openItems = List.copyOf(openItems);
	}

	/** What is still open, in the order the guards named it. */
	public List<OpenItem> openItems() {
		return openItems;
	}

}
