package jp.hikeshi.incident;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jp.hikeshi.shared.OrganisationId;

import org.springframework.stereotype.Component;

/**
 * A stand-in for the later task and obligation modules: blocks closing the incidents a
 * test names.
 */
@Component
public class BlockingClosingGuard implements ClosingGuard {

	static final Set<UUID> BLOCKED = ConcurrentHashMap.newKeySet();

	@Override
	public List<OpenItem> openItems(OrganisationId organisation, UUID incidentId) {
		return BLOCKED.contains(incidentId) ? List.of(new OpenItem("OBLIGATION", "個人情報保護委員会への速報")) : List.of();
	}

}
