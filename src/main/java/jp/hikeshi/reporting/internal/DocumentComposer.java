package jp.hikeshi.reporting.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import jp.hikeshi.incident.IncidentView;
import jp.hikeshi.reporting.DocumentDates;
import jp.hikeshi.reporting.DocumentKind;
import jp.hikeshi.reporting.PrivacyAssessmentView;
import jp.hikeshi.reporting.PrivacyFacts;
import jp.hikeshi.shared.DisplayZone;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Drafts each document kind from the incident, its APPI assessment and its evidence, in
 * the requested language. What the records cannot know is marked for the author to fill
 * in; in the preliminary PPC report, what is not yet known is stated as such, as the PPC
 * accepts.
 */
@Component
public class DocumentComposer {

	private final MessageSource messages;

	private final DisplayZone zone;

	private final DocumentDates dates;

	DocumentComposer(MessageSource messages, DisplayZone zone, DocumentDates dates) {
		this.messages = messages;
		this.zone = zone;
		this.dates = dates;
	}

	public DocumentModel compose(DocumentKind kind, DocumentFacts f, Locale locale) {
		Texts t = new Texts(locale);
		IncidentView i = f.incident();
		List<DocumentModel.Item> items = switch (kind) {
			case MANAGEMENT_REPORT -> management(t, f);
			case RELATED_ORGANISATION_NOTICE -> List.of(t.item("happened", summary(t, f)),
					t.item("systems", affectedSystems(t, f)), t.item("businessImpact", businessImpact(t, f)),
					t.item("press", t.fill()), t.item("contact", commander(t, i)));
			case PPC_PRELIMINARY -> ppc(t, f, true);
			case PPC_FINAL -> ppc(t, f, false);
			case NOTICE_TO_PERSONS ->
				List.of(t.item("ppc1", summary(t, f)), t.item("ppc2", dataItems(t, f)), t.item("ppc4", t.fill()),
						t.item("ppc5", t.fill()), t.item("ppc9", t.get("reporting.doc.inquiryDesk")));
			case IPA_VIRUS -> List.of(t.item("reporter", reporter(t, f)), t.item("foundOrInfected", t.fill()),
					t.item("virusName", t.fill()), t.item("dateAndCount", t.time(i.detectedAt()) + " / " + t.fill()),
					t.item("whereFound", systems(t, i)), t.item("environment", t.fill()), t.item("howFound", t.fill()),
					t.item("route", t.fill()), t.item("damage", t.fill()));
			case IPA_UNAUTHORISED_ACCESS ->
				List.of(t.item("reporter", reporter(t, f)), t.item("dateFound", t.time(i.detectedAt())),
						t.item("equipment", systems(t, i)), t.item("hosting", t.fill()), t.item("diagram", t.fill()),
						t.item("howFound", t.fill()), t.item("damage", summary(t, f)));
			case JPCERT ->
				List.of(t.item("reporter", reporter(t, f)), t.item("purpose", t.get("reporting.doc.purposeOptions")),
						t.item("systems", systems(t, i) + "\n" + t.get("reporting.doc.systemDetails")),
						t.item("incidentType", f.categoryName()), t.item("discovered", t.time(i.detectedAt())),
						t.item("source", t.fill()),
						t.item("timeZone",
								t.get("reporting.doc.timeZoneValue", dates.zoneName(locale),
										zone.zone().getRules().getOffset(f.generatedAt()).getId())),
						t.item("startEnd", t.time(i.occurredFrom()) + " - " + t.time(i.occurredTo())),
						t.item("clockSync", t.fill()),
						t.item("logs", t.get("reporting.doc.logsAttached", f.evidence().size())));
			case POLICE_MEMO -> List.of(
					t.item("when",
							t.get("reporting.doc.whenValue", t.time(i.occurredFrom()), t.time(i.detectedAt()),
									t.time(becameAwareAt(f)))),
					t.item("where", where(t, f)), t.item("who", discoverers(t, f)), t.item("what", summary(t, f)),
					t.item("why", t.unknown()), t.item("how", t.fill()), t.item("confirmedWithDiscoverer", t.fill()),
					t.item("requests", t.get("reporting.doc.policeRequests")));
			case PRESS_RELEASE -> List.of(t.item("headline", i.title()), t.item("happened", summary(t, f)),
					t.item("timeline", timeline(t, f)), t.item("impact", dataItems(t, f)), t.item("cause", t.fill()),
					t.item("response", t.fill()), t.item("prevention", t.fill()),
					t.item("contact", t.get("reporting.doc.inquiryDesk")));
		};
		boolean evidenceTable = kind == DocumentKind.POLICE_MEMO || kind == DocumentKind.JPCERT;
		List<List<String>> evidence = !evidenceTable ? List.of()
				: f.evidence()
					.stream()
					.map(e -> List.of(e.number(), e.title(), t.time(e.collectedAt()), e.collectedBy(),
							e.sha256() == null ? "-" : e.sha256()))
					.toList();
		String ransom = f.ransomware() && (kind == DocumentKind.MANAGEMENT_REPORT || kind == DocumentKind.POLICE_MEMO)
				? t.get("reporting.rep5.rule") + " "
						+ f.ransomDecision()
							.map(d -> t.get("reporting.rep5.confirmed", d.confirmedBy(), t.time(d.confirmedAt())))
							.orElse(t.get("reporting.rep5.notConfirmed"))
				: null;
		String subtitle = kind == DocumentKind.PPC_PRELIMINARY ? t.get("reporting.doc.preliminaryNote")
				: kind == DocumentKind.PPC_FINAL ? t.get("reporting.doc.finalNote") : null;
		return new DocumentModel(kind, locale.getLanguage(), t.get("reporting.doc." + kind.slug() + ".title"), subtitle,
				t.get("reporting.doc.incidentLine", i.number(), i.title(), f.organisationName()),
				t.get("reporting.doc.generated", t.time(f.generatedAt()), dates.zoneName(locale)), items,
				List.of(t.get("reporting.doc.ev.number"), t.get("reporting.doc.ev.title"),
						t.get("reporting.doc.ev.collectedAt"), t.get("reporting.doc.ev.collectedBy"), "SHA-256"),
				evidence, ransom, t.get("reporting.doc.disclaimer"));
	}

	private List<DocumentModel.Item> management(Texts t, DocumentFacts f) {
		IncidentView i = f.incident();
		List<DocumentModel.Item> items = new ArrayList<>(List.of(t.item("happened", summary(t, f)),
				t.item("timeline", timeline(t, f)), t.item("systems", systems(t, i)),
				t.item("status",
						t.get("reporting.doc.statusValue", t.get("incidentState." + i.state().name()), i.priority(),
								commander(t, i))),
				t.item("personalData",
						f.assessment().map(a -> decision(t, a)).orElse(t.get("reporting.doc.notAssessed"))),
				t.item("deadlines",
						f.assessment()
							.filter(a -> a.decision().ppcReportRequired())
							.map(a -> t.get("reporting.doc.deadlinesValue",
									dates.due(a.deadlines().preliminaryDueAt(), t.locale),
									dates.due(a.deadlines().finalDueAt(), t.locale)))
							.orElse(t.get("reporting.doc.noDeadlines"))),
				t.item("decisions", t.fill())));
		return items;
	}

	private List<DocumentModel.Item> ppc(Texts t, DocumentFacts f, boolean preliminary) {
		String later = preliminary ? t.unknown() : t.fill();
		String outsourcing = f.assessment()
			.map(a -> t.get("reporting.outsourcing." + a.facts().outsourcing()) + " / "
					+ t.get(a.publicBody() ? "reporting.org.public" : "reporting.org.private") + whoReports(t, a) + "\n"
					+ decision(t, a))
			.orElse(t.get("reporting.doc.notAssessed"));
		return List.of(t.item("ppc1", summary(t, f) + "\n" + timeline(t, f)), t.item("ppc2", dataItems(t, f)),
				t.item("ppc3", persons(t, f)), t.item("ppc4", later), t.item("ppc5", later),
				t.item("ppc6",
						f.assessment()
							.map(a -> t.get(a.decision().noticeRequired() ? "reporting.doc.noticePlanned"
									: "reporting.doc.noticeNotRequired"))
							.orElse(later)),
				t.item("ppc7", later), t.item("ppc8", later), t.item("ppc9", outsourcing));
	}

	private String summary(Texts t, DocumentFacts f) {
		return t.get("reporting.doc.summaryValue", f.incident().title(), f.categoryName());
	}

	private String timeline(Texts t, DocumentFacts f) {
		IncidentView i = f.incident();
		return t.get("reporting.doc.timelineValue", t.time(i.occurredFrom()), t.time(i.detectedAt()),
				t.time(becameAwareAt(f)), t.time(i.containedAt()), t.time(i.recoveredAt()));
	}

	/**
	 * The 知った時 the legal clocks count from: the assessment's once there is one, so
	 * documents and deadlines agree.
	 */
	private static Instant becameAwareAt(DocumentFacts f) {
		return f.assessment().map(a -> a.facts().becameAwareAt()).orElse(f.incident().becameAwareAt());
	}

	/**
	 * Who reports for whom under an outsourcing relation (委託元 / 委託先), and whether
	 * jointly.
	 */
	private String whoReports(Texts t, PrivacyAssessmentView a) {
		PrivacyFacts p = a.facts();
		if (p.outsourcing() == jp.hikeshi.reporting.Outsourcing.NONE) {
			return "";
		}
		String other = a.counterpartName() != null ? a.counterpartName() : t.get("reporting.counterpart.unnamed");
		return "\n" + t.get("reporting.whoReports." + p.outsourcing() + (p.jointReport() ? ".joint" : ""), other);
	}

	private String systems(Texts t, IncidentView i) {
		return i.assets().isEmpty() ? t.fill()
				: i.assets().stream().map(a -> String.valueOf(a.name())).collect(Collectors.joining(", "));
	}

	/** The incident's assets and the places its reports name, each once. */
	private String affectedSystems(Texts t, DocumentFacts f) {
		Set<String> names = new LinkedHashSet<>();
		f.incident().assets().forEach(a -> names.add(String.valueOf(a.name())));
		f.reports().forEach(r -> names.addAll(r.affectedPlaces()));
		return names.isEmpty() ? t.fill() : String.join(", ", names);
	}

	/**
	 * The impact on business that fact-finding recorded (TRI-1), for the related
	 * organisations (REP-2).
	 */
	private String businessImpact(Texts t, DocumentFacts f) {
		String impacts = f.reports()
			.stream()
			.map(DocumentFacts.SourceReport::impact)
			.filter(DocumentComposer::present)
			.distinct()
			.collect(Collectors.joining("\n"));
		return impacts.isEmpty() ? t.fill() : impacts;
	}

	/**
	 * Who found the event and who reported it, as the reports recorded them (REP-3,
	 * police).
	 */
	private String discoverers(Texts t, DocumentFacts f) {
		String lines = f.reports()
			.stream()
			.map(r -> t.get("reporting.doc.whoValue", person(t, r.discoverer(), r.discovererContact()),
					person(t, r.reporter(), r.reporterContact())))
			.distinct()
			.collect(Collectors.joining("\n"));
		return lines.isEmpty() ? t.fill() : lines;
	}

	private String where(Texts t, DocumentFacts f) {
		String found = f.reports()
			.stream()
			.map(DocumentFacts.SourceReport::detectionPlace)
			.filter(DocumentComposer::present)
			.distinct()
			.collect(Collectors.joining(", "));
		return t.get("reporting.doc.whereValue", found.isEmpty() ? t.fill() : found, affectedSystems(t, f));
	}

	private String person(Texts t, String name, String contact) {
		if (!present(name)) {
			return t.fill();
		}
		return present(contact) ? t.get("reporting.doc.personWithContact", name, contact) : name;
	}

	private static boolean present(String text) {
		return text != null && !text.isBlank();
	}

	private String commander(Texts t, IncidentView i) {
		return i.commander() == null ? t.fill() : i.commander().displayName();
	}

	private String reporter(Texts t, DocumentFacts f) {
		return t.get("reporting.doc.reporterValue", f.organisationName(), commander(t, f.incident()));
	}

	private String dataItems(Texts t, DocumentFacts f) {
		return f.assessment().map(a -> {
			PrivacyFacts p = a.facts();
			if (!p.personalInformation()) {
				return t.get("reporting.rule.NO_PERSONAL_INFORMATION");
			}
			List<String> kinds = new ArrayList<>();
			if (p.sensitive()) {
				kinds.add(t.get("reporting.kind.sensitive"));
			}
			if (p.financial()) {
				kinds.add(t.get("reporting.kind.financial"));
			}
			if (p.myNumber()) {
				kinds.add(t.get("reporting.kind.myNumber"));
			}
			if (p.otherKinds()) {
				kinds.add(t.get("reporting.kind.other"));
			}
			return String.join(", ", kinds) + (p.notes() == null ? "" : "\n" + p.notes());
		}).orElse(t.unknown());
	}

	private String persons(Texts t, DocumentFacts f) {
		return f.assessment()
			.flatMap(a -> PersonCount.of(a.facts()))
			.map(count -> t.get(count.messageKey(), count.arguments()))
			.orElse(t.unknown());
	}

	private String decision(Texts t, PrivacyAssessmentView a) {
		String rules = a.decision()
			.rules()
			.stream()
			.map(r -> t.get(r.messageKey()))
			.collect(Collectors.joining(t.get("reporting.doc.ruleSeparator")));
		return t.get("reporting.doc.decisionValue",
				t.get(a.decision().ppcReportRequired() ? "reporting.doc.ppcRequired" : "reporting.doc.ppcNotRequired"),
				rules);
	}

	/** Message lookup and time formatting in one language. */
	private final class Texts {

		final Locale locale;

		Texts(Locale locale) {
			this.locale = locale;
		}

		String get(String key, Object... args) {
			return messages.getMessage(key, args, locale);
		}

		DocumentModel.Item item(String name, String text) {
			return new DocumentModel.Item(get("reporting.doc.item." + name), text);
		}

		String fill() {
			return get("reporting.doc.fill");
		}

		String unknown() {
			return get("reporting.doc.notYetKnown");
		}

		String time(Instant instant) {
			return instant == null ? get("reporting.doc.unknownTime") : dates.dateTime(instant, locale);
		}

	}

}
