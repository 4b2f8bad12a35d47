package jp.hikeshi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import org.junit.jupiter.api.Test;

class OwnDatabaseTests {

	@Test
	void namesAnotherInMemoryH2KeepingItsSettings() {
		assertThat(OwnDatabase.of("jdbc:h2:mem:hikeshi-test;MODE=PostgreSQL;DB_CLOSE_DELAY=-1"))
			.containsEntry("spring.datasource.url", "jdbc:h2:mem:hikeshi-test_mail;MODE=PostgreSQL;DB_CLOSE_DELAY=-1")
			.hasSize(1);
	}

	@Test
	void movesPostgresqlToASchemaNextToTheRunsWhichFlywayCreates() {
		assertThat(OwnDatabase.of("jdbc:postgresql://127.0.0.1:5432/test?currentSchema=ci_1_2&ssl=false"))
			.containsEntry("spring.datasource.url",
					"jdbc:postgresql://127.0.0.1:5432/test?currentSchema=ci_1_2_mail&ssl=false")
			.containsEntry("spring.flyway.schemas", "ci_1_2_mail");
	}

	@Test
	void refusesADatabaseItCannotDeriveAnotherFrom() {
		assertThatIllegalStateException().isThrownBy(() -> OwnDatabase.of("jdbc:postgresql://127.0.0.1:5432/test"));
	}

}
