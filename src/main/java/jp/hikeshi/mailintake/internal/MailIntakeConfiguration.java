package jp.hikeshi.mailintake.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Binds {@code hikeshi.mail-intake.*}; the schedule itself exists only when intake is
 * switched on.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MailIntakeSettings.class)
@EnableScheduling
class MailIntakeConfiguration {

}
