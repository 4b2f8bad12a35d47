package jp.hikeshi.mailintake.web;

import jp.hikeshi.identity.Actors;
import jp.hikeshi.mailintake.MailIntake;
import jp.hikeshi.mailintake.MailIntakeStatus;
import jp.hikeshi.mailintake.PollOutcome;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Mail intake for administrators: status and a poll on demand. */
@RestController
@RequestMapping("/api/v1/mail-intake")
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "mail-intake", description = "Reports by e-mail / メールによる通報の受付")
class MailIntakeApi {

	private final MailIntake intake;

	private final Actors actors;

	MailIntakeApi(MailIntake intake, Actors actors) {
		this.intake = intake;
		this.actors = actors;
	}

	@GetMapping("/status")
	@Operation(
			summary = "The mailbox's settings (never the password) and the last poll's time, result, error and counts")
	MailIntakeStatus status() {
		return intake.status(actors.current());
	}

	@PostMapping("/poll")
	@Operation(
			summary = "Poll the mailbox now, under the same lock as the schedule (result DISABLED when intake is off)")
	PollOutcome poll() {
		return intake.pollNow(actors.current());
	}

}
