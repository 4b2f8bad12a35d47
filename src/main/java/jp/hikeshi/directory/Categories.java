package jp.hikeshi.directory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jp.hikeshi.audit.AuditEvent;
import jp.hikeshi.directory.internal.CategoryRecords;
import jp.hikeshi.identity.Actor;
import jp.hikeshi.shared.NotFoundException;
import jp.hikeshi.shared.OrganisationId;
import jp.hikeshi.shared.RejectedInputException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** The configurable list of event categories of an organisation. */
@Service
@Transactional(readOnly = true)
public class Categories {

	private final CategoryRecords records;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private static final Duration FRESH = Duration.ofSeconds(5);

	private final Map<OrganisationId, Cached> recent = new ConcurrentHashMap<>();

	private record Cached(List<Category> categories, long readAt) {
	}

	Categories(CategoryRecords records, ApplicationEventPublisher events, Clock clock) {
		this.records = records;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Every category of the organisation, in order. Read on each report filed, so kept
	 * for a few seconds: a change made here is seen at once, one made by another instance
	 * within {@link #FRESH}.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<Category> all(OrganisationId organisation) {
		Cached cached = recent.get(organisation);
		long now = System.nanoTime();
		if (cached != null && now - cached.readAt() < FRESH.toNanos()) {
			return cached.categories();
		}
		List<Category> categories = read(organisation);
		recent.put(organisation, new Cached(List.copyOf(categories), now));
		return categories;
	}

	private List<Category> read(OrganisationId organisation) {
		return records.all(organisation);
	}

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<Category> active(OrganisationId organisation) {
		return all(organisation).stream().filter(Category::active).toList();
	}

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public Optional<Category> find(OrganisationId organisation, String code) {
		return all(organisation).stream().filter(c -> c.code().equals(code)).findFirst();
	}

	@Transactional
	public Category save(Actor by, Category category) {
		if (category.code() == null || !category.code().matches("[A-Z][A-Z0-9_]{1,39}")) {
			throw new RejectedInputException("code", "category.code.pattern");
		}
		if (category.nameJa() == null || category.nameJa().isBlank() || category.nameEn() == null
				|| category.nameEn().isBlank()) {
			throw new RejectedInputException("name", "category.name.required");
		}
		boolean exists = find(by.organisation(), category.code()).isPresent();
		records.store(by.organisation(), new Category(category.code(), category.nameJa().trim(),
				category.nameEn().trim(), category.rsit(), category.active(), category.sortOrder()), exists);
		events.publishEvent(AuditEvent.by(by.organisation(), by.username(), by.id())
			.did(exists ? "CATEGORY_UPDATED" : "CATEGORY_CREATED")
			.on("CATEGORY", category.code())
			.with("name", category.nameJa().trim())
			.with("name_en", category.nameEn().trim())
			.summary(category.nameJa())
			.at(Instant.now(clock)));
		forgetOnCompletion(by.organisation());
		return read(by.organisation()).stream()
			.filter(c -> c.code().equals(category.code()))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("category", category.code()));
	}

	/**
	 * Drops the kept list now and again when the change commits or rolls back, so no
	 * reader keeps the old one.
	 */
	private void forgetOnCompletion(OrganisationId organisation) {
		recent.remove(organisation);
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					recent.remove(organisation);
				}
			});
		}
	}

}
