package jp.hikeshi.reporting.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Assessment revisions and the legal deadlines in force, in plain SQL that runs on H2 and
 * PostgreSQL.
 */
@Repository
public class AssessmentRecords {

	private final JdbcClient jdbc;

	AssessmentRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** One stored revision. */
	public record Row(UUID organisationId, UUID incidentId, int revision, boolean personalInfo, boolean sensitive,
			boolean financial, boolean myNumber, boolean otherKinds, Integer personsExact, Integer personsMin,
			Integer personsMax, boolean unauthorisedPurpose, boolean stronglyEncrypted, String outsourcing,
			boolean publicBody, Instant becameAwareAt, String notes, boolean ppcReportRequired, boolean noticeRequired,
			String rules, Instant preliminaryWarnAt, Instant preliminaryDueAt, Instant finalDueAt, UUID assessedBy,
			String assessedByName, Instant assessedAt, String counterpartBody, boolean jointReport,
			Instant incidentAwareAt) {
	}

	/**
	 * A deadline in force; {@code releasedBy} names the obligation whose fulfilment
	 * releases it, and a released one carries {@code releasedAt} and counts as done
	 * ({@code metAt} holds the same moment) for the board and reminders.
	 */
	public record Deadline(UUID organisationId, UUID incidentId, String kind, boolean required, String rule,
			Instant warnAt, Instant dueAt, Instant metAt, String releasedBy, Instant releasedAt) {

		public Deadline(UUID organisationId, UUID incidentId, String kind, boolean required, String rule,
				Instant warnAt, Instant dueAt, Instant metAt) {
			this(organisationId, incidentId, kind, required, rule, warnAt, dueAt, metAt, null, null);
		}
	}

	public boolean publicBody(UUID organisationId) {
		return jdbc.sql("SELECT public_body FROM organisation WHERE id = :id")
			.param("id", organisationId)
			.query(Boolean.class)
			.optional()
			.orElse(false);
	}

	public int nextRevision(UUID incidentId) {
		Integer max = jdbc.sql("SELECT MAX(revision) FROM privacy_assessment WHERE incident_id = :i")
			.param("i", incidentId)
			.query(Integer.class)
			.optional()
			.orElse(null);
		return max == null ? 1 : max + 1;
	}

	public void insert(Row r) {
		jdbc.sql(
				"""
						INSERT INTO privacy_assessment (organisation_id, incident_id, revision, personal_info, sensitive, financial,
						  my_number, other_kinds, persons_exact, persons_min, persons_max, unauthorised_purpose, strongly_encrypted,
						  outsourcing, public_body, became_aware_at, notes, ppc_report_required, notice_required, rules_fired,
						  preliminary_warn_at, preliminary_due_at, final_due_at, assessed_by, assessed_by_name, assessed_at, counterpart_body,
						  joint_report, incident_aware_at)
						VALUES (:org, :inc, :rev, :pi, :sens, :fin, :mn, :other, :exact, :min, :max, :up, :enc, :outs, :pub, :aware,
						  :notes, :ppc, :notice, :rules, :pwarn, :pdue, :fdue, :by, :byName, :at, :counterpart, :joint, :incidentAware)""")
			.param("org", r.organisationId())
			.param("inc", r.incidentId())
			.param("rev", r.revision())
			.param("pi", r.personalInfo())
			.param("sens", r.sensitive())
			.param("fin", r.financial())
			.param("mn", r.myNumber())
			.param("other", r.otherKinds())
			.param("exact", r.personsExact())
			.param("min", r.personsMin())
			.param("max", r.personsMax())
			.param("up", r.unauthorisedPurpose())
			.param("enc", r.stronglyEncrypted())
			.param("outs", r.outsourcing())
			.param("pub", r.publicBody())
			.param("aware", utc(r.becameAwareAt()))
			.param("notes", r.notes())
			.param("ppc", r.ppcReportRequired())
			.param("notice", r.noticeRequired())
			.param("rules", r.rules())
			.param("pwarn", utc(r.preliminaryWarnAt()))
			.param("pdue", utc(r.preliminaryDueAt()))
			.param("fdue", utc(r.finalDueAt()))
			.param("by", r.assessedBy())
			.param("byName", r.assessedByName())
			.param("at", utc(r.assessedAt()))
			.param("counterpart", r.counterpartBody())
			.param("joint", r.jointReport())
			.param("incidentAware", utc(r.incidentAwareAt()))
			.update();
	}

	public Optional<Row> latest(UUID incidentId) {
		return jdbc.sql("SELECT * FROM privacy_assessment WHERE incident_id = :i ORDER BY revision DESC LIMIT 1")
			.param("i", incidentId)
			.query(AssessmentRecords::row)
			.optional();
	}

	public List<Row> history(UUID incidentId) {
		return jdbc.sql("SELECT * FROM privacy_assessment WHERE incident_id = :i ORDER BY revision DESC LIMIT 200")
			.param("i", incidentId)
			.query(AssessmentRecords::row)
			.list();
	}

	/**
	 * Replaces the deadlines of an incident, keeping when each one still in force was
	 * met; a release is kept only while the new deadline can still be released, so a
	 * contractor that becomes a principal owes its reports again.
	 */
	public void replaceDeadlines(UUID incidentId, List<Deadline> deadlines) {
		List<Deadline> before = deadlines(incidentId);
		jdbc.sql("DELETE FROM legal_deadline WHERE incident_id = :i").param("i", incidentId).update();
		for (Deadline d : deadlines) {
			Deadline old = before.stream().filter(b -> b.kind().equals(d.kind())).findFirst().orElse(null);
			Instant released = old != null && d.releasedBy() != null ? old.releasedAt() : null;
			Instant met = old == null ? null : old.releasedAt() == null ? old.metAt() : released;
			jdbc.sql(
					"""
							INSERT INTO legal_deadline (organisation_id, incident_id, kind, required, rule_code, warn_at, due_at, met_at,
							  released_by, released_at)
							VALUES (:org, :inc, :kind, :req, :rule, :warn, :due, :met, :releasedBy, :releasedAt)""")
				.param("org", d.organisationId())
				.param("inc", incidentId)
				.param("kind", d.kind())
				.param("req", d.required())
				.param("rule", d.rule())
				.param("warn", utc(d.warnAt()))
				.param("due", utc(d.dueAt()))
				.param("met", utc(met != null ? met : d.metAt()))
				.param("releasedBy", d.releasedBy())
				.param("releasedAt", utc(released))
				.update();
		}
	}

	/**
	 * Releases the unmet deadlines that the fulfilment of {@code byKind} releases; they
	 * leave the board and reminders.
	 */
	public void release(UUID incidentId, String byKind, Instant at) {
		jdbc.sql("""
				UPDATE legal_deadline SET released_at = :at, met_at = :at
				WHERE incident_id = :i AND released_by = :k AND met_at IS NULL""")
			.param("at", utc(at))
			.param("i", incidentId)
			.param("k", byKind)
			.update();
	}

	public List<Deadline> deadlines(UUID incidentId) {
		return jdbc.sql("SELECT * FROM legal_deadline WHERE incident_id = :i ORDER BY due_at, kind")
			.param("i", incidentId)
			.query(AssessmentRecords::deadline)
			.list();
	}

	/** Required, unmet deadlines of the organisation, the one due first on top. */
	public List<Deadline> open(UUID organisationId, long offset, int limit) {
		return jdbc.sql("""
				SELECT * FROM legal_deadline WHERE organisation_id = :org AND met_at IS NULL AND required
				ORDER BY due_at, incident_id, kind LIMIT :limit OFFSET :offset""")
			.param("org", organisationId)
			.param("limit", limit)
			.param("offset", offset)
			.query(AssessmentRecords::deadline)
			.list();
	}

	public long countOpen(UUID organisationId) {
		return jdbc
			.sql("SELECT COUNT(*) FROM legal_deadline WHERE organisation_id = :org AND met_at IS NULL AND required")
			.param("org", organisationId)
			.query(Long.class)
			.single();
	}

	/**
	 * Every required, unmet deadline whose warning time has passed, across organisations
	 * (for the reminder job).
	 */
	public List<Deadline> reminderCandidates(Instant now, int limit) {
		return jdbc.sql("""
				SELECT * FROM legal_deadline WHERE met_at IS NULL AND required AND warn_at <= :now
				ORDER BY due_at LIMIT :limit""")
			.param("now", utc(now))
			.param("limit", limit)
			.query(AssessmentRecords::deadline)
			.list();
	}

	public void markMet(UUID incidentId, String kind, Instant at) {
		jdbc.sql("UPDATE legal_deadline SET met_at = :at WHERE incident_id = :i AND kind = :k AND met_at IS NULL")
			.param("at", utc(at))
			.param("i", incidentId)
			.param("k", kind)
			.update();
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		return new Row(rs.getObject("organisation_id", UUID.class), rs.getObject("incident_id", UUID.class),
				rs.getInt("revision"), rs.getBoolean("personal_info"), rs.getBoolean("sensitive"),
				rs.getBoolean("financial"), rs.getBoolean("my_number"), rs.getBoolean("other_kinds"),
				integer(rs, "persons_exact"), integer(rs, "persons_min"), integer(rs, "persons_max"),
				rs.getBoolean("unauthorised_purpose"), rs.getBoolean("strongly_encrypted"), rs.getString("outsourcing"),
				rs.getBoolean("public_body"), instant(rs, "became_aware_at"), rs.getString("notes"),
				rs.getBoolean("ppc_report_required"), rs.getBoolean("notice_required"), rs.getString("rules_fired"),
				instant(rs, "preliminary_warn_at"), instant(rs, "preliminary_due_at"), instant(rs, "final_due_at"),
				rs.getObject("assessed_by", UUID.class), rs.getString("assessed_by_name"), instant(rs, "assessed_at"),
				rs.getString("counterpart_body"), rs.getBoolean("joint_report"), instant(rs, "incident_aware_at"));
	}

	private static Deadline deadline(ResultSet rs, int n) throws SQLException {
		return new Deadline(rs.getObject("organisation_id", UUID.class), rs.getObject("incident_id", UUID.class),
				rs.getString("kind"), rs.getBoolean("required"), rs.getString("rule_code"), instant(rs, "warn_at"),
				instant(rs, "due_at"), instant(rs, "met_at"), rs.getString("released_by"), instant(rs, "released_at"));
	}

	static Integer integer(ResultSet rs, String column) throws SQLException {
		int v = rs.getInt(column);
		return rs.wasNull() ? null : v;
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
		return t == null ? null : t.toInstant();
	}

	static OffsetDateTime utc(Instant instant) {
		return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
	}

}
