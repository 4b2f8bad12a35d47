package jp.hikeshi.identity.mfa;

import java.util.List;

import jp.hikeshi.identity.Actor;
import jp.hikeshi.identity.Actors;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * Holds a password sign-in until its second factor is given: it grants no authority and
 * does not count as authenticated, and its principal is not an actor, so no page treats
 * the visitor as signed in meanwhile.
 */
final class PendingSecondFactor extends AbstractAuthenticationToken {

	private static final long serialVersionUID = 1L;

	/** What the visitor still has to do. */
	enum Step {

		/** give a code of the enrolled authenticator or a recovery code */
		CODE,
		/** enrol an authenticator, which the organisation requires */
		ENROL,
		/** enrolled just now and shown the recovery codes: may continue */
		ENROLLED

	}

	private final Authentication password;

	private final Step step;

	PendingSecondFactor(Authentication password, Step step) {
		super(List.of());
		this.password = password;
		this.step = step;
		setAuthenticated(false);
	}

	Authentication password() {
		return password;
	}

	Step step() {
		return step;
	}

	Actor actor() {
		return ((Actors.ActorPrincipal) password.getPrincipal()).actor();
	}

	@Override
	public Object getCredentials() {
		return null;
	}

	@Override
	public Object getPrincipal() {
		return step.name();
	}

	@Override
	public String getName() {
		return password.getName();
	}

}
