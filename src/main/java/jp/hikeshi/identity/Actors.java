package jp.hikeshi.identity;

import java.util.Optional;

import jp.hikeshi.shared.CurrentOrganisation;
import jp.hikeshi.shared.OrganisationId;

import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Tells other modules who is acting in the current request. */
@Component
public class Actors implements CurrentOrganisation {

	@Override
	public OrganisationId get() {
		return current().organisation();
	}

	public Actor current() {
		return find().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("no signed-in user"));
	}

	public Optional<Actor> find() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof ActorPrincipal principal) {
			return Optional.of(principal.actor());
		}
		return Optional.empty();
	}

	/** Implemented by the principal objects identity puts in the security context. */
	public interface ActorPrincipal {

		Actor actor();

	}

}
