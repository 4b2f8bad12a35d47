package jp.hikeshi.triage;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jp.hikeshi.audit.AuditEvent;
import jp.hikeshi.directory.Categories;
import jp.hikeshi.directory.Category;
import jp.hikeshi.identity.Actor;
import jp.hikeshi.identity.Role;
import jp.hikeshi.shared.FieldProblem;
import jp.hikeshi.shared.OrganisationId;
import jp.hikeshi.shared.RejectedInputException;
import jp.hikeshi.triage.internal.ChecklistRecords;
import jp.hikeshi.triage.internal.ShippedChecklists;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The fact-finding check list of each category (TRI-1), kept as data that administrators
 * change.
 */
@Service
@Transactional(readOnly = true)
public class Checklists {

	private final ChecklistRecords records;

	private final Categories categories;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Checklists(ChecklistRecords records, Categories categories, ApplicationEventPublisher events, Clock clock) {
		this.records = records;
		this.categories = categories;
		this.events = events;
		this.clock = clock;
	}

	public List<CheckItem> forCategory(OrganisationId organisation, String category) {
		return records.forCategory(organisation, category);
	}

	/** Replaces the category's list; answers already recorded keep their codes. */
	@Transactional
	public List<CheckItem> replace(Actor by, String category, List<CheckItem> items) {
		if (!by.has(Role.ADMIN)) {
			throw new AccessDeniedException("only administrators change check lists");
		}
		List<FieldProblem> problems = new ArrayList<>();
		Set<String> codes = new HashSet<>();
		for (int i = 0; i < items.size(); i++) {
			CheckItem item = items.get(i);
			if (item.code() == null || !item.code().matches("[A-Z][A-Z0-9_]{1,39}") || !codes.add(item.code())) {
				problems.add(new FieldProblem("items[" + i + "].code", "triage.checklist.code"));
			}
			if (item.kind() == null) {
				problems.add(new FieldProblem("items[" + i + "].kind", "triage.checklist.kind"));
			}
			if (blank(item.labelJa()) || blank(item.labelEn()) || item.labelJa().length() > 300
					|| item.labelEn().length() > 300) {
				problems.add(new FieldProblem("items[" + i + "].label", "triage.checklist.label"));
			}
		}
		if (!problems.isEmpty()) {
			throw new RejectedInputException(problems);
		}
		records.write(by.organisation(), category, items);
		// an edited list is the organisation's own: shipped editions never overwrite it
		records.markEdited(by.organisation(), category);
		Optional<Category> named = categories.find(by.organisation(), category);
		events.publishEvent(AuditEvent.by(by.organisation(), by.username(), by.id())
			.did("TRIAGE_CHECKLIST_CHANGED")
			.on("CATEGORY", category)
			.with("name", named.map(Category::nameJa).orElse(category))
			.with("name_en", named.map(Category::nameEn).orElse(category))
			.with("count", items.size())
			.summary(items.size() + " items")
			.at(Instant.now(clock)));
		return forCategory(by.organisation(), category);
	}

	/**
	 * Gives the organisation the shipped list of each category it has never had, and the
	 * newer shipped wording of each list it never edited; answers the number of lists
	 * written. Safe to run again and from several instances.
	 */
	@Transactional
	public int installShipped(OrganisationId organisation) {
		ShippedChecklists shipped = ShippedChecklists.load();
		int written = 0;
		for (var list : shipped.lists().entrySet()) {
			String category = list.getKey();
			boolean recorded = records.recordShipped(organisation, category, shipped.edition());
			if (recorded && !forCategory(organisation, category).isEmpty()) {
				// a list made before editions were tracked is the organisation's own
				records.markEdited(organisation, category);
				continue;
			}
			boolean refresh = !recorded && records.advanceEdition(organisation, category, shipped.edition());
			if (recorded || refresh) {
				records.write(organisation, category, list.getValue());
				written++;
			}
		}
		return written;
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
