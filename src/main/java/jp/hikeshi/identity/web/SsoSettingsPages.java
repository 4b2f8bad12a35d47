package jp.hikeshi.identity.web;

import jp.hikeshi.identity.Actor;
import jp.hikeshi.identity.Actors;
import jp.hikeshi.identity.Role;
import jp.hikeshi.identity.internal.sso.LdapSettings;
import jp.hikeshi.identity.internal.sso.OidcSettings;
import jp.hikeshi.identity.internal.sso.SsoAdministration;
import jp.hikeshi.identity.web.SsoForms.LdapForm;
import jp.hikeshi.identity.web.SsoForms.OidcForm;
import jp.hikeshi.shared.RejectedInputException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Administrators set the organisation's OpenID Connect provider and LDAP directory, and
 * see who is refused.
 */
@Controller
class SsoSettingsPages {

	private final SsoAdministration administration;

	private final Actors actors;

	SsoSettingsPages(SsoAdministration administration, Actors actors) {
		this.administration = administration;
		this.actors = actors;
	}

	@ModelAttribute("allRoles")
	Role[] allRoles() {
		return Role.values();
	}

	@GetMapping("/admin/sso")
	String show(Model model) {
		Actor actor = actors.current();
		OidcSettings oidc = administration.oidc(actor);
		LdapSettings ldap = administration.ldap(actor);
		OidcForm oidcForm = new OidcForm();
		oidcForm.setEnabled(oidc.enabled());
		oidcForm.setDisplayName(oidc.displayName());
		oidcForm.setIssuerUri(oidc.issuerUri());
		oidcForm.setClientId(oidc.clientId());
		oidcForm.setUsernameClaim(oidc.usernameClaim());
		oidcForm.setRoleClaim(oidc.roleClaim());
		oidcForm.setMappings(SsoForms.rowsOf(oidc.mappings()));
		LdapForm ldapForm = new LdapForm();
		ldapForm.setEnabled(ldap.enabled());
		ldapForm.setUrl(ldap.url());
		ldapForm.setBaseDn(ldap.baseDn());
		ldapForm.setBindDn(ldap.bindDn());
		ldapForm.setUserSearchBase(ldap.userSearchBase());
		ldapForm.setUserSearchFilter(ldap.userSearchFilter());
		ldapForm.setGroupAttribute(ldap.groupAttribute());
		ldapForm.setMappings(SsoForms.rowsOf(ldap.mappings()));
		return page(model, oidcForm, ldapForm);
	}

	private static boolean stored(String secret) {
		return secret != null && !secret.isBlank();
	}

	@PostMapping("/admin/sso/oidc")
	String saveOidc(@ModelAttribute("oidcForm") OidcForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Actor actor = actors.current();
		try {
			administration.change(actor,
					new OidcSettings(actor.organisation(), form.isEnabled(), form.getDisplayName(), form.getIssuerUri(),
							form.getClientId(), form.getClientSecret(), form.getUsernameClaim(), form.getRoleClaim(),
							SsoForms.mappingsOf(form.getMappings()), null));
			redirect.addFlashAttribute("flash", "sso.saved");
			return "redirect:/admin/sso";
		}
		catch (RejectedInputException ex) {
			ex.problems().forEach(p -> result.rejectValue(p.field(), p.messageKey(), p.args(), null));
			form.setClientSecret(null);
			form.setMappings(SsoForms.rowsOf(SsoForms.mappingsOf(form.getMappings())));
			show(model);
			model.addAttribute("oidcForm", form);
			return "identity/sso";
		}
	}

	@PostMapping("/admin/sso/ldap")
	String saveLdap(@ModelAttribute("ldapForm") LdapForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Actor actor = actors.current();
		try {
			administration.change(actor,
					new LdapSettings(actor.organisation(), form.isEnabled(), form.getUrl(), form.getBaseDn(),
							form.getBindDn(), form.getBindPassword(), form.getUserSearchBase(),
							form.getUserSearchFilter(), form.getGroupAttribute(),
							SsoForms.mappingsOf(form.getMappings()), null));
			redirect.addFlashAttribute("flash", "sso.saved");
			return "redirect:/admin/sso";
		}
		catch (RejectedInputException ex) {
			ex.problems().forEach(p -> result.rejectValue(p.field(), p.messageKey(), p.args(), null));
			form.setBindPassword(null);
			form.setMappings(SsoForms.rowsOf(SsoForms.mappingsOf(form.getMappings())));
			show(model);
			model.addAttribute("ldapForm", form);
			return "identity/sso";
		}
	}

	private String page(Model model, OidcForm oidcForm, LdapForm ldapForm) {
		model.addAttribute("oidcForm", oidcForm);
		model.addAttribute("ldapForm", ldapForm);
		model.addAttribute("redirectUri",
				ServletUriComponentsBuilder.fromCurrentContextPath()
					.path("/login/oauth2/code/{id}")
					.buildAndExpand(actors.current().organisation().value())
					.toUriString());
		model.addAttribute("oidcSecretStored", stored(administration.oidc(actors.current()).clientSecret()));
		model.addAttribute("ldapPasswordStored", stored(administration.ldap(actors.current()).bindPassword()));
		return "identity/sso";
	}

}
