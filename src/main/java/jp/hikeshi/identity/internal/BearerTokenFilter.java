package jp.hikeshi.identity.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import jp.hikeshi.shared.web.HikeshiLocaleResolver;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer <token>} on API calls: an expired token is
 * told so (401), a call outside the token's scopes is forbidden (403) and a token over
 * its rate limit waits (429 with {@code Retry-After}).
 */
class BearerTokenFilter extends OncePerRequestFilter {

	private final BearerTokens tokens;

	private final ApiAuthProblems problems;

	private final RateLimits limits;

	BearerTokenFilter(BearerTokens tokens, ApiAuthProblems problems, RateLimits limits) {
		this.tokens = tokens;
		this.problems = problems;
		this.limits = limits;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader("Authorization");
		if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			chain.doFilter(request, response);
			return;
		}
		var outcome = tokens.authenticate(header.substring(7).trim(), request.getRemoteAddr());
		SecurityContextHolder.clearContext();
		if (outcome instanceof BearerTokens.Outcome.Expired) {
			problems.expired(request, response);
			return;
		}
		if (!(outcome instanceof BearerTokens.Outcome.Granted granted)) {
			problems.commence(request, response, new BadCredentialsException("invalid or revoked token"));
			return;
		}
		var token = granted.token();
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (!TokenScope.permit(token.scopes(), request.getMethod(), path)) {
			problems.outOfScope(request, response);
			return;
		}
		var wait = limits.spend(token.tokenId());
		if (wait.isPresent()) {
			problems.tooManyRequests(request, response, wait.getAsLong());
			return;
		}
		SignedInUser user = token.user();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		SecurityContextHolder.setContext(context);
		request.setAttribute(HikeshiLocaleResolver.USER_LOCALE, user.actor().locale());
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
