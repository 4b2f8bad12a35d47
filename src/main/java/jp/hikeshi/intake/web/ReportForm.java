package jp.hikeshi.intake.web;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jp.hikeshi.intake.AffectedPlaceInput;
import jp.hikeshi.intake.Channel;
import jp.hikeshi.intake.OccurrencePrecision;
import jp.hikeshi.intake.ReportSubmission;
import jp.hikeshi.shared.DisplayZone;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The report form as typed: local times in the display zone, assets chosen and places
 * typed one per line.
 */
public class ReportForm {

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
	private LocalDateTime detectedAt;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
	private LocalDateTime receivedAt;

	private String discovererName;

	private String discovererContact;

	private String reporterName;

	private String reporterContact;

	private OccurrencePrecision occurrencePrecision = OccurrencePrecision.UNKNOWN;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
	private LocalDateTime occurredFrom;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
	private LocalDateTime occurredTo;

	private String detectionPlace;

	private List<UUID> affectedAssets = new ArrayList<>();

	private String affectedOther;

	private String category;

	private Channel channel = Channel.WEB_FORM;

	private String summary;

	private String description;

	ReportSubmission toSubmission(DisplayZone zone) {
		List<AffectedPlaceInput> places = new ArrayList<>();
		affectedAssets.stream()
			.filter(java.util.Objects::nonNull)
			.distinct()
			.forEach(id -> places.add(new AffectedPlaceInput(id, null)));
		if (affectedOther != null) {
			affectedOther.lines()
				.map(String::strip)
				.filter(l -> !l.isEmpty())
				.forEach(l -> places.add(new AffectedPlaceInput(null, l)));
		}
		return new ReportSubmission(zone.toInstant(detectedAt), zone.toInstant(receivedAt), discovererName,
				discovererContact, reporterName, reporterContact, occurrencePrecision, zone.toInstant(occurredFrom),
				zone.toInstant(occurredTo), detectionPlace, places, category, channel, summary, description);
	}

	public LocalDateTime getDetectedAt() {
		return detectedAt;
	}

	public void setDetectedAt(LocalDateTime detectedAt) {
		this.detectedAt = detectedAt;
	}

	public LocalDateTime getReceivedAt() {
		return receivedAt;
	}

	public void setReceivedAt(LocalDateTime receivedAt) {
		this.receivedAt = receivedAt;
	}

	public String getDiscovererName() {
		return discovererName;
	}

	public void setDiscovererName(String discovererName) {
		this.discovererName = discovererName;
	}

	public String getDiscovererContact() {
		return discovererContact;
	}

	public void setDiscovererContact(String discovererContact) {
		this.discovererContact = discovererContact;
	}

	public String getReporterName() {
		return reporterName;
	}

	public void setReporterName(String reporterName) {
		this.reporterName = reporterName;
	}

	public String getReporterContact() {
		return reporterContact;
	}

	public void setReporterContact(String reporterContact) {
		this.reporterContact = reporterContact;
	}

	public OccurrencePrecision getOccurrencePrecision() {
		return occurrencePrecision;
	}

	public void setOccurrencePrecision(OccurrencePrecision occurrencePrecision) {
		this.occurrencePrecision = occurrencePrecision;
	}

	public LocalDateTime getOccurredFrom() {
		return occurredFrom;
	}

	public void setOccurredFrom(LocalDateTime occurredFrom) {
		this.occurredFrom = occurredFrom;
	}

	public LocalDateTime getOccurredTo() {
		return occurredTo;
	}

	public void setOccurredTo(LocalDateTime occurredTo) {
		this.occurredTo = occurredTo;
	}

	public String getDetectionPlace() {
		return detectionPlace;
	}

	public void setDetectionPlace(String detectionPlace) {
		this.detectionPlace = detectionPlace;
	}

	public List<UUID> getAffectedAssets() {
		return affectedAssets;
	}

	public void setAffectedAssets(List<UUID> affectedAssets) {
		this.affectedAssets = affectedAssets == null ? new ArrayList<>() : affectedAssets;
	}

	public String getAffectedOther() {
		return affectedOther;
	}

	public void setAffectedOther(String affectedOther) {
		this.affectedOther = affectedOther;
	}

	public String getCategory() {
		return category;
	}

	public void setCategory(String category) {
		this.category = category;
	}

	public Channel getChannel() {
		return channel;
	}

	public void setChannel(Channel channel) {
		this.channel = channel;
	}

	public String getSummary() {
		return summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

}
