package jp.hikeshi.notification.web;

import jp.hikeshi.identity.Actors;
import jp.hikeshi.notification.Inbox;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page of a signed-in user the number of unread notifications ({@code unreadNotifications}) for the header. */
@ControllerAdvice(annotations = Controller.class)
class UnreadCountAdvice {

	private final Inbox inbox;
	private final Actors actors;

	UnreadCountAdvice(Inbox inbox, Actors actors) {
		this.inbox = inbox;
		this.actors = actors;
	}

	@ModelAttribute
	void unread(Model model) {
		actors.find().ifPresent(me -> model.addAttribute("unreadNotifications", inbox.unread(me)));
	}
}
