package jp.hikeshi.identity.internal.sso;

import org.springframework.security.authentication.AccountStatusException;

/**
 * The outside identity was proven but Hikeshi will not let it in: no mapped role, or its
 * user name belongs to an account of another organisation or linked to another identity.
 * Shown on its own page, never as a wrong password.
 */
public class SsoRefusedException extends AccountStatusException {

	public SsoRefusedException(String reason) {
		super(reason);
	}

}
