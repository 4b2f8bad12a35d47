package jp.hikeshi.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jp.hikeshi.shared.CurrentOrganisation;
import jp.hikeshi.shared.OrganisationId;
import jp.hikeshi.shared.PageRequest;

import jp.hikeshi.ModuleDatabase;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

/**
 * The audit module alone (with shared, which every module uses): an {@link AuditEvent}
 * published in a committed transaction becomes an entry of the hash chain, without any
 * other module's beans.
 */
@ContextConfiguration(initializers = ModuleDatabase.class)
@ApplicationModuleTest(extraIncludes = "shared", webEnvironment = WebEnvironment.MOCK)
@DisplayName("Audit module on its own: published audit events end up chained in the trail")
class AuditModuleTests {

	/**
	 * Identity (not bootstrapped here) names the signed-in user's organisation for the
	 * audit pages.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	static class SignedInOrganisation {

		@Bean
		CurrentOrganisation currentOrganisation() {
			return () -> OrganisationId.DEFAULT;
		}

	}

	final AuditTrail trail;

	AuditModuleTests(AuditTrail trail) {
		this.trail = trail;
	}

	@Test
	@DisplayName("an audit event published in a transaction is chained and shown with its parameters once committed")
	void chainsAnEventPublishedInACommittedTransaction(Scenario scenario) {
		String objectId = UUID.randomUUID().toString();
		AuditEvent event = AuditEvent.bySystem(OrganisationId.DEFAULT)
			.did("REPORT_FILED")
			.on("REPORT", objectId)
			.with("number", "R-MOD-1")
			.at(Instant.now());

		scenario.publish(event)
			.andWaitForStateChange(() -> entries(objectId), entries -> !entries.isEmpty() && entries.get(0).seq() > 0)
			.andVerify(entries -> {
				assertThat(entries).singleElement().satisfies(entry -> {
					assertThat(entry.action()).isEqualTo("REPORT_FILED");
					assertThat(entry.actor()).isEqualTo(AuditEvent.SYSTEM);
					assertThat(entry.params()).containsEntry("number", "R-MOD-1");
					assertThat(entry.hash()).isNotBlank();
				});
				assertThat(trail.verify().valid()).isTrue();
			});
	}

	private List<AuditEntry> entries(String objectId) {
		return trail
			.page(OrganisationId.DEFAULT, new AuditFilter(null, null, null, null, "REPORT", objectId),
					new PageRequest(0, 10))
			.items();
	}

}
