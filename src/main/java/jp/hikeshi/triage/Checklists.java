package jp.hikeshi.triage;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jp.hikeshi.audit.AuditEvent;
import jp.hikeshi.identity.Actor;
import jp.hikeshi.identity.Role;
import jp.hikeshi.shared.FieldProblem;
import jp.hikeshi.shared.OrganisationId;
import jp.hikeshi.shared.RejectedInputException;
import jp.hikeshi.triage.internal.ShippedChecklists;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The fact-finding check list of each category (TRI-1), kept as data that administrators change. */
@Service
@Transactional(readOnly = true)
public class Checklists {

	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	Checklists(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	public List<CheckItem> forCategory(OrganisationId organisation, String category) {
		return jdbc.sql("SELECT * FROM triage_check WHERE organisation_id = ? AND category = ? ORDER BY sort_order, code")
			.params(organisation.value(), category)
			.query((rs, n) -> new CheckItem(rs.getString("code"), CheckKind.valueOf(rs.getString("kind")),
					rs.getString("label_ja"), rs.getString("label_en"), rs.getInt("sort_order")))
			.list();
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
			if (blank(item.labelJa()) || blank(item.labelEn()) || item.labelJa().length() > 300 || item.labelEn().length() > 300) {
				problems.add(new FieldProblem("items[" + i + "].label", "triage.checklist.label"));
			}
		}
		if (!problems.isEmpty()) {
			throw new RejectedInputException(problems);
		}
		write(by.organisation(), category, items);
		// an edited list is the organisation's own: shipped editions never overwrite it
		if (jdbc.sql("UPDATE triage_check_shipped SET edited = TRUE WHERE organisation_id = ? AND category = ?")
			.params(by.organisation().value(), category).update() == 0) {
			jdbc.sql("INSERT INTO triage_check_shipped (organisation_id, category, edition, edited) VALUES (?, ?, 0, TRUE)")
				.params(by.organisation().value(), category).update();
		}
		events.publishEvent(AuditEvent.by(by.organisation(), by.username(), by.id()).did("TRIAGE_CHECKLIST_CHANGED")
			.on("CATEGORY", category).with("category", category).with("count", items.size())
			.summary(items.size() + " items").at(Instant.now(clock)));
		return forCategory(by.organisation(), category);
	}

	/**
	 * Gives the organisation the shipped list of each category it has never had, and the newer shipped wording of each
	 * list it never edited; answers the number of lists written. Safe to run again and from several instances.
	 */
	@Transactional
	public int installShipped(OrganisationId organisation) {
		ShippedChecklists shipped = ShippedChecklists.load();
		int written = 0;
		for (var list : shipped.lists().entrySet()) {
			String category = list.getKey();
			boolean recorded = jdbc.sql("""
					INSERT INTO triage_check_shipped (organisation_id, category, edition, edited)
					SELECT ?, ?, ?, FALSE WHERE NOT EXISTS
					  (SELECT 1 FROM triage_check_shipped WHERE organisation_id = ? AND category = ?)""")
				.params(organisation.value(), category, shipped.edition(), organisation.value(), category)
				.update() == 1;
			if (recorded && !forCategory(organisation, category).isEmpty()) {
				// a list made before editions were tracked is the organisation's own
				jdbc.sql("UPDATE triage_check_shipped SET edited = TRUE WHERE organisation_id = ? AND category = ?")
					.params(organisation.value(), category).update();
				continue;
			}
			boolean refresh = !recorded && jdbc.sql("""
					UPDATE triage_check_shipped SET edition = ?
					WHERE organisation_id = ? AND category = ? AND edited = FALSE AND edition < ?""")
				.params(shipped.edition(), organisation.value(), category, shipped.edition())
				.update() == 1;
			if (recorded || refresh) {
				write(organisation, category, list.getValue());
				written++;
			}
		}
		return written;
	}

	private void write(OrganisationId organisation, String category, List<CheckItem> items) {
		jdbc.sql("DELETE FROM triage_check WHERE organisation_id = ? AND category = ?").params(organisation.value(), category).update();
		for (CheckItem item : items) {
			jdbc.sql("""
					INSERT INTO triage_check (organisation_id, category, code, kind, label_ja, label_en, sort_order)
					VALUES (?, ?, ?, ?, ?, ?, ?)""")
				.params(organisation.value(), category, item.code(), item.kind().name(), item.labelJa().strip(),
						item.labelEn().strip(), item.sortOrder())
				.update();
		}
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}
}
