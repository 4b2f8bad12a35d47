package jp.hikeshi.notification.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.UUID;

import jp.hikeshi.TestAccounts;
import jp.hikeshi.TestAccounts.TestUser;
import jp.hikeshi.WebTest;
import jp.hikeshi.identity.Role;
import jp.hikeshi.notification.NotificationKind;
import jp.hikeshi.notification.internal.NotificationRecords;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * The header's unread count is read for whole pages only, not for redirects or htmx
 * partials.
 */
@WebTest
class UnreadBadgeTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	NotificationRecords records;

	@Autowired
	UserDetailsService users;

	@Test
	@DisplayName("RES-1 the unread count is given to a whole page, not to an htmx request nor a POST that redirects")
	void countsForWholePagesOnly() throws Exception {
		TestUser me = accounts.create("badge", Role.HANDLER);
		records.add(me.actor().organisation().value(), me.actor().id(), NotificationKind.TASK_OVERDUE, "{}", "/tasks",
				"badge:" + UUID.randomUUID(), Instant.now());

		mvc.perform(get("/notifications").with(as(me)))
			.andExpect(status().isOk())
			.andExpect(model().attribute("unreadNotifications", 1L));
		mvc.perform(get("/notifications").header("HX-Request", "true").with(as(me)))
			.andExpect(status().isOk())
			.andExpect(model().attributeDoesNotExist("unreadNotifications"));
		mvc.perform(get("/notifications").header("HX-Request", "true")
			.header("HX-History-Restore-Request", "true")
			.with(as(me))).andExpect(model().attribute("unreadNotifications", 1L));
		mvc.perform(post("/notifications/read-all").with(as(me)).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(model().attributeDoesNotExist("unreadNotifications"));
	}

	@Test
	@DisplayName("a form shown again after a POST is a whole page; redirects and fragments are not")
	void tellsWholePagesFromTheRest() {
		MockHttpServletRequest post = new MockHttpServletRequest("POST", "/incidents/new");
		assertThat(UnreadBadge.rendersWholePage(post, new ModelAndView("incident/new"))).isTrue();
		assertThat(UnreadBadge.rendersWholePage(post, new ModelAndView("redirect:/incidents"))).isFalse();
		assertThat(UnreadBadge.rendersWholePage(post, new ModelAndView(new RedirectView("/incidents")))).isFalse();
		assertThat(UnreadBadge.rendersWholePage(post, new ModelAndView("incident/detail :: lanes"))).isFalse();
		assertThat(UnreadBadge.rendersWholePage(post, null)).isFalse();
		MockHttpServletRequest htmx = new MockHttpServletRequest("POST", "/incidents/new");
		htmx.addHeader("HX-Request", "true");
		assertThat(UnreadBadge.rendersWholePage(htmx, new ModelAndView("incident/new"))).isFalse();
	}

	private RequestPostProcessor as(TestUser u) {
		return user(users.loadUserByUsername(u.username()));
	}

}
