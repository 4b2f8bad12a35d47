package jp.hikeshi.playbook;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import jp.hikeshi.audit.AuditEvent;
import jp.hikeshi.directory.Categories;
import jp.hikeshi.directory.Category;
import jp.hikeshi.identity.Actor;
import jp.hikeshi.identity.Role;
import jp.hikeshi.playbook.internal.PlaybookDocument;
import jp.hikeshi.playbook.internal.PlaybookReader;
import jp.hikeshi.playbook.internal.PlaybookRecords;
import jp.hikeshi.playbook.internal.PlaybookRecords.VersionRow;
import jp.hikeshi.playbook.internal.PlaybookWriter;
import jp.hikeshi.shared.Bilingual;
import jp.hikeshi.shared.NotFoundException;
import jp.hikeshi.shared.OrganisationId;
import jp.hikeshi.shared.RejectedInputException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The playbook library backed by the database: reading versions, importing and editing
 * (each stores a new, immutable version), retiring and restoring, exporting as YAML.
 * Administrators write; every write is audited.
 */
@Service
@Transactional(readOnly = true)
public class Playbooks implements PlaybookLibrary {

	private static final int CACHE_LIMIT = 2000;

	private final PlaybookRecords records;

	private final Categories categories;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	/**
	 * Parsed documents by version id; versions never change, so an entry never goes
	 * stale.
	 */
	private final Map<UUID, PlaybookDocument> parsed = new ConcurrentHashMap<>();

	Playbooks(PlaybookRecords records, Categories categories, ApplicationEventPublisher events, Clock clock) {
		this.records = records;
		this.categories = categories;
		this.events = events;
		this.clock = clock;
	}

	@Override
	public List<PlaybookVersion> active(OrganisationId organisation) {
		return all(organisation, false);
	}

	@Override
	public Optional<PlaybookVersion> latest(OrganisationId organisation, String code) {
		return newest(organisation, code).filter(v -> !v.retired());
	}

	@Override
	public Optional<PlaybookVersion> version(OrganisationId organisation, UUID versionId) {
		return records.version(organisation, versionId).map(this::toVersion);
	}

	/** The latest version of every playbook, by code; retired ones only when asked. */
	public List<PlaybookVersion> all(OrganisationId organisation, boolean includeRetired) {
		return records.latest(organisation, includeRetired).stream().map(this::toVersion).toList();
	}

	/** The latest version of a playbook, retired or not. */
	public Optional<PlaybookVersion> newest(OrganisationId organisation, String code) {
		return records.latest(organisation, code).map(this::toVersion);
	}

	public Optional<PlaybookVersion> version(OrganisationId organisation, String code, int version) {
		return records.version(organisation, code, version).map(this::toVersion);
	}

	public List<PlaybookHistoryEntry> history(OrganisationId organisation, String code) {
		return records.history(organisation, code)
			.stream()
			.map(r -> new PlaybookHistoryEntry(r.id(), r.code(), r.version(), new Bilingual(r.titleJa(), r.titleEn()),
					r.taskCount(), r.createdAt(), r.createdBy()))
			.toList();
	}

	/**
	 * The text of a version as it was stored (YAML, comments kept), for editing and
	 * export.
	 */
	public String source(OrganisationId organisation, String code, Integer version) {
		return row(organisation, code, version).source();
	}

	/** A version (the latest when none is named) as a YAML file. */
	public PlaybookExport export(OrganisationId organisation, String code, Integer version) {
		VersionRow row = row(organisation, code, version);
		return new PlaybookExport(row.code() + "-v" + row.version() + ".yaml", row.source());
	}

	/**
	 * Stores a document: a new playbook if its code is new, else the next version of that
	 * playbook. A document with any fault is rejected whole and changes nothing.
	 */
	@Transactional
	public PlaybookVersion importDocument(Actor by, String text) {
		requireAdmin(by);
		PlaybookDocument doc = read(by.organisation(), text);
		return store(by, doc, storedText(text, doc), null);
	}

	/**
	 * Stores an edited document as the next version of {@code code}; {@code basedOn} is
	 * the version the editor read.
	 */
	@Transactional
	public PlaybookVersion edit(Actor by, String code, String text, Integer basedOn) {
		requireAdmin(by);
		records.latestNumber(by.organisation(), code).orElseThrow(() -> new NotFoundException("playbook", code));
		PlaybookDocument doc = read(by.organisation(), text);
		if (!code.equals(doc.code())) {
			throw new RejectedInputException("code", "playbook.error.codeChanged", code);
		}
		return store(by, doc, storedText(text, doc), basedOn);
	}

	@Transactional
	public void retire(Actor by, String code) {
		requireAdmin(by);
		PlaybookVersion latest = newest(by.organisation(), code)
			.orElseThrow(() -> new NotFoundException("playbook", code));
		if (records.retire(by.organisation(), code, now())) {
			audit(by, "PLAYBOOK_RETIRED", code, latest.title(), latest.version(), latest.title().ja());
		}
	}

	@Transactional
	public void restore(Actor by, String code) {
		requireAdmin(by);
		PlaybookVersion latest = newest(by.organisation(), code)
			.orElseThrow(() -> new NotFoundException("playbook", code));
		if (records.restore(by.organisation(), code)) {
			audit(by, "PLAYBOOK_RESTORED", code, latest.title(), latest.version(), latest.title().ja());
		}
	}

	/**
	 * Stores a shipped playbook for an organisation unless a playbook with its code
	 * exists; true when stored. A shipped playbook the organisation never edited (its
	 * latest version installed by the system, not retired) gets the shipped text as its
	 * next version when that text changed.
	 */
	@Transactional
	public boolean installIfAbsent(OrganisationId organisation, String text) {
		PlaybookDocument doc = PlaybookReader.read(text, null);
		if (!records.createIfAbsent(organisation, doc.code(), now())) {
			return upgradeShipped(organisation, doc, text);
		}
		UUID id = UUID.randomUUID();
		records.insertVersion(organisation, id, doc, 1, text, now(), AuditEvent.SYSTEM);
		events.publishEvent(AuditEvent.bySystem(organisation)
			.did("PLAYBOOK_INSTALLED")
			.on("PLAYBOOK", doc.code())
			.with("title", doc.title().ja())
			.with("title_en", doc.title().en())
			.with("version", 1)
			.summary("v1 " + doc.title().ja())
			.at(now()));
		return true;
	}

	private boolean upgradeShipped(OrganisationId organisation, PlaybookDocument doc, String text) {
		VersionRow latest = records.latest(organisation, doc.code()).orElse(null);
		if (latest == null || latest.retiredAt() != null || !AuditEvent.SYSTEM.equals(latest.createdBy())
				|| latest.source().equals(text) || !records.advance(organisation, doc.code(), latest.version())) {
			return false;
		}
		int version = latest.version() + 1;
		records.insertVersion(organisation, UUID.randomUUID(), doc, version, text, now(), AuditEvent.SYSTEM);
		events.publishEvent(AuditEvent.bySystem(organisation)
			.did("PLAYBOOK_UPGRADED")
			.on("PLAYBOOK", doc.code())
			.with("title", doc.title().ja())
			.with("title_en", doc.title().en())
			.with("version", version)
			.summary("v" + version + " " + doc.title().ja())
			.at(now()));
		return true;
	}

	private PlaybookVersion store(Actor by, PlaybookDocument doc, String text, Integer basedOn) {
		OrganisationId org = by.organisation();
		int version;
		if (records.createIfAbsent(org, doc.code(), now())) {
			version = 1;
		}
		else {
			int current = records.latestNumber(org, doc.code()).orElseThrow();
			if ((basedOn != null && basedOn != current) || !records.advance(org, doc.code(), current)) {
				throw new OptimisticLockingFailureException(
						"playbook " + doc.code() + " changed since version " + (basedOn == null ? current : basedOn));
			}
			version = current + 1;
		}
		UUID id = UUID.randomUUID();
		Instant at = now();
		records.insertVersion(org, id, doc, version, text, at, by.username());
		audit(by, version == 1 ? "PLAYBOOK_CREATED" : "PLAYBOOK_VERSION_ADDED", doc.code(), doc.title(), version,
				"v" + version + " " + doc.title().ja());
		return version(org, id).orElseThrow();
	}

	/**
	 * YAML is kept as written, with its comments; JSON is stored as the equivalent YAML
	 * so exports are YAML.
	 */
	private static String storedText(String text, PlaybookDocument doc) {
		String trimmed = text.replace("\r\n", "\n").strip();
		String stored = trimmed.startsWith("{") || trimmed.startsWith("\uFEFF{") ? PlaybookWriter.yaml(doc)
				: trimmed + "\n";
		if (stored.length() > PlaybookRecords.MAX_SOURCE) {
			throw new RejectedInputException("document", "playbook.error.tooLarge", PlaybookReader.MAX_CHARS);
		}
		return stored;
	}

	private PlaybookDocument read(OrganisationId organisation, String text) {
		Set<String> codes = categories.all(organisation).stream().map(Category::code).collect(Collectors.toSet());
		return PlaybookReader.read(text, codes);
	}

	private VersionRow row(OrganisationId organisation, String code, Integer version) {
		Optional<VersionRow> row = version == null ? records.latest(organisation, code)
				: records.version(organisation, code, version);
		return row.orElseThrow(() -> new NotFoundException("playbook", version == null ? code : code + " v" + version));
	}

	private PlaybookVersion toVersion(VersionRow row) {
		PlaybookDocument doc = parsed.get(row.id());
		if (doc == null) {
			doc = PlaybookReader.read(row.source(), null);
			if (parsed.size() >= CACHE_LIMIT) {
				parsed.clear();
			}
			parsed.put(row.id(), doc);
		}
		return doc.asVersion(row.id(), row.version(), row.createdAt(), row.retiredAt());
	}

	private static void requireAdmin(Actor by) {
		if (!by.has(Role.ADMIN)) {
			throw new AccessDeniedException("playbooks are managed by administrators");
		}
	}

	private void audit(Actor by, String action, String objectId, Bilingual title, int version, String summary) {
		events.publishEvent(AuditEvent.by(by.organisation(), by.username(), by.id())
			.did(action)
			.on("PLAYBOOK", objectId)
			.with("title", title.ja())
			.with("title_en", title.en())
			.with("version", version)
			.summary(summary)
			.at(now()));
	}

	private Instant now() {
		return Instant.now(clock);
	}

}
