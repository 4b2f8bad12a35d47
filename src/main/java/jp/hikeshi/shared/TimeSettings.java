package jp.hikeshi.shared;

import java.time.Clock;
import java.time.ZoneId;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.validation.annotation.Validated;

/**
 * The zone in which times are shown and entered (stored instants are UTC), and the
 * application clock.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TimeSettings.Zone.class)
public class TimeSettings {

	/**
	 * The display zone ({@code hikeshi.time-zone}).
	 *
	 * @param timeZone the zone in which times are shown and entered, an IANA zone id such
	 * as {@code Asia/Tokyo}
	 */
	@ConfigurationProperties("hikeshi")
	@Validated
	record Zone(@DefaultValue("Asia/Tokyo") @NotNull ZoneId timeZone) {
	}

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean
	DisplayZone displayZone(Zone settings) {
		return new DisplayZone(settings.timeZone());
	}

}
