package jp.hikeshi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class EmbeddedDatabaseSettingsTests {

	@Test
	@DisplayName("DET-2 (alert intake at scale) the embedded database's value cache is off unless the command line sets it; an explicit setting wins")
	void objectCacheOffUnlessSet() {
		String before = System.getProperty(EmbeddedDatabaseSettings.OBJECT_CACHE);
		try {
			System.clearProperty(EmbeddedDatabaseSettings.OBJECT_CACHE);
			EmbeddedDatabaseSettings.apply();
			assertThat(System.getProperty(EmbeddedDatabaseSettings.OBJECT_CACHE)).isEqualTo("false");

			System.setProperty(EmbeddedDatabaseSettings.OBJECT_CACHE, "true");
			EmbeddedDatabaseSettings.apply();
			assertThat(System.getProperty(EmbeddedDatabaseSettings.OBJECT_CACHE)).isEqualTo("true");
		}
		finally {
			if (before == null) {
				System.clearProperty(EmbeddedDatabaseSettings.OBJECT_CACHE);
			}
			else {
				System.setProperty(EmbeddedDatabaseSettings.OBJECT_CACHE, before);
			}
		}
	}

}
