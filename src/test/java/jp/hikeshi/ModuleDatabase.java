package jp.hikeshi;

/**
 * The database of the module tests ({@code @ApplicationModuleTest}), next to the run's
 * like {@link OwnDatabase}'s ({@code _modules}; .ci/run drops it with the run's). A
 * module test starts only some modules, so Flyway there knows only the SQL migrations,
 * not the Java migrations of modules left out (intake's V86): on the run's shared
 * database it would either refuse the applied V86 or leave it unapplied under later
 * versions for the full contexts.
 */
public class ModuleDatabase extends OwnDatabase {

	@Override
	protected String suffix() {
		return "_modules";
	}

}
