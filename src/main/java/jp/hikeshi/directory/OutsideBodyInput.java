package jp.hikeshi.directory;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The editable details of an outside body; sortOrder keeps its place when omitted. */
public record OutsideBodyInput(
		@NotBlank(message = "{directory.name.required}") @Size(max = 200,
				message = "{validation.size.max}") String nameJa,
		@Size(max = 200, message = "{validation.size.max}") String nameEn,
		@Size(max = 1000, message = "{validation.size.max}") String purposeJa,
		@Size(max = 1000, message = "{validation.size.max}") String purposeEn,
		@Size(max = 50, message = "{validation.size.max}") String phone,
		@Email(message = "{directory.email.invalid}") @Size(max = 320, message = "{validation.size.max}") String email,
		@Size(max = 500, message = "{validation.size.max}") String url,
		@Size(max = 4000, message = "{validation.size.max}") String notes, Integer sortOrder) {
}
