package jp.hikeshi;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableAsync;

/** Hikeshi: incident response management following the JPCERT/CC handling flow. */
@SpringBootApplication
@EnableAsync
public class HikeshiApplication {

	public static void main(String[] args) {
		SpringApplication.run(HikeshiApplication.class, args);
	}
}
