package jp.hikeshi.directory.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import jp.hikeshi.directory.SetupWizard;
import jp.hikeshi.identity.Actor;
import jp.hikeshi.identity.Actors;
import jp.hikeshi.identity.Role;
import jp.hikeshi.identity.SignInLanding;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Sends an administrator whose first page after signing in is the home page to the
 * first-run set-up (GEN-2) while it is neither completed nor skipped; later visits of the
 * home page in the same session are left alone.
 */
@Configuration(proxyBeanMethods = false)
class SetupRedirect implements WebMvcConfigurer {

	private final SetupWizard wizard;

	private final Actors actors;

	SetupRedirect(SetupWizard wizard, Actors actors) {
		this.wizard = wizard;
		this.actors = actors;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new HandlerInterceptor() {
			@Override
			public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
					throws java.io.IOException {
				// the mark is spent on the first page after signing in, whichever it is
				if (!"GET".equals(request.getMethod()) || !SignInLanding.consume(request)
						|| !"/".equals(request.getRequestURI().substring(request.getContextPath().length()))) {
					return true;
				}
				Actor me = actors.find().orElse(null);
				if (me != null && me.has(Role.ADMIN) && wizard.pending(me.organisation())) {
					response.sendRedirect(request.getContextPath() + "/setup");
					return false;
				}
				return true;
			}
		})
			.addPathPatterns("/**")
			.excludePathPatterns("/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/error", "/api/**");
	}

}
