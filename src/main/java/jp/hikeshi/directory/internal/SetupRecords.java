package jp.hikeshi.directory.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jp.hikeshi.shared.OrganisationId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The stored progress of the first-run set-up: one row per organisation. */
@Component
public class SetupRecords {

	/** The people the set-up names, each kept in the column {@code person_<slot>}. */
	public static final List<String> PERSON_SLOTS = List.of("responsible", "deputy", "desk", "system", "management",
			"pr", "legal");

	private final JdbcClient jdbc;

	SetupRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The progress so far; steps by name, people by slot, the vendor and its account. */
	public record Progress(Set<String> stepsDone, Map<String, UUID> people, UUID vendorId, UUID vendorUser,
			Instant completedAt, Instant skippedAt) {
	}

	public Progress load(OrganisationId organisation) {
		return jdbc.sql("SELECT * FROM setup_progress WHERE organisation_id = ?")
			.param(organisation.value())
			.query(SetupRecords::progress)
			.optional()
			.orElse(new Progress(Set.of(), Map.of(), null, null, null, null));
	}

	public void person(OrganisationId organisation, String slot, UUID userId, Instant now) {
		if (!PERSON_SLOTS.contains(slot)) {
			throw new IllegalArgumentException("unknown slot " + slot);
		}
		touch(organisation, now);
		jdbc.sql("UPDATE setup_progress SET person_" + slot + " = ? WHERE organisation_id = ?")
			.params(userId, organisation.value())
			.update();
	}

	public void vendor(OrganisationId organisation, UUID vendorId, UUID userId, Instant now) {
		touch(organisation, now);
		jdbc.sql("UPDATE setup_progress SET vendor_id = ?, vendor_user = ? WHERE organisation_id = ?")
			.params(vendorId, userId, organisation.value())
			.update();
	}

	public void stepDone(OrganisationId organisation, String step, Instant now) {
		Set<String> done = new LinkedHashSet<>(load(organisation).stepsDone());
		done.add(step);
		touch(organisation, now);
		jdbc.sql("UPDATE setup_progress SET steps_done = ? WHERE organisation_id = ?")
			.params(String.join(",", done), organisation.value())
			.update();
	}

	public void completed(OrganisationId organisation, Instant now) {
		touch(organisation, now);
		jdbc.sql("UPDATE setup_progress SET completed_at = COALESCE(completed_at, ?) WHERE organisation_id = ?")
			.params(now.atOffset(ZoneOffset.UTC), organisation.value())
			.update();
	}

	public void skipped(OrganisationId organisation, Instant now) {
		touch(organisation, now);
		jdbc.sql("UPDATE setup_progress SET skipped_at = COALESCE(skipped_at, ?) WHERE organisation_id = ?")
			.params(now.atOffset(ZoneOffset.UTC), organisation.value())
			.update();
	}

	private void touch(OrganisationId organisation, Instant now) {
		OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
		int updated = jdbc.sql("UPDATE setup_progress SET updated_at = ? WHERE organisation_id = ?")
			.params(at, organisation.value())
			.update();
		if (updated == 0) {
			jdbc.sql(
					"INSERT INTO setup_progress (organisation_id, steps_done, updated_at) VALUES (?, '', ?) ON CONFLICT DO NOTHING")
				.params(organisation.value(), at)
				.update();
		}
	}

	private static Progress progress(ResultSet rs, int n) throws SQLException {
		Map<String, UUID> people = new LinkedHashMap<>();
		for (String slot : PERSON_SLOTS) {
			UUID id = rs.getObject("person_" + slot, UUID.class);
			if (id != null) {
				people.put(slot, id);
			}
		}
		Set<String> steps = new LinkedHashSet<>();
		Arrays.stream(rs.getString("steps_done").split(",")).filter(s -> !s.isBlank()).forEach(steps::add);
		return new Progress(steps, people, rs.getObject("vendor_id", UUID.class),
				rs.getObject("vendor_user", UUID.class), instant(rs, "completed_at"), instant(rs, "skipped_at"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

}
