package jp.hikeshi.identity.web;

import jp.hikeshi.identity.Actor;
import jp.hikeshi.identity.Actors;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Makes the signed-in user available to every page as {@code me}. */
@ControllerAdvice(annotations = Controller.class)
class CurrentUserAdvice {

	private final Actors actors;

	CurrentUserAdvice(Actors actors) {
		this.actors = actors;
	}

	@ModelAttribute("me")
	Actor me() {
		return actors.find().orElse(null);
	}

}
