package jp.hikeshi.directory;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jp.hikeshi.audit.AuditEvent;
import jp.hikeshi.identity.Actor;
import jp.hikeshi.shared.NotFoundException;
import jp.hikeshi.shared.OrganisationId;
import jp.hikeshi.shared.RejectedInputException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The configurable list of event categories of an organisation. */
@Service
@Transactional(readOnly = true)
public class Categories {

	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	Categories(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	public List<Category> all(OrganisationId organisation) {
		return jdbc.sql("SELECT * FROM event_category WHERE organisation_id = ? ORDER BY sort_order, code")
			.param(organisation.value())
			.query((rs, n) -> new Category(rs.getString("code"), rs.getString("name_ja"), rs.getString("name_en"),
					rs.getString("rsit"), rs.getBoolean("active"), rs.getInt("sort_order")))
			.list();
	}

	public List<Category> active(OrganisationId organisation) {
		return all(organisation).stream().filter(Category::active).toList();
	}

	public Optional<Category> find(OrganisationId organisation, String code) {
		return all(organisation).stream().filter(c -> c.code().equals(code)).findFirst();
	}

	@Transactional
	public Category save(Actor by, Category category) {
		if (category.code() == null || !category.code().matches("[A-Z][A-Z0-9_]{1,39}")) {
			throw new RejectedInputException("code", "category.code.pattern");
		}
		if (category.nameJa() == null || category.nameJa().isBlank() || category.nameEn() == null || category.nameEn().isBlank()) {
			throw new RejectedInputException("name", "category.name.required");
		}
		boolean exists = find(by.organisation(), category.code()).isPresent();
		if (exists) {
			jdbc.sql("""
					UPDATE event_category SET name_ja = ?, name_en = ?, rsit = ?, active = ?, sort_order = ?
					WHERE organisation_id = ? AND code = ?""")
				.params(category.nameJa().trim(), category.nameEn().trim(), category.rsit(), category.active(),
						category.sortOrder(), by.organisation().value(), category.code())
				.update();
		}
		else {
			jdbc.sql("""
					INSERT INTO event_category (organisation_id, code, name_ja, name_en, rsit, active, sort_order)
					VALUES (?, ?, ?, ?, ?, ?, ?)""")
				.params(by.organisation().value(), category.code(), category.nameJa().trim(), category.nameEn().trim(),
						category.rsit(), category.active(), category.sortOrder())
				.update();
		}
		events.publishEvent(new AuditEvent(by.organisation(), Instant.now(clock), by.username(), by.id(),
				exists ? "CATEGORY_UPDATED" : "CATEGORY_CREATED", "CATEGORY", category.code(), category.nameJa()));
		return find(by.organisation(), category.code()).orElseThrow(() -> new NotFoundException("category", category.code()));
	}
}
