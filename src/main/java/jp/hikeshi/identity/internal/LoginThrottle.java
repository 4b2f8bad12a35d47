package jp.hikeshi.identity.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits password sign-in attempts per client address (the form's POST /login and HTTP
 * Basic when issuing tokens), on top of the per-account lock-out of
 * {@link LoginAttempts}: one address cannot try many accounts quickly. Over the limit the
 * answer is 429 with {@code Retry-After}: a problem document for the API, the error page
 * for the form.
 */
class LoginThrottle extends OncePerRequestFilter {

	private final RateLimits limits;

	private final ApiAuthProblems problems;

	LoginThrottle(RateLimits limits, ApiAuthProblems problems) {
		this.limits = limits;
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		String authorization = request.getHeader("Authorization");
		boolean basic = authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
		boolean form = "POST".equals(request.getMethod()) && path.equals("/login");
		if (basic || form) {
			var wait = limits.spend(request.getRemoteAddr());
			if (wait.isPresent()) {
				if (basic) {
					problems.tooManyRequests(request, response, wait.getAsLong());
				}
				else {
					response.setHeader("Retry-After", Long.toString(wait.getAsLong()));
					response.sendError(429);
				}
				return;
			}
		}
		chain.doFilter(request, response);
	}

}
