package jp.hikeshi.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jp.hikeshi.audit.AuditEvent;
import jp.hikeshi.evidence.internal.ContentStore;
import jp.hikeshi.evidence.internal.EvidenceRecords;
import jp.hikeshi.evidence.internal.InertMail;
import jp.hikeshi.identity.Actor;
import jp.hikeshi.identity.Permission;
import jp.hikeshi.incident.IncidentQueries;
import jp.hikeshi.incident.IncidentSharing;
import jp.hikeshi.incident.IncidentView;
import jp.hikeshi.intake.ReportDesk;
import jp.hikeshi.shared.NotFoundException;
import jp.hikeshi.shared.RejectedInputException;
import jp.hikeshi.shared.numbering.HumanNumbers;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The evidence locker of RES-2: registers items (with their file streamed into the
 * content store), keeps the chain of custody append-only, and hands files out only after
 * checking that they still match their hash.
 */
@Service
public class EvidenceLocker {

	private final EvidenceRecords records;

	private final ContentStore store;

	private final Observables observables;

	private final IncidentQueries incidents;

	private final IncidentSharing sharing;

	private final ReportDesk reports;

	private final HumanNumbers numbers;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	private final Clock clock;

	EvidenceLocker(EvidenceRecords records, ContentStore store, Observables observables, IncidentQueries incidents,
			IncidentSharing sharing, ReportDesk reports, HumanNumbers numbers, ApplicationEventPublisher events,
			PlatformTransactionManager transactions, Clock clock) {
		this.records = records;
		this.store = store;
		this.observables = observables;
		this.incidents = incidents;
		this.sharing = sharing;
		this.reports = reports;
		this.numbers = numbers;
		this.events = events;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/** A file that comes with the item. */
	public record Upload(InputStream content, String fileName, String mediaType) {
	}

	/** A stored file ready to be sent, with the outcome of re-checking its hash. */
	public record Download(EvidenceView item, boolean intact, String actualSha256, InputStreamSource source) {
	}

	/** Opens the stored content each time it is asked. */
	public interface InputStreamSource {

		InputStream open() throws IOException;

	}

	public EvidenceView register(Actor by, UUID incidentId, NewEvidence input, Upload upload) {
		Permission.CHANGE.demand(by);
		incidents.get(by, incidentId);
		return get(by, store(by, incidentId, null, input, upload, null));
	}

	/**
	 * Registers an item that belongs to a report before any incident exists (e.g. the
	 * original of a report that came by mail, kept inert). When the report is linked to
	 * an incident, the item shows in the incident's evidence and its indicators join the
	 * incident's observables. Joins the caller's transaction when there is one.
	 */
	public EvidenceView registerForReport(Actor by, UUID reportId, NewEvidence input, Upload upload) {
		Permission.CHANGE.demand(by);
		reports.get(by, reportId);
		return get(by, store(by, null, reportId, input, upload, null));
	}

	/**
	 * Registers what a vendor handed over in answer to a request (RES-1, RES-2), linked
	 * to the request's task. The response module calls it after checking that the actor
	 * may answer that task of that incident; the actor may be a VENDOR account, which
	 * still cannot read evidence. Returns the item as registered.
	 */
	public EvidenceView receive(Actor by, UUID incidentId, UUID requestTaskId, NewEvidence input, Upload upload) {
		sharing.getShared(by, incidentId);
		UUID id = store(by, incidentId, null, input, upload, requestTaskId);
		return records.find(id).map(l -> view(l, last(id), false)).orElseThrow();
	}

	private UUID store(Actor by, UUID incidentId, UUID reportId, NewEvidence input, Upload upload, UUID requestTaskId) {
		Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
		ContentStore.Stored stored = upload == null ? null : store.store(upload.content());
		if (stored != null && input.sha256() != null && !input.sha256().equalsIgnoreCase(stored.sha256())) {
			throw new RejectedInputException("sha256", "evidence.sha256.mismatch", stored.sha256());
		}
		boolean mail = stored != null && isMail(input.kind(), upload);
		InertMail.Parsed parsed = mail ? InertMail.parse(store.path(stored.sha256())) : null;
		String number = numbers.next(by.organisation(), "EV", now);
		UUID id = UUID.randomUUID();
		String collectedBy = blank(input.collectedBy()) == null ? by.displayName() : input.collectedBy().strip();
		Instant collectedAt = input.collectedAt() == null ? now : input.collectedAt().truncatedTo(ChronoUnit.MICROS);
		transaction.executeWithoutResult(status -> {
			if (stored != null) {
				records.rememberBlob(stored.sha256(), stored.size(), now);
			}
			records.insert(new EvidenceRecords.Row(id, by.organisation().value(), incidentId, reportId, number,
					input.kind(),
					input.volatilityRank() == null ? input.kind().defaultVolatility() : input.volatilityRank(),
					input.title().strip(), input.sourceAssetId(), collectedBy, collectedAt, blank(input.method()),
					blank(input.storageLocation()), stored != null ? Long.valueOf(stored.size()) : input.sizeBytes(),
					stored != null ? stored.sha256() : lower(input.sha256()), stored == null ? null : stored.sha256(),
					upload == null ? null : fileName(upload.fileName()), upload == null ? null : upload.mediaType(),
					blank(input.notes()), by.id(), by.displayName(), now, requestTaskId));
			records.appendCustody(id, new CustodyEntry(1, null, collectedBy, collectedAt, CustodyEntry.COLLECTED,
					blank(input.storageLocation()), null, by.username(), now));
			if (parsed != null) {
				records.insertMail(id, parsed);
				if (incidentId != null) {
					observables.linkFound(by, incidentId, parsed.observables(), number);
				}
				else {
					observables.keepFound(by, id, parsed.observables());
				}
			}
			events
				.publishEvent(
						AuditEvent.by(by)
							.did("EVIDENCE_REGISTERED")
							.on("EVIDENCE", id)
							.with("number", number)
							.with("title", input.title())
							.summary(
									number + " " + input.title()
											+ (stored == null ? "" : " sha256=" + stored.sha256()
													+ (stored.alreadyPresent() ? " (content already stored)" : "")))
							.at(now));
			if (incidentId != null) {
				events.publishEvent(new EvidenceCollected(by.organisation(), incidentId, id, input.kind()));
			}
		});
		return id;
	}

	/**
	 * The incident's items and those of the reports linked to it, most volatile first.
	 */
	public List<EvidenceView> forIncident(Actor by, UUID incidentId) {
		List<UUID> linked = incidents.get(by, incidentId)
			.reports()
			.stream()
			.map(IncidentView.LinkedReport::id)
			.toList();
		var holders = records.lastCustodyOfIncident(incidentId, linked);
		return records.forIncident(incidentId, linked)
			.stream()
			.map(l -> view(l, holders.get(l.row().id()), false))
			.toList();
	}

	/** The items of a report, for those who may read the report. */
	public List<EvidenceView> forReport(Actor by, UUID reportId) {
		reports.get(by, reportId);
		return records.forReport(reportId).stream().map(l -> view(l, last(l.row().id()), false)).toList();
	}

	public EvidenceView get(Actor by, UUID id) {
		EvidenceRecords.Located located = locate(by, id);
		return view(located, last(id), true);
	}

	public List<CustodyEntry> custody(Actor by, UUID id) {
		locate(by, id);
		return records.custody(id);
	}

	/**
	 * Appends a custody entry; past entries are never changed, a correction is a new
	 * entry naming the one it corrects.
	 */
	public CustodyEntry transfer(Actor by, UUID id, CustodyTransfer transfer) {
		Permission.CHANGE.demand(by);
		locate(by, id);
		Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
		return transaction.execute(status -> {
			List<CustodyEntry> chain = records.custody(id);
			if (transfer.correctsPosition() != null
					&& (transfer.correctsPosition() < 1 || transfer.correctsPosition() > chain.size())) {
				throw new RejectedInputException("correctsPosition", "custody.corrects.unknown",
						transfer.correctsPosition());
			}
			CustodyEntry last = chain.get(chain.size() - 1);
			CustodyEntry entry = new CustodyEntry(chain.size() + 1, last.toHolder(), transfer.toHolder().strip(),
					transfer.transferredAt() == null ? now : transfer.transferredAt().truncatedTo(ChronoUnit.MICROS),
					transfer.purpose().strip(), blank(transfer.location()), transfer.correctsPosition(), by.username(),
					now);
			records.appendCustody(id, entry);
			events.publishEvent(AuditEvent.by(by)
				.did("CUSTODY_TRANSFERRED")
				.on("EVIDENCE", id)
				.with("from", entry.fromHolder())
				.with("to", entry.toHolder())
				.with("purpose", entry.purpose())
				.summary(entry.fromHolder() + " -> " + entry.toHolder() + ": " + entry.purpose())
				.at(now));
			return entry;
		});
	}

	/**
	 * Re-reads the stored file, compares its SHA-256 with the recorded one, and records
	 * the download.
	 */
	public Download download(Actor by, UUID id) {
		EvidenceRecords.Located located = locate(by, id);
		String recorded = located.row().blobSha256();
		if (recorded == null) {
			throw new NotFoundException("evidence file", id);
		}
		String actual;
		try {
			actual = store.rehash(recorded);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		boolean intact = actual.equals(recorded);
		Instant now = Instant.now(clock);
		transaction.executeWithoutResult(status -> events.publishEvent(AuditEvent.by(by)
			.did(intact ? "EVIDENCE_DOWNLOADED" : "EVIDENCE_INTEGRITY_FAILED")
			.on("EVIDENCE", id)
			.with("number", located.row().number())
			.with("sha256", actual)
			.summary(located.row().number() + " sha256=" + actual)
			.at(now)));
		return new Download(view(located, last(id), false), intact, actual, () -> store.open(recorded));
	}

	private EvidenceRecords.Located locate(Actor by, UUID id) {
		EvidenceRecords.Located located = records.find(id)
			.filter(l -> l.organisationId().equals(by.organisation().value()))
			.orElseThrow(() -> new NotFoundException("evidence", id));
		if (located.row().incidentId() != null) {
			incidents.get(by, located.row().incidentId());
		}
		else {
			reports.get(by, located.row().reportId());
		}
		return located;
	}

	private CustodyEntry last(UUID id) {
		List<CustodyEntry> chain = records.custody(id);
		return chain.isEmpty() ? null : chain.get(chain.size() - 1);
	}

	private EvidenceView view(EvidenceRecords.Located located, CustodyEntry last, boolean withMail) {
		EvidenceRecords.Row r = located.row();
		return new EvidenceView(r.id(), r.number(), r.incidentId(), r.reportId(), r.kind(), r.volatilityRank(),
				r.title(), r.sourceAssetId(), r.collectedBy(), r.collectedAt(), r.method(), r.storageLocation(),
				r.sizeBytes(), r.sha256(), r.blobSha256() != null, r.fileName(), r.mediaType(), r.notes(),
				r.registeredByName(), r.registeredAt(), last == null ? null : last.toHolder(),
				last == null ? null : last.location(), withMail ? records.mail(r.id()).orElse(null) : null,
				r.requestTaskId());
	}

	private static boolean isMail(EvidenceKind kind, Upload upload) {
		String name = upload.fileName() == null ? "" : upload.fileName().toLowerCase(Locale.ROOT);
		return kind == EvidenceKind.MAIL || name.endsWith(".eml")
				|| "message/rfc822".equalsIgnoreCase(upload.mediaType());
	}

	private static String fileName(String name) {
		if (name == null || name.isBlank()) {
			return null;
		}
		String base = name.replace('\\', '/');
		base = base.substring(base.lastIndexOf('/') + 1);
		return base.length() > 255 ? base.substring(base.length() - 255) : base;
	}

	private static String blank(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static String lower(String value) {
		return value == null ? null : value.toLowerCase(Locale.ROOT);
	}

}
