package jp.hikeshi.identity.internal;

import java.util.Arrays;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.method.PreAuthorizeAuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.util.SimpleMethodInvocation;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The role a controller method demands ({@code @PreAuthorize}) is checked as soon as the
 * handler is chosen, before its body is read and validated: a caller without the role
 * learns 403, never which fields a body would need. Method security still checks again at
 * the call; expressions that look at the arguments ({@code #id}) are left to it alone,
 * since the arguments do not exist yet.
 */
@Configuration(proxyBeanMethods = false)
class RolesBeforeInput implements WebMvcConfigurer, HandlerInterceptor {

	private final PreAuthorizeAuthorizationManager roles = new PreAuthorizeAuthorizationManager();

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this);
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (!(handler instanceof HandlerMethod method) || !decidesOnRolesAlone(method)) {
			return true;
		}
		Object[] noArguments = new Object[method.getMethod().getParameterCount()];
		Supplier<Authentication> caller = () -> SecurityContextHolder.getContext().getAuthentication();
		AuthorizationResult result = roles.authorize(caller,
				new SimpleMethodInvocation(method.getBean(), method.getMethod(), noArguments));
		if (result != null && !result.isGranted()) {
			throw new AccessDeniedException("role check before the request body");
		}
		return true;
	}

	private static boolean decidesOnRolesAlone(HandlerMethod method) {
		PreAuthorize rule = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), PreAuthorize.class);
		if (rule == null) {
			rule = AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), PreAuthorize.class);
		}
		return rule != null && Arrays.stream(rule.value().split("")).noneMatch(c -> c.equals("#") || c.equals("@"));
	}

}
