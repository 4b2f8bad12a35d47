package jp.hikeshi.notification.web;

import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import jp.hikeshi.identity.Actors;
import jp.hikeshi.notification.Inbox;
import jp.hikeshi.notification.NotificationKind;
import jp.hikeshi.notification.NotificationSettings;
import jp.hikeshi.notification.InboxNotice;
import jp.hikeshi.shared.PageOf;
import jp.hikeshi.shared.PageRequest;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The caller's notifications and e-mail choices over REST. */
@RestController
@RequestMapping("/api/v1/notifications")
@Tag(name = "notifications", description = "The caller's notifications / 通知")
class InboxApi {

	private final Inbox inbox;

	private final Actors actors;

	InboxApi(Inbox inbox, Actors actors) {
		this.inbox = inbox;
		this.actors = actors;
	}

	/** The kinds to take by e-mail; the other mailed kinds are turned off. */
	record SettingsRequest(Set<NotificationKind> byMail) {
	}

	/** How many notifications were marked read. */
	record Marked(int marked) {
	}

	@GetMapping
	@Operation(summary = "My notifications, newest first, each with its text in my language and whether it was read")
	PageOf<InboxNotice> mine(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
			Locale locale) {
		return inbox.mine(actors.current(), locale, PageRequest.of(page, size));
	}

	@PostMapping("/{id}/read")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Mark one of my notifications read (another user's is not found)")
	void read(@PathVariable UUID id) {
		inbox.markRead(actors.current(), id);
	}

	@PostMapping("/read-all")
	@Operation(summary = "Mark all my notifications read")
	Marked readAll() {
		return new Marked(inbox.markAllRead(actors.current()));
	}

	@GetMapping("/settings")
	@Operation(summary = "The kinds I also take by e-mail (all unless turned off)")
	NotificationSettings settings() {
		return inbox.settings(actors.current());
	}

	@PutMapping("/settings")
	@Operation(summary = "Choose the kinds I also take by e-mail")
	NotificationSettings saveSettings(@RequestBody SettingsRequest request) {
		return inbox.saveSettings(actors.current(), request.byMail() == null ? Set.of() : request.byMail());
	}

}
