package jp.hikeshi.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jp.hikeshi.audit.AuditEvent;
import jp.hikeshi.shared.OrganisationId;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts failed sign-ins, locks an account at the limit, and audits sign-ins and
 * failures.
 */
@Component
class LoginAttempts {

	private final Users users;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	private final int maxFailures;

	private final Duration lockFor;

	LoginAttempts(Users users, Clock clock, ApplicationEventPublisher events, PlatformTransactionManager transactions,
			SecurityProperties settings) {
		this.users = users;
		this.clock = clock;
		this.events = events;
		this.transaction = new TransactionTemplate(transactions);
		this.maxFailures = settings.maxFailedLogins();
		this.lockFor = Duration.ofMinutes(settings.lockMinutes());
	}

	@EventListener
	void failed(AbstractAuthenticationFailureEvent event) {
		String username = String.valueOf(event.getAuthentication().getName());
		Instant now = Instant.now(clock);
		transaction.executeWithoutResult(status -> {
			var user = users.findByUsername(username);
			OrganisationId organisation = user.map(User::organisation).orElse(OrganisationId.DEFAULT);
			String action = "LOGIN_FAILED";
			if (user.isPresent() && event instanceof AuthenticationFailureBadCredentialsEvent) {
				User account = user.get();
				if (account.recordFailedLogin(maxFailures, lockFor, now)) {
					action = "ACCOUNT_LOCKED";
				}
				users.save(account);
			}
			events.publishEvent(AuditEvent.by(organisation, username, user.map(User::id).orElse(null))
				.did(action)
				.on("USER", username)
				.with("user", username)
				.summary(event.getException().getClass().getSimpleName())
				.at(now));
		});
	}

	@EventListener
	void succeeded(AuthenticationSuccessEvent event) {
		String username = event.getAuthentication().getName();
		transaction.executeWithoutResult(status -> users.findByUsername(username)
			.filter(user -> user.failedLogins() > 0 || user.lockedUntil() != null)
			.ifPresent(user -> {
				user.recordSuccessfulLogin();
				users.save(user);
			}));
	}

	@EventListener
	void signedIn(InteractiveAuthenticationSuccessEvent event) {
		String username = event.getAuthentication().getName();
		transaction.executeWithoutResult(status -> users.findByUsername(username)
			.ifPresent(user -> events.publishEvent(AuditEvent.by(user.organisation(), username, user.id())
				.did("LOGIN")
				.on("USER", username)
				.with("user", username)
				.at(Instant.now(clock)))));
	}

}
