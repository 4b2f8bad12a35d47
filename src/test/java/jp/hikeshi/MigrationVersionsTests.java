package jp.hikeshi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Holds the numbering of the per-module Flyway folders (docs/development.md, "Database
 * migrations"): no version twice across folders, and new migrations numbered
 * {@code V<yyyyMMddHHmm>.<module code>}, so that two modules' migrations written at the
 * same time still differ by the module's code.
 */
@DisplayName("Flyway migrations: versions unique across the module folders, new ones carry their module's code")
class MigrationVersionsTests {

	/**
	 * Each folder's two-digit code; a new module takes the next free number (and adds it
	 * to docs/development.md).
	 */
	static final Map<String, Integer> MODULE_CODES = Map.ofEntries(Map.entry("audit", 1), Map.entry("dashboard", 2),
			Map.entry("directory", 3), Map.entry("evidence", 4), Map.entry("identity", 5), Map.entry("incident", 6),
			Map.entry("intake", 7), Map.entry("mailintake", 8), Map.entry("maintenance", 9),
			Map.entry("notification", 10), Map.entry("playbook", 11), Map.entry("remediation", 12),
			Map.entry("reporting", 13), Map.entry("response", 14), Map.entry("review", 15), Map.entry("shared", 16),
			Map.entry("triage", 17));

	/**
	 * Versions below this are the globally numbered migrations written before the scheme
	 * (V1…V151).
	 */
	static final BigInteger FIRST_TIMESTAMP = new BigInteger("202601010000");

	private static final Pattern NAME = Pattern.compile("db/migration/([^/]+)/V([0-9._]+)__[^/]+\\.sql$");

	record Migration(String folder, String file, MigrationVersion version) {
	}

	@Test
	@DisplayName("no version is used twice, in one folder or across two")
	void usesEveryVersionOnce() throws IOException {
		Map<MigrationVersion, List<String>> byVersion = new TreeMap<>();
		for (Migration m : migrations()) {
			byVersion.computeIfAbsent(m.version(), v -> new ArrayList<>()).add(m.folder() + "/" + m.file());
		}
		Map<MigrationVersion, List<String>> twice = byVersion.entrySet()
			.stream()
			.filter(e -> e.getValue().size() > 1)
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));

		assertThat(byVersion).hasSizeGreaterThan(40);
		assertThat(twice).as("migrations sharing a version (Flyway refuses to start)").isEmpty();
	}

	@Test
	@DisplayName("every folder is a module with a code, and a timestamped version ends in that module's code")
	void numbersNewMigrationsByTimeAndModule() throws IOException {
		for (Migration m : migrations()) {
			assertThat(MODULE_CODES).as("code of the folder db/migration/" + m.folder()).containsKey(m.folder());
			String[] parts = m.version().getVersion().split("\\.");
			if (new BigInteger(parts[0]).compareTo(FIRST_TIMESTAMP) >= 0) {
				assertThat(parts).as(m.file() + ": V<yyyyMMddHHmm>.<module code>__…").hasSize(2);
				assertThat(parts[0]).as(m.file() + ": a timestamp yyyyMMddHHmm").hasSize(12);
				assertThat(Integer.parseInt(parts[1])).as(m.file() + " in " + m.folder())
					.isEqualTo(MODULE_CODES.get(m.folder()));
			}
		}
	}

	@Test
	@DisplayName("the check sees a duplicate: the same version in two folders, however it is written")
	void recognisesTheSameVersionWrittenDifferently() {
		assertThat(version("db/migration/audit/V202612031850.01__a.sql"))
			.isNotEqualTo(version("db/migration/triage/V202612031850.17__b.sql"));
		assertThat(version("db/migration/audit/V42__a.sql")).isEqualTo(version("db/migration/triage/V042__b.sql"));
		assertThat(version("db/migration/audit/V1_1__a.sql")).isEqualTo(version("db/migration/triage/V1.1__b.sql"));
	}

	static List<Migration> migrations() throws IOException {
		List<Migration> all = new ArrayList<>();
		for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:db/migration/**/*.sql")) {
			String path = r.getURL().toString();
			Matcher m = NAME.matcher(path);
			assertThat(m.find()).as("a versioned migration in a module folder: " + path).isTrue();
			all.add(new Migration(m.group(1), r.getFilename(), version(path)));
		}
		return all;
	}

	static MigrationVersion version(String path) {
		Matcher m = NAME.matcher(path);
		if (!m.find()) {
			throw new IllegalArgumentException(path);
		}
		return MigrationVersion.fromVersion(m.group(2).replace('_', '.'));
	}

}
