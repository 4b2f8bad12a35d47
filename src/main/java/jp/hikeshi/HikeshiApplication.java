package jp.hikeshi;

import java.util.Arrays;

import jp.hikeshi.audit.AuditCommandLine;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableAsync;

/** Hikeshi: incident response management following the JPCERT/CC handling flow. */
@SpringBootApplication
@EnableAsync
public class HikeshiApplication {

	public static void main(String[] args) {
		if (Arrays.stream(args).anyMatch(AuditCommandLine.COMMANDS::contains)) {
			// the offline audit commands start a context of their own: a datasource and
			// the chain, no web stack
			System.exit(AuditCommandLine.run(args, System.out));
		}
		SpringApplication.run(HikeshiApplication.class, args);
	}

}
