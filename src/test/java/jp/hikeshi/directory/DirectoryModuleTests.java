package jp.hikeshi.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import jp.hikeshi.audit.AuditEvent;
import jp.hikeshi.identity.Actor;
import jp.hikeshi.identity.Role;
import jp.hikeshi.shared.OrganisationId;

import jp.hikeshi.ModuleDatabase;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;

/**
 * The directory module with the modules it uses directly (shared, audit, identity),
 * without incidents, reports or anything else: registering a contact writes it and tells
 * the audit trail in the same transaction.
 */
@ContextConfiguration(initializers = ModuleDatabase.class)
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@DisplayName("Directory module with its direct dependencies: contacts are written and audited")
class DirectoryModuleTests {

	final ContactDirectory contacts;

	DirectoryModuleTests(ContactDirectory contacts) {
		this.contacts = contacts;
	}

	@Test
	@DisplayName("registering a contact publishes CONTACT_CREATED for the audit trail and finds the contact again")
	void registersAContactAndAuditsIt(Scenario scenario) {
		Actor admin = new Actor(UUID.randomUUID(), "module-admin", "モジュール 管理者", OrganisationId.DEFAULT,
				Set.of(Role.ADMIN), Locale.JAPANESE);
		String name = "連絡先 " + UUID.randomUUID();

		scenario
			.stimulate(() -> contacts.register(admin,
					new ContactInput(name, "情報システム部", "課長", "03-0000-0000", "module@example.jp", null)))
			.andWaitForEventOfType(AuditEvent.class)
			.matching(event -> "CONTACT_CREATED".equals(event.action()))
			.toArriveAndVerify((event, contact) -> {
				assertThat(event.organisation()).isEqualTo(OrganisationId.DEFAULT);
				assertThat(event.actor()).isEqualTo("module-admin");
				assertThat(event.objectId()).isEqualTo(contact.id().toString());
				assertThat(contacts.find(OrganisationId.DEFAULT, contact.id())).hasValueSatisfying(found -> {
					assertThat(found.name()).isEqualTo(name);
					assertThat(found.department()).isEqualTo("情報システム部");
				});
			});
	}

}
