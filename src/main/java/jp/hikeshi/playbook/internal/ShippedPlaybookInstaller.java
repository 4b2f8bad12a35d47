package jp.hikeshi.playbook.internal;

import jp.hikeshi.playbook.Playbooks;
import jp.hikeshi.shared.OrganisationId;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * On start, gives every organisation the shipped playbooks whose codes it does not have
 * yet, and the newer shipped text of those it never edited. Insert-if-absent on the
 * playbook's code (and the version lock) keeps this idempotent when several instances
 * start at once, and leaves an organisation's own versions (and retirements) alone.
 */
@Component
class ShippedPlaybookInstaller implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(ShippedPlaybookInstaller.class);

	private final Playbooks playbooks;

	private final PlaybookRecords records;

	ShippedPlaybookInstaller(Playbooks playbooks, PlaybookRecords records) {
		this.playbooks = playbooks;
		this.records = records;
	}

	@Override
	public void run(ApplicationArguments args) {
		var texts = ShippedPlaybooks.texts();
		for (OrganisationId organisation : records.organisations()) {
			int installed = 0;
			for (String text : texts) {
				try {
					installed += playbooks.installIfAbsent(organisation, text) ? 1 : 0;
				}
				catch (RuntimeException ex) {
					// a broken shipped document must not keep the application from
					// starting; its test fails instead
					log.error("Shipped playbook not installed: {}", text.lines().findFirst().orElse(""), ex);
				}
			}
			if (installed > 0) {
				log.info("Installed or updated {} shipped playbooks for organisation {}", installed, organisation);
			}
		}
	}

}
