package jp.hikeshi.incident.internal;

import java.util.List;
import java.util.Optional;

import jp.hikeshi.incident.PriorityMatrix;
import jp.hikeshi.incident.PriorityScheme;
import jp.hikeshi.incident.Urgency;
import jp.hikeshi.shared.OrganisationId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The stored priority setting of each organisation: its default scheme and the cells it
 * changed.
 */
@Component
public class PriorityRecords {

	private final JdbcClient jdbc;

	PriorityRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<PriorityScheme> scheme(OrganisationId organisation) {
		return jdbc.sql("SELECT scheme FROM priority_setting WHERE organisation_id = ?")
			.param(organisation.value())
			.query(String.class)
			.optional()
			.map(PriorityScheme::valueOf);
	}

	public List<PriorityMatrix.Cell> cells(OrganisationId organisation, PriorityScheme scheme) {
		return jdbc
			.sql("SELECT severity, urgency, priority FROM priority_cell WHERE organisation_id = ? AND scheme = ?")
			.params(organisation.value(), scheme.name())
			.query((rs, n) -> new PriorityMatrix.Cell(rs.getString("severity"),
					Urgency.valueOf(rs.getString("urgency")), rs.getInt("priority")))
			.list();
	}

	/**
	 * Makes the scheme the organisation's default and replaces that scheme's cells by the
	 * matrix's.
	 */
	public void store(OrganisationId organisation, PriorityScheme scheme, PriorityMatrix matrix) {
		int updated = jdbc
			.sql("UPDATE priority_setting SET scheme = ?, version = version + 1 WHERE organisation_id = ?")
			.params(scheme.name(), organisation.value())
			.update();
		if (updated == 0) {
			jdbc.sql("INSERT INTO priority_setting (organisation_id, scheme, version) VALUES (?, ?, 0)")
				.params(organisation.value(), scheme.name())
				.update();
		}
		jdbc.sql("DELETE FROM priority_cell WHERE organisation_id = ? AND scheme = ?")
			.params(organisation.value(), scheme.name())
			.update();
		for (PriorityMatrix.Cell cell : matrix.cellList()) {
			jdbc.sql(
					"INSERT INTO priority_cell (organisation_id, scheme, severity, urgency, priority) VALUES (?, ?, ?, ?, ?)")
				.params(organisation.value(), scheme.name(), cell.severity(), cell.urgency().name(), cell.priority())
				.update();
		}
	}

}
