package jp.hikeshi.notification.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import jp.hikeshi.identity.Actors;
import jp.hikeshi.notification.Inbox;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.view.RedirectView;

/**
 * Gives the number of unread notifications ({@code unreadNotifications}) to the header of
 * a signed-in user's page. The count is read only when a whole page with its layout is
 * rendered (a GET, or a form shown again after a POST), not for redirects, htmx partials,
 * fragments or JSON, which never show the header.
 */
@Component
class UnreadBadge implements HandlerInterceptor, WebMvcConfigurer {

	private final Inbox inbox;

	private final Actors actors;

	UnreadBadge(Inbox inbox, Actors actors) {
		this.inbox = inbox;
		this.actors = actors;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this);
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView page) {
		if (rendersWholePage(request, page)) {
			actors.find().ifPresent(me -> page.addObject("unreadNotifications", inbox.unread(me)));
		}
	}

	/**
	 * Whether the answer is a page drawn in the layout: a named view, neither a redirect
	 * nor a fragment, not for htmx.
	 */
	static boolean rendersWholePage(HttpServletRequest request, ModelAndView page) {
		if (page == null || page.getView() instanceof RedirectView) {
			return false;
		}
		String view = page.getViewName();
		if (view == null || view.startsWith("redirect:") || view.startsWith("forward:") || view.contains("::")) {
			return false;
		}
		// htmx restoring a page missing from its history cache asks for the whole page
		HtmxRequest htmx = HtmxRequest.fromRequest(request);
		return !htmx.isHtmxRequest() || htmx.isHistoryRestoreRequest();
	}

}
