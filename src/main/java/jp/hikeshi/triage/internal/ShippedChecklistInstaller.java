package jp.hikeshi.triage.internal;

import java.util.List;
import java.util.UUID;

import jp.hikeshi.shared.OrganisationId;
import jp.hikeshi.triage.Checklists;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * On start, gives every organisation the shipped check list of each category it does not
 * have yet, and the newer shipped wording of those it never edited; lists an
 * administrator changed are left alone (TRI-1).
 */
@Component
class ShippedChecklistInstaller implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(ShippedChecklistInstaller.class);

	private final Checklists checklists;

	private final JdbcClient jdbc;

	ShippedChecklistInstaller(Checklists checklists, JdbcClient jdbc) {
		this.checklists = checklists;
		this.jdbc = jdbc;
	}

	@Override
	public void run(ApplicationArguments args) {
		List<OrganisationId> organisations = jdbc.sql("SELECT id FROM organisation ORDER BY id")
			.query((rs, n) -> new OrganisationId(rs.getObject("id", UUID.class)))
			.list();
		for (OrganisationId organisation : organisations) {
			int installed = checklists.installShipped(organisation);
			if (installed > 0) {
				log.info("Installed or refreshed {} shipped check lists for organisation {}", installed, organisation);
			}
		}
	}

}
