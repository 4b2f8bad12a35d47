package jp.hikeshi.incident;

import java.util.Comparator;
import java.util.Map;
import java.util.UUID;

import jp.hikeshi.directory.AssetCatalog;
import jp.hikeshi.directory.AssetView;
import jp.hikeshi.identity.Person;
import jp.hikeshi.incident.internal.AffectedAsset;
import jp.hikeshi.incident.internal.Incident;

import org.springframework.stereotype.Component;

/**
 * Maps the stored incident to the view the API and the pages show, with the current names
 * of its assets.
 */
@Component
class IncidentViews {

	private final AssetCatalog assets;

	IncidentViews(AssetCatalog assets) {
		this.assets = assets;
	}

	IncidentView of(Incident i) {
		Map<UUID, AssetView> names = assets.findAll(i.organisation(),
				i.assets().stream().map(AffectedAsset::assetId).toList());
		var t = i.times();
		return IncidentView.builder()
			.id(i.id())
			.number(i.number())
			.title(i.title())
			.category(i.category())
			.ranked(i.urgency(), i.severity(), PriorityScheme.ofSeverity(i.severity()).orElse(null),
					i.priority().label())
			.state(i.state())
			.processes(i.progress())
			.commander(i.commanderId() == null ? null : new Person(i.commanderId(), i.commanderName()))
			.handlers(i.handlers()
				.stream()
				.map(h -> new Person(h.userId(), h.name()))
				.sorted(Comparator.comparing(Person::displayName))
				.toList())
			.reports(i.reports()
				.stream()
				.map(r -> new IncidentView.LinkedReport(r.reportId(), r.reportNumber(), r.linkedAt()))
				.sorted(Comparator.comparing(IncidentView.LinkedReport::linkedAt)
					.thenComparing(IncidentView.LinkedReport::number))
				.toList())
			.assets(i.assets()
				.stream()
				.map(a -> new IncidentView.AffectedAsset(a.assetId(),
						names.containsKey(a.assetId()) ? names.get(a.assetId()).name() : null))
				.sorted(Comparator.comparing(a -> String.valueOf(a.name())))
				.toList())
			.occurred(t.occurredFrom(), t.occurredTo())
			.detectedAt(t.detectedAt())
			.receivedAt(t.receivedAt())
			.acknowledgedAt(t.acknowledgedAt())
			.containedAt(t.containedAt())
			.recoveredAt(t.recoveredAt())
			.closedAt(t.closedAt())
			.becameAwareAt(t.becameAwareAt())
			.openedAt(i.openedAt())
			.version(i.version())
			.build();
	}

}
