package jp.hikeshi.notification.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import jp.hikeshi.identity.Actors;
import jp.hikeshi.notification.Inbox;
import jp.hikeshi.notification.NotificationKind;
import jp.hikeshi.notification.InboxNotice;
import jp.hikeshi.shared.PageRequest;
import jp.hikeshi.shared.web.Formats;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The notification list (newest first, unread marked) and the choice of kinds also sent
 * by e-mail.
 */
@Controller
class InboxPages {

	private final Inbox inbox;

	private final Actors actors;

	private final MessageSource messages;

	private final Formats formats;

	private final Clock clock;

	InboxPages(Inbox inbox, Actors actors, MessageSource messages, Formats formats, Clock clock) {
		this.inbox = inbox;
		this.actors = actors;
		this.messages = messages;
		this.formats = formats;
		this.clock = clock;
	}

	/** A line of the list with its time in human form ("5 分前") and in full. */
	record Item(InboxNotice notice, String ago, String at) {
	}

	@GetMapping("/notifications")
	String list(@RequestParam(required = false) Integer page, Locale locale, Model model) {
		var notices = inbox.mine(actors.current(), locale, PageRequest.of(page, null));
		Instant now = Instant.now(clock);
		model.addAttribute("pageOf",
				notices.map(n -> new Item(n, ago(n.createdAt(), now, locale), formats.dateTime(n.createdAt()))));
		return "notification/list";
	}

	@PostMapping("/notifications/{id}/read")
	String read(@PathVariable UUID id) {
		inbox.markRead(actors.current(), id);
		return "redirect:/notifications";
	}

	/** Opens the record the notification leads to, marking it read. */
	@PostMapping("/notifications/{id}/open")
	String open(@PathVariable UUID id) {
		return "redirect:" + inbox.open(actors.current(), id);
	}

	@PostMapping("/notifications/read-all")
	String readAll(RedirectAttributes redirect) {
		inbox.markAllRead(actors.current());
		redirect.addFlashAttribute("flash", "notification.allRead");
		return "redirect:/notifications";
	}

	@GetMapping("/notifications/settings")
	String settings(Model model) {
		model.addAttribute("settings", inbox.settings(actors.current()));
		model.addAttribute("kinds", Inbox.mailedKinds());
		return "notification/settings";
	}

	@PostMapping("/notifications/settings")
	String saveSettings(@RequestParam(name = "byMail", required = false) List<NotificationKind> byMail,
			RedirectAttributes redirect) {
		Set<NotificationKind> chosen = byMail == null || byMail.isEmpty() ? EnumSet.noneOf(NotificationKind.class)
				: EnumSet.copyOf(byMail);
		inbox.saveSettings(actors.current(), chosen);
		redirect.addFlashAttribute("flash", "notification.settings.saved");
		return "redirect:/notifications/settings";
	}

	private String ago(Instant at, Instant now, Locale locale) {
		Duration age = Duration.between(at, now);
		if (age.toMinutes() < 1) {
			return messages.getMessage("notification.ago.now", null, locale);
		}
		if (age.toHours() < 1) {
			return messages.getMessage("notification.ago.minutes", new Object[] { age.toMinutes() }, locale);
		}
		if (age.toDays() < 1) {
			return messages.getMessage("notification.ago.hours", new Object[] { age.toHours() }, locale);
		}
		if (age.toDays() < 7) {
			return messages.getMessage("notification.ago.days", new Object[] { age.toDays() }, locale);
		}
		return formats.date(at);
	}

}
