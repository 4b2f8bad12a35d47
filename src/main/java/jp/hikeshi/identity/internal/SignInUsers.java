package jp.hikeshi.identity.internal;

import java.time.Clock;
import java.time.Instant;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Loads accounts for password sign-in, reporting a lock that has not yet expired. */
@Component
class SignInUsers implements UserDetailsService {

	private final Users users;

	private final Clock clock;

	SignInUsers(Users users, Clock clock) {
		this.users = users;
		this.clock = clock;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		User user = users.findByUsername(username).orElseThrow(() -> new UsernameNotFoundException(username));
		return principalOf(user, Instant.now(clock));
	}

	static SignedInUser principalOf(User user, Instant now) {
		return new SignedInUser(user.toActor(), user.passwordHash(), user.enabled(), user.isLockedAt(now),
				user.sessionVersion());
	}

}
