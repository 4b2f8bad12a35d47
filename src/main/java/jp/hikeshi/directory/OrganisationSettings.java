package jp.hikeshi.directory;

import java.time.Clock;
import java.time.Instant;

import jp.hikeshi.audit.AuditEvent;
import jp.hikeshi.identity.Actor;
import jp.hikeshi.identity.Role;
import jp.hikeshi.shared.OrganisationId;
import jp.hikeshi.shared.RejectedInputException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisation's own settings: its name and whether it is a public body (行政機関等), which changes the APPI
 * reporting thresholds the reporting module applies.
 */
@Service
@Transactional
public class OrganisationSettings {

	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	OrganisationSettings(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/** What an organisation is called and what kind of body it is. */
	public record Settings(String name, boolean publicBody) {
	}

	@Transactional(readOnly = true)
	public Settings get(OrganisationId organisation) {
		return jdbc.sql("SELECT name, public_body FROM organisation WHERE id = ?")
			.param(organisation.value())
			.query((rs, n) -> new Settings(rs.getString("name"), rs.getBoolean("public_body")))
			.single();
	}

	public Settings change(Actor by, Settings settings) {
		if (!by.has(Role.ADMIN)) {
			throw new AccessDeniedException("organisation settings are changed by administrators");
		}
		if (settings.name() == null || settings.name().isBlank() || settings.name().length() > 200) {
			throw new RejectedInputException("name", "organisation.name.required");
		}
		jdbc.sql("UPDATE organisation SET name = ?, public_body = ? WHERE id = ?")
			.params(settings.name().strip(), settings.publicBody(), by.organisation().value())
			.update();
		events.publishEvent(new AuditEvent(by.organisation(), Instant.now(clock), by.username(), by.id(),
				"ORGANISATION_CHANGED", "ORGANISATION", by.organisation().toString(),
				settings.name().strip() + (settings.publicBody() ? " (public body)" : " (private business)")));
		return get(by.organisation());
	}
}
