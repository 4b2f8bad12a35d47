package jp.hikeshi;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

	static final ApplicationModules MODULES = ApplicationModules.of(HikeshiApplication.class);

	@Test
	@DisplayName("modules depend only on the published API of the modules they declare")
	void verifiesModuleBoundaries() {
		MODULES.verify();
	}

	@Test
	@DisplayName("writes the module diagrams and canvases, one non-empty file per module and one for the whole")
	void writesModuleDocumentation() {
		Path folder = Path.of("target", "spring-modulith-docs");
		new Documenter(MODULES, folder.toString()).writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases();
		assertThat(folder.resolve("components.puml")).isNotEmptyFile();
		MODULES.forEach(module -> {
			assertThat(folder.resolve("module-" + module.getIdentifier() + ".puml")).isNotEmptyFile();
			assertThat(folder.resolve("module-" + module.getIdentifier() + ".adoc")).isNotEmptyFile();
		});
	}

}
