package jp.hikeshi.directory;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jp.hikeshi.audit.AuditEvent;
import jp.hikeshi.directory.internal.Editors;
import jp.hikeshi.directory.internal.OutsideBodyRecords;
import jp.hikeshi.directory.internal.UserAccounts;
import jp.hikeshi.identity.Actor;
import jp.hikeshi.shared.OrganisationId;
import jp.hikeshi.shared.RejectedInputException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outside bodies of the directory: preloaded from the reference list, their numbers
 * and notes filled in locally.
 */
@Service
@Transactional(readOnly = true)
public class OutsideBodies {

	private final OutsideBodyRecords records;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	OutsideBodies(OutsideBodyRecords records, ApplicationEventPublisher events, Clock clock) {
		this.records = records;
		this.events = events;
		this.clock = clock;
	}

	public List<OutsideBody> all(OrganisationId organisation) {
		return records.all(organisation);
	}

	public Optional<OutsideBody> find(OrganisationId organisation, String code) {
		return all(organisation).stream().filter(b -> b.code().equals(code)).findFirst();
	}

	/** Changes an outside body's details, or adds one under a new code. */
	@Transactional
	public OutsideBody save(Actor by, String code, OutsideBodyInput input) {
		Editors.requireDirectoryEditor(by);
		if (code == null || !code.matches("[A-Z][A-Z0-9_]{1,39}")) {
			throw new RejectedInputException("code", "directory.body.code.pattern");
		}
		if (input.url() != null && !input.url().isBlank() && !input.url().strip().matches("(?i)https?://\\S+")) {
			throw new RejectedInputException("url", "directory.body.url.invalid");
		}
		String ja = input.nameJa().strip();
		String en = UserAccounts.clean(input.nameEn()) == null ? ja : input.nameEn().strip();
		Optional<OutsideBody> existing = find(by.organisation(), code);
		int sort = input.sortOrder() != null ? input.sortOrder()
				: existing.map(OutsideBody::sortOrder).orElse(10 * (all(by.organisation()).size() + 1));
		records.store(by.organisation(),
				new OutsideBody(code, ja, en, UserAccounts.clean(input.purposeJa()),
						UserAccounts.clean(input.purposeEn()), UserAccounts.clean(input.phone()),
						UserAccounts.clean(input.email()), UserAccounts.clean(input.url()),
						UserAccounts.clean(input.notes()), sort, 0),
				existing.isPresent());
		events.publishEvent(AuditEvent.by(by.organisation(), by.username(), by.id())
			.did(existing.isPresent() ? "OUTSIDE_BODY_UPDATED" : "OUTSIDE_BODY_CREATED")
			.on("OUTSIDE_BODY", code)
			.with("name", ja)
			.with("name_en", en)
			.summary(ja)
			.at(Instant.now(clock)));
		return find(by.organisation(), code).orElseThrow();
	}

}
