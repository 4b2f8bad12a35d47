package jp.hikeshi.directory;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What is entered for a vendor organisation and its people; active defaults to true. */
public record VendorInput(
		@NotBlank(message = "{directory.name.required}") @Size(max = 200,
				message = "{validation.size.max}") String name,
		@Size(max = 50, message = "{validation.size.max}") String emergencyPhone,
		@Email(message = "{directory.email.invalid}") @Size(max = 320, message = "{validation.size.max}") String email,
		@Size(max = 500, message = "{validation.size.max}") String address,
		@Size(max = 4000, message = "{validation.size.max}") String notes, Boolean active,
		@Valid @Size(max = 50, message = "{validation.size.max}") List<PersonInput> people) {

	public VendorInput {
		people = people == null ? List.of() : people;
	}

	/**
	 * A person of the vendor, optionally linked to a user account (typically one with the
	 * VENDOR role).
	 */
	public record PersonInput(
			@NotBlank(message = "{directory.name.required}") @Size(max = 200,
					message = "{validation.size.max}") String name,
			@Size(max = 50, message = "{validation.size.max}") String phone,
			@Email(message = "{directory.email.invalid}") @Size(max = 320,
					message = "{validation.size.max}") String email,
			UUID userId) {
	}
}
