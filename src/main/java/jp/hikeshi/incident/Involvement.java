package jp.hikeshi.incident;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jp.hikeshi.directory.Vendors;
import jp.hikeshi.identity.Actor;
import jp.hikeshi.identity.Role;
import jp.hikeshi.incident.internal.InvolvementQueries;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who works on which open incident (for the home page): a person's incidents as commander
 * or handler, a vendor's shared incidents; and incident labels for lists that hold only
 * incident ids.
 */
@Service
@Transactional(readOnly = true)
public class Involvement {

	private static final Comparator<InvolvedIncident> QUEUE_ORDER = Comparator
		.comparing((InvolvedIncident i) -> i.incident().priority())
		.thenComparing(i -> i.incident().openedAt())
		.thenComparing(i -> i.incident().id());

	private final InvolvementQueries queries;

	private final Vendors vendors;

	Involvement(InvolvementQueries queries, Vendors vendors) {
		this.queries = queries;
		this.vendors = vendors;
	}

	/**
	 * Up to {@code limit} open incidents of the actor, by priority then oldest first: for
	 * a VENDOR account the ones shared with its vendor (most recently shared), for staff
	 * the ones they command, then the ones they handle.
	 */
	public List<InvolvedIncident> mine(Actor by, int limit) {
		UUID org = by.organisation().value();
		Map<UUID, InvolvedIncident> found = new LinkedHashMap<>();
		if (by.has(Role.VENDOR)) {
			vendors.vendorOf(by)
				.ifPresent(v -> queries.sharedWith(org, v, limit)
					.forEach(l -> found.putIfAbsent(l.id(), new InvolvedIncident(l, InvolvedIncident.Part.VENDOR))));
		}
		if (by.seesWholeOrganisation()) {
			queries.commandedBy(org, by.id(), limit)
				.forEach(l -> found.putIfAbsent(l.id(), new InvolvedIncident(l, InvolvedIncident.Part.COMMANDER)));
			queries.handledBy(org, by.id(), limit)
				.forEach(l -> found.putIfAbsent(l.id(), new InvolvedIncident(l, InvolvedIncident.Part.HANDLER)));
		}
		return found.values().stream().sorted(QUEUE_ORDER).limit(limit).toList();
	}

	/**
	 * The labels of the actor's organisation's incidents among {@code ids}, by id
	 * (unknown ids are left out).
	 */
	public Map<UUID, IncidentLabel> labels(Actor by, Collection<UUID> ids) {
		Map<UUID, IncidentLabel> labels = new LinkedHashMap<>();
		queries.labels(by.organisation().value(), ids).forEach(l -> labels.put(l.id(), l));
		return labels;
	}

}
