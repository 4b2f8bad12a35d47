package jp.hikeshi.directory;

import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What is entered for an internal contact; userId links the contact to a user account.
 */
public record ContactInput(
		@NotBlank(message = "{directory.name.required}") @Size(max = 200,
				message = "{validation.size.max}") String name,
		@Size(max = 200, message = "{validation.size.max}") String department,
		@Size(max = 200, message = "{validation.size.max}") String title,
		@Size(max = 50, message = "{validation.size.max}") String phone,
		@Email(message = "{directory.email.invalid}") @Size(max = 320, message = "{validation.size.max}") String email,
		UUID userId) {
}
