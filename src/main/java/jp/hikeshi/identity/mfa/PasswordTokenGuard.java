package jp.hikeshi.identity.mfa;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import jp.hikeshi.identity.Actors;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Refuses to issue an API token against a password alone (HTTP Basic) to a user who has a
 * second factor or whom the organisation requires to have one: the password would
 * otherwise open the API without it. Such users issue tokens on their profile page,
 * behind the second step, or with a token they already have.
 */
@Configuration(proxyBeanMethods = false)
class PasswordTokenGuard implements WebMvcConfigurer, HandlerInterceptor {

	private final MultiFactor multiFactor;

	private final Actors actors;

	PasswordTokenGuard(MultiFactor multiFactor, Actors actors) {
		this.multiFactor = multiFactor;
		this.actors = actors;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this).addPathPatterns("/api/v1/tokens");
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
		if ("POST".equals(request.getMethod()) && authorization != null
				&& authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
			actors.find()
				.filter(actor -> multiFactor.enrolled(actor.id()) || multiFactor.required(actor))
				.ifPresent(actor -> {
					throw new AccessDeniedException("a user with a second factor issues tokens after the second step");
				});
		}
		return true;
	}

}
