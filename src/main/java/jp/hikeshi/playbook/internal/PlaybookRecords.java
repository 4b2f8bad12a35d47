package jp.hikeshi.playbook.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jp.hikeshi.shared.OrganisationId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The stored playbooks and their versions; a version row keeps its document's text and a
 * few columns for lists.
 */
@Repository
public class PlaybookRecords {

	/**
	 * A stored version as a row: the document text and what lists show without reading
	 * it.
	 */
	public record VersionRow(UUID id, String code, int version, String titleJa, String titleEn, List<String> categories,
			int taskCount, String source, Instant createdAt, String createdBy, Instant retiredAt) {
	}

	/** The size of the source column: a document as stored (YAML) may not be longer. */
	public static final int MAX_SOURCE = 200_000;

	private static final String SELECT = """
			SELECT v.*, p.retired_at FROM playbook_version v
			JOIN playbook p ON p.organisation_id = v.organisation_id AND p.code = v.code
			""";

	private final JdbcClient jdbc;

	PlaybookRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Creates the playbook with version 1 unless its code exists; false when it did. */
	public boolean createIfAbsent(OrganisationId organisation, String code, Instant at) {
		return jdbc.sql("""
				INSERT INTO playbook (organisation_id, code, latest_version, retired_at, created_at)
				VALUES (?, ?, 1, NULL, ?) ON CONFLICT DO NOTHING""")
			.params(organisation.value(), code, utc(at))
			.update() == 1;
	}

	/**
	 * Moves the playbook from version {@code from} to {@code from + 1}; false when
	 * another write came first.
	 */
	public boolean advance(OrganisationId organisation, String code, int from) {
		return jdbc
			.sql("UPDATE playbook SET latest_version = ? WHERE organisation_id = ? AND code = ? AND latest_version = ?")
			.params(from + 1, organisation.value(), code, from)
			.update() == 1;
	}

	public Optional<Integer> latestNumber(OrganisationId organisation, String code) {
		return jdbc.sql("SELECT latest_version FROM playbook WHERE organisation_id = ? AND code = ?")
			.params(organisation.value(), code)
			.query(Integer.class)
			.optional();
	}

	public void insertVersion(OrganisationId organisation, UUID id, PlaybookDocument doc, int version, String source,
			Instant at, String by) {
		jdbc.sql("""
				INSERT INTO playbook_version (id, organisation_id, code, version_number, title_ja, title_en, categories,
				    task_count, source, created_at, created_by)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, organisation.value(), doc.code(), version, doc.title().ja(), doc.title().en(),
					String.join(",", doc.categories()), doc.tasks().size(), source, utc(at), by)
			.update();
	}

	public boolean retire(OrganisationId organisation, String code, Instant at) {
		return jdbc
			.sql("UPDATE playbook SET retired_at = ? WHERE organisation_id = ? AND code = ? AND retired_at IS NULL")
			.params(utc(at), organisation.value(), code)
			.update() == 1;
	}

	public boolean restore(OrganisationId organisation, String code) {
		return jdbc.sql(
				"UPDATE playbook SET retired_at = NULL WHERE organisation_id = ? AND code = ? AND retired_at IS NOT NULL")
			.params(organisation.value(), code)
			.update() == 1;
	}

	/** The latest version of every playbook, by code; retired ones only when asked. */
	public List<VersionRow> latest(OrganisationId organisation, boolean includeRetired) {
		return jdbc
			.sql(SELECT + " WHERE v.organisation_id = ? AND v.version_number = p.latest_version"
					+ (includeRetired ? "" : " AND p.retired_at IS NULL") + " ORDER BY v.code")
			.param(organisation.value())
			.query(PlaybookRecords::row)
			.list();
	}

	public Optional<VersionRow> latest(OrganisationId organisation, String code) {
		return jdbc.sql(SELECT + " WHERE v.organisation_id = ? AND v.code = ? AND v.version_number = p.latest_version")
			.params(organisation.value(), code)
			.query(PlaybookRecords::row)
			.optional();
	}

	public Optional<VersionRow> version(OrganisationId organisation, String code, int version) {
		return jdbc.sql(SELECT + " WHERE v.organisation_id = ? AND v.code = ? AND v.version_number = ?")
			.params(organisation.value(), code, version)
			.query(PlaybookRecords::row)
			.optional();
	}

	public Optional<VersionRow> version(OrganisationId organisation, UUID id) {
		return jdbc.sql(SELECT + " WHERE v.organisation_id = ? AND v.id = ?")
			.params(organisation.value(), id)
			.query(PlaybookRecords::row)
			.optional();
	}

	/** Every version of one playbook, newest first. */
	public List<VersionRow> history(OrganisationId organisation, String code) {
		return jdbc.sql(SELECT + " WHERE v.organisation_id = ? AND v.code = ? ORDER BY v.version_number DESC")
			.params(organisation.value(), code)
			.query(PlaybookRecords::row)
			.list();
	}

	public long countVersions(OrganisationId organisation) {
		return jdbc.sql("SELECT COUNT(*) FROM playbook_version WHERE organisation_id = ?")
			.param(organisation.value())
			.query(Long.class)
			.single();
	}

	public List<OrganisationId> organisations() {
		return jdbc.sql("SELECT id FROM organisation ORDER BY id")
			.query((rs, n) -> new OrganisationId(rs.getObject("id", UUID.class)))
			.list();
	}

	private static VersionRow row(ResultSet rs, int n) throws SQLException {
		String categories = rs.getString("categories");
		OffsetDateTime retired = rs.getObject("retired_at", OffsetDateTime.class);
		return new VersionRow(rs.getObject("id", UUID.class), rs.getString("code"), rs.getInt("version_number"),
				rs.getString("title_ja"), rs.getString("title_en"),
				categories.isEmpty() ? List.of() : List.of(categories.split(",")), rs.getInt("task_count"),
				rs.getString("source"), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
				rs.getString("created_by"), retired == null ? null : retired.toInstant());
	}

	private static OffsetDateTime utc(Instant at) {
		return at.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
	}

}
