package jp.hikeshi.identity.internal;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Sign-in and API settings of the identity module ({@code hikeshi.security.*}).
 *
 * @param maxFailedLogins failed sign-ins (passwords or second-step codes) in a row after
 * which an account is locked
 * @param lockMinutes minutes an account stays locked after too many failed sign-ins
 * @param tokenRatePerMinute calls per minute one API token may make (a burst of that
 * many, refilled evenly over the minute; over it: 429 with Retry-After); counted in each
 * instance's memory
 * @param loginRatePerMinute sign-in attempts per minute from one client address (form and
 * HTTP Basic), on top of the per-account lock-out; counted in each instance's memory
 * @param sessionIdle a signed-in page session ends after this long without a request
 */
@Validated
@ConfigurationProperties("hikeshi.security")
public record SecurityProperties(@DefaultValue("5") @Min(1) @Max(100) int maxFailedLogins,
		@DefaultValue("15") @Min(1) int lockMinutes, @DefaultValue("600") @Min(1) int tokenRatePerMinute,
		@DefaultValue("30") @Min(1) int loginRatePerMinute, @DefaultValue("30m") Duration sessionIdle) {

	public SecurityProperties {
		if (sessionIdle.isNegative() || sessionIdle.isZero()) {
			throw new IllegalArgumentException("hikeshi.security.session-idle must be positive, not " + sessionIdle);
		}
	}
}
