package jp.hikeshi.directory;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jp.hikeshi.audit.AuditEvent;
import jp.hikeshi.directory.internal.OrganisationRecords;
import jp.hikeshi.identity.Actor;
import jp.hikeshi.identity.Role;
import jp.hikeshi.shared.Bilingual;
import jp.hikeshi.shared.FieldProblem;
import jp.hikeshi.shared.OrganisationId;
import jp.hikeshi.shared.RejectedInputException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisation's own settings: its name and whether it is a public body (行政機関等),
 * which changes the APPI reporting thresholds the reporting module applies.
 */
@Service
@Transactional
public class OrganisationSettings {

	private final OrganisationRecords records;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	OrganisationSettings(OrganisationRecords records, ApplicationEventPublisher events, Clock clock) {
		this.records = records;
		this.events = events;
		this.clock = clock;
	}

	/** What an organisation is called and what kind of body it is. */
	public record Settings(String name, boolean publicBody) {
	}

	@Transactional(readOnly = true)
	public Settings get(OrganisationId organisation) {
		return records.settings(organisation);
	}

	public Settings change(Actor by, Settings settings) {
		if (!by.has(Role.ADMIN)) {
			throw new AccessDeniedException("organisation settings are changed by administrators");
		}
		if (settings.name() == null || settings.name().isBlank() || settings.name().length() > 200) {
			throw new RejectedInputException("name", "organisation.name.required");
		}
		records.change(by.organisation(), settings.name().strip(), settings.publicBody());
		events.publishEvent(AuditEvent.by(by.organisation(), by.username(), by.id())
			.did("ORGANISATION_CHANGED")
			.on("ORGANISATION", by.organisation())
			.with("name", settings.name().strip())
			.summary(settings.name().strip() + (settings.publicBody() ? " (public body)" : " (private business)"))
			.at(Instant.now(clock)));
		return get(by.organisation());
	}

	/** The organisation's names and kind (GEN-2); kind is null until it is chosen. */
	public record Profile(String nameJa, String nameEn, OrganisationKind kind) {

		public boolean publicBody() {
			return kind == OrganisationKind.PUBLIC_BODY;
		}
	}

	@Transactional(readOnly = true)
	public Profile profile(OrganisationId organisation) {
		return records.profile(organisation);
	}

	/**
	 * The organisation's name in the language, e.g. for documents: the English name in
	 * English when there is one.
	 */
	@Transactional(readOnly = true)
	public String name(OrganisationId organisation, Locale locale) {
		Profile profile = profile(organisation);
		return new Bilingual(profile.nameJa(), profile.nameEn()).in(locale);
	}

	/**
	 * Sets both names and the kind; the kind decides whether the organisation is a public
	 * body.
	 */
	public Profile describe(Actor by, Profile profile) {
		if (!by.has(Role.ADMIN)) {
			throw new AccessDeniedException("organisation settings are changed by administrators");
		}
		List<FieldProblem> problems = problems(profile, "");
		if (!problems.isEmpty()) {
			throw new RejectedInputException(problems);
		}
		String en = profile.nameEn() == null || profile.nameEn().isBlank() ? null : profile.nameEn().strip();
		records.describe(by.organisation(), new Profile(profile.nameJa().strip(), en, profile.kind()));
		events.publishEvent(AuditEvent.by(by.organisation(), by.username(), by.id())
			.did("ORGANISATION_CHANGED")
			.on("ORGANISATION", by.organisation())
			.with("name", profile.nameJa().strip())
			.with("name_en", en)
			.summary(profile.nameJa().strip() + (en == null ? "" : " / " + en) + " (" + profile.kind() + ")")
			.at(Instant.now(clock)));
		return profile(by.organisation());
	}

	/**
	 * The faults of a profile, each field (nameJa, nameEn, kind) named under the prefix.
	 */
	public static List<FieldProblem> problems(Profile profile, String prefix) {
		List<FieldProblem> problems = new ArrayList<>();
		if (profile.nameJa() == null || profile.nameJa().isBlank() || profile.nameJa().strip().length() > 200) {
			problems.add(new FieldProblem(prefix + "nameJa", "organisation.name.required"));
		}
		if (profile.nameEn() != null && profile.nameEn().strip().length() > 200) {
			problems.add(new FieldProblem(prefix + "nameEn", "organisation.name.required"));
		}
		if (profile.kind() == null) {
			problems.add(new FieldProblem(prefix + "kind", "setup.organisation.kind.required"));
		}
		return problems;
	}

}
