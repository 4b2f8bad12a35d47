package jp.hikeshi;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.core.ApplicationModule;

/**
 * A module's API (everything outside its {@code internal} and {@code web} packages) runs
 * no SQL (issue 18).
 */
class PublicApiHoldsNoSqlTests {

	/** Modules declared open, whose every package other modules may use. */
	static final Set<String> OPEN = Set.of("jp.hikeshi.shared");

	/**
	 * Left out, for a reason: {@code HumanNumbers} belongs to the open plumbing module
	 * {@code shared}, which has no API to keep small and whose one job is the database
	 * sequences it creates.
	 */
	static final Set<String> NOT_YET_CHECKED = Set.of("jp.hikeshi.shared.numbering.HumanNumbers");

	@Test
	@DisplayName("no class of a module's API uses JdbcClient, JdbcTemplate or NamedParameterJdbcTemplate")
	void keepsSqlOutOfModuleApis() {
		JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("jp.hikeshi");
		List<String> modules = ModularityTests.MODULES.stream()
			.map(ApplicationModule::getBasePackage)
			.map(p -> p.getName())
			.toList();
		assertThat(modules).contains("jp.hikeshi.directory", "jp.hikeshi.evidence", "jp.hikeshi.intake");
		rule(modules, NOT_YET_CHECKED).check(classes);
	}

	@Test
	@DisplayName("the rule finds a class of a module's API that holds a JdbcClient")
	void findsSqlInAModuleApi() {
		JavaClasses fixture = new ClassFileImporter().importClasses(SqlInTheApi.class);
		assertThat(rule(List.of("jp.hikeshi"), Set.of()).evaluate(fixture).hasViolation()).isTrue();
		assertThat(rule(List.of("jp.hikeshi"), Set.of(SqlInTheApi.class.getName())).evaluate(fixture).hasViolation())
			.isFalse();
	}

	/**
	 * No class of the modules' APIs (outside the exclusions, by package or class name)
	 * depends on Spring's JDBC.
	 */
	static ArchRule rule(List<String> modules, Set<String> excluded) {
		DescribedPredicate<JavaClass> api = DescribedPredicate.describe("are in a module's API",
				c -> inApi(c, modules, excluded));
		return noClasses().that(api)
			.should()
			.dependOnClassesThat()
			.belongToAnyOf(JdbcClient.class, JdbcTemplate.class, JdbcOperations.class, NamedParameterJdbcTemplate.class,
					NamedParameterJdbcOperations.class)
			.because("SQL belongs in a module's internal *Records or repository classes (STYLE.md)")
			.allowEmptyShould(true);
	}

	private static boolean inApi(JavaClass type, List<String> modules, Set<String> excluded) {
		String outer = type.getName().replaceAll("\\$.*", "");
		String pkg = type.getPackageName();
		if (excluded.contains(type.getName()) || excluded.contains(outer)
				|| excluded.stream().anyMatch(e -> pkg.equals(e) || pkg.startsWith(e + "."))) {
			return false;
		}
		return modules.stream().filter(m -> pkg.equals(m) || pkg.startsWith(m + ".")).anyMatch(m -> {
			// as Spring Modulith sees it: a module's API is its base package; every
			// package of an open module
			// (shared) is reachable too, but for its internal and web parts
			String rest = pkg.substring(m.length());
			return rest.isEmpty() || OPEN.contains(m) && !inside(rest, ".internal") && !inside(rest, ".web");
		});
	}

	private static boolean inside(String subPackage, String name) {
		return subPackage.equals(name) || subPackage.startsWith(name + ".");
	}

	/** A module API class that runs SQL itself, for the rule to find. */
	static class SqlInTheApi {

		final JdbcClient jdbc;

		SqlInTheApi(JdbcClient jdbc) {
			this.jdbc = jdbc;
		}

	}

}
