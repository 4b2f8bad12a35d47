package jp.hikeshi.triage;

import java.util.List;

import jakarta.validation.constraints.Size;

/**
 * A warning (注意喚起) to share with chosen contacts or groups; mail addresses among the
 * recipients are written to by e-mail.
 */
public record Warning(
		@Size(max = 20,
				message = "{validation.size.items}") List<@Size(max = 200,
						message = "{validation.size.max}") String> recipients,
		@Size(max = 4000, message = "{validation.size.max}") String text) {

	public Warning {
		recipients = recipients == null ? List.of()
				: recipients.stream().filter(r -> r != null && !r.isBlank()).map(String::strip).toList();
	}
}
