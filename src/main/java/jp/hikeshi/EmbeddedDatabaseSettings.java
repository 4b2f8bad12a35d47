package jp.hikeshi;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * JVM-wide settings of the embedded H2 database, applied before any H2 class is loaded
 * (H2 reads them once, when its {@code SysProperties} class initialises). An explicit
 * {@code -Dh2.…} on the command line always wins.
 * <p>
 * {@code h2.objectCache=false}: H2 by default passes every value it reads from a page
 * through a shared 1,024-slot cache to de-duplicate equal strings and numbers, hashing
 * each one. Profiling alert intake at a million alerts showed that hashing at 6–7 % of
 * the request threads' CPU, for no gain: the values it saves are small and short-lived.
 * Turning it off only costs some de-duplication of equal values in memory.
 */
public class EmbeddedDatabaseSettings implements EnvironmentPostProcessor {

	static final String OBJECT_CACHE = "h2.objectCache";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		apply();
	}

	static void apply() {
		if (System.getProperty(OBJECT_CACHE) == null) {
			System.setProperty(OBJECT_CACHE, "false");
		}
	}

}
