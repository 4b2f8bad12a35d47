package jp.hikeshi;

import java.util.Arrays;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.scheduling.annotation.EnableAsync;

/** Hikeshi: incident response management following the JPCERT/CC handling flow. */
@SpringBootApplication
@EnableAsync
public class HikeshiApplication {

	public static void main(String[] args) {
		SpringApplicationBuilder app = new SpringApplicationBuilder(HikeshiApplication.class);
		if (Arrays.asList(args).contains("audit-verify")) {
			// command-line mode: verify the audit hash chain and exit, without the web server
			app.web(WebApplicationType.NONE).properties("hikeshi.audit.verify-and-exit=true", "spring.main.banner-mode=off");
		}
		app.run(args);
	}
}
