package jp.hikeshi;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a test context at a database next to the one the run uses: on H2 an in-memory
 * database of another name, on PostgreSQL a schema named after the run's with
 * {@code _mail} appended, which Flyway creates (.ci/run drops it with the run's).
 * Whatever database the run was pointed at (H2 by default, PostgreSQL in CI), the test
 * stays on its kind.
 */
public class OwnDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	static final String SUFFIX = "_mail";

	private static final Pattern H2_MEMORY = Pattern.compile("^jdbc:h2:mem:([^;]+)(.*)$");

	private static final Pattern PG_SCHEMA = Pattern.compile("([?&]currentSchema=)([^&]+)");

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		ConfigurableEnvironment environment = context.getEnvironment();
		Map<String, Object> own = of(environment.getRequiredProperty("spring.datasource.url"), suffix());
		environment.getPropertySources().addFirst(new MapPropertySource("own-database", own));
	}

	/** What the run's database name or schema gets appended. */
	protected String suffix() {
		return SUFFIX;
	}

	/** The properties that move a context from the run's database to its own. */
	static Map<String, Object> of(String url) {
		return of(url, SUFFIX);
	}

	static Map<String, Object> of(String url, String suffix) {
		Map<String, Object> own = new LinkedHashMap<>();
		Matcher h2 = H2_MEMORY.matcher(url);
		Matcher pg = PG_SCHEMA.matcher(url);
		if (h2.matches()) {
			own.put("spring.datasource.url", "jdbc:h2:mem:" + h2.group(1) + suffix + h2.group(2));
		}
		else if (url.startsWith("jdbc:postgresql:") && pg.find()) {
			String schema = pg.group(2) + suffix;
			own.put("spring.datasource.url", pg.replaceFirst("$1" + schema));
			own.put("spring.flyway.schemas", schema);
		}
		else {
			throw new IllegalStateException("No database of its own can be derived from " + url
					+ " (an in-memory H2, or PostgreSQL with ?currentSchema=)");
		}
		return own;
	}

}
