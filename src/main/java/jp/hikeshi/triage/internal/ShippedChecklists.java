package jp.hikeshi.triage.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.hikeshi.triage.CheckItem;
import jp.hikeshi.triage.CheckKind;

import org.springframework.core.io.ClassPathResource;

/**
 * The fact-finding check lists Hikeshi ships for every category (TRI-1), read from
 * {@code triage/checklists.tsv}: one item a line (category, code, kind, Japanese,
 * English), so that the wording is edited as data, not as code.
 */
public final class ShippedChecklists {

	static final String RESOURCE = "triage/checklists.tsv";

	private final int edition;

	private final Map<String, List<CheckItem>> lists;

	private ShippedChecklists(int edition, Map<String, List<CheckItem>> lists) {
		this.edition = edition;
		this.lists = lists;
	}

	public static ShippedChecklists load() {
		try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
			return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static ShippedChecklists parse(String text) {
		int edition = 1;
		Map<String, List<CheckItem>> lists = new LinkedHashMap<>();
		for (String line : text.split("\\R")) {
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			String[] cells = line.split("\t");
			if (cells[0].equals("@edition")) {
				edition = Integer.parseInt(cells[1].strip());
				continue;
			}
			if (cells.length != 5) {
				throw new IllegalStateException("A shipped check item needs 5 tab-separated cells: " + line);
			}
			List<CheckItem> items = lists.computeIfAbsent(cells[0], c -> new ArrayList<>());
			items.add(new CheckItem(cells[1], CheckKind.valueOf(cells[2]), cells[3].strip(), cells[4].strip(),
					(items.size() + 1) * 10));
		}
		lists.replaceAll((category, items) -> List.copyOf(items));
		return new ShippedChecklists(edition, Map.copyOf(lists));
	}

	/** Raised whenever the shipped wording changes, so unedited copies are refreshed. */
	public int edition() {
		return edition;
	}

	public Map<String, List<CheckItem>> lists() {
		return lists;
	}

}
