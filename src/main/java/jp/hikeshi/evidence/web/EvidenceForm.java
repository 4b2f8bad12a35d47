package jp.hikeshi.evidence.web;

import java.time.LocalDateTime;

import jp.hikeshi.evidence.EvidenceKind;
import jp.hikeshi.evidence.NewEvidence;
import jp.hikeshi.shared.DisplayZone;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.multipart.MultipartFile;

/** The evidence form as typed; times are local to the display zone. */
public class EvidenceForm {

	private EvidenceKind kind = EvidenceKind.LOGS;

	private String title;

	private Integer volatilityRank;

	private String collectedBy;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
	private LocalDateTime collectedAt;

	private String method;

	private String storageLocation;

	private String sha256;

	private String notes;

	private MultipartFile file;

	NewEvidence toNewEvidence(DisplayZone zone) {
		return NewEvidence.of(kind, title)
			.withVolatilityRank(volatilityRank)
			.withCollectedBy(collectedBy)
			.withCollectedAt(zone.toInstant(collectedAt))
			.withMethod(method)
			.withStorageLocation(storageLocation)
			.withSha256(sha256 == null || sha256.isBlank() ? null : sha256.strip())
			.withNotes(notes);
	}

	public EvidenceKind getKind() {
		return kind;
	}

	public void setKind(EvidenceKind kind) {
		this.kind = kind;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public Integer getVolatilityRank() {
		return volatilityRank;
	}

	public void setVolatilityRank(Integer volatilityRank) {
		this.volatilityRank = volatilityRank;
	}

	public String getCollectedBy() {
		return collectedBy;
	}

	public void setCollectedBy(String collectedBy) {
		this.collectedBy = collectedBy;
	}

	public LocalDateTime getCollectedAt() {
		return collectedAt;
	}

	public void setCollectedAt(LocalDateTime collectedAt) {
		this.collectedAt = collectedAt;
	}

	public String getMethod() {
		return method;
	}

	public void setMethod(String method) {
		this.method = method;
	}

	public String getStorageLocation() {
		return storageLocation;
	}

	public void setStorageLocation(String storageLocation) {
		this.storageLocation = storageLocation;
	}

	public String getSha256() {
		return sha256;
	}

	public void setSha256(String sha256) {
		this.sha256 = sha256;
	}

	public String getNotes() {
		return notes;
	}

	public void setNotes(String notes) {
		this.notes = notes;
	}

	public MultipartFile getFile() {
		return file;
	}

	public void setFile(MultipartFile file) {
		this.file = file;
	}

}
