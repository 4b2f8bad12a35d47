package jp.hikeshi.remediation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jp.hikeshi.incident.ClosingGuard;
import jp.hikeshi.remediation.internal.ContainmentAction;
import jp.hikeshi.remediation.internal.ContainmentActions;
import jp.hikeshi.remediation.internal.RecoveryItems;
import jp.hikeshi.shared.OrganisationId;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Keeps an incident open while first aid or recovery is unfinished (RES-3, RES-4): a
 * containment action still only requested or applied, or a recovery item neither verified
 * OK nor cancelled ({@link RemediationPolicies#blocksClosing}). Each open one is named in
 * the reader's language (ja or en) with the stage it is stuck at.
 */
@Component
class RemediationClosingGuard implements ClosingGuard {

	private final ContainmentActions actions;

	private final RecoveryItems items;

	private final MessageSource messages;

	RemediationClosingGuard(ContainmentActions actions, RecoveryItems items, MessageSource messages) {
		this.actions = actions;
		this.items = items;
		this.messages = messages;
	}

	@Override
	public List<OpenItem> openItems(OrganisationId organisation, UUID incidentId) {
		Locale locale = LocaleContextHolder.getLocale();
		List<OpenItem> open = new ArrayList<>();
		String page = "/incidents/" + incidentId + "/remediation";
		actions.findByOrganisationIdAndIncidentIdOrderByCreatedAt(organisation.value(), incidentId)
			.stream()
			.filter(a -> RemediationPolicies.blocksClosing(a.currentStep()))
			.map(ContainmentAction::view)
			.forEach(
					v -> open
						.add(new OpenItem("CONTAINMENT",
								messages.getMessage("remediation.open.containment",
										IncidentFollowUp.containmentArgs(messages, v, v.step(), locale), locale),
								page)));
		items.findByOrganisationIdAndIncidentIdOrderByCreatedAt(organisation.value(), incidentId)
			.stream()
			.filter(i -> RemediationPolicies.blocksClosing(i.stage()))
			.forEach(i -> open.add(new OpenItem("RECOVERY", messages.getMessage("remediation.open.recovery",
					new Object[] { i.label(), IncidentFollowUp.label(messages, "recovery.stage." + i.stage(), locale) },
					locale), page)));
		return open;
	}

}
