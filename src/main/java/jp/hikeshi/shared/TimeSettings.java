package jp.hikeshi.shared;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The zone in which times are shown and entered (stored instants are UTC), and the application clock. */
@Configuration(proxyBeanMethods = false)
public class TimeSettings {

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean
	DisplayZone displayZone(@Value("${hikeshi.time-zone:Asia/Tokyo}") String zone) {
		return new DisplayZone(ZoneId.of(zone));
	}
}
