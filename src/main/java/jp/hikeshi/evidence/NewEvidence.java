package jp.hikeshi.evidence;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * What is recorded about an evidence item when it is registered, with or without its
 * file.
 */
public record NewEvidence(@NotNull(message = "{evidence.kind.required}") EvidenceKind kind,
		@NotBlank(message = "{evidence.title.required}") @Size(max = 200,
				message = "{validation.size.max}") String title,
		@Min(value = 1, message = "{evidence.volatility.range}") @Max(value = 7,
				message = "{evidence.volatility.range}") Integer volatilityRank,
		UUID sourceAssetId, @Size(max = 200, message = "{validation.size.max}") String collectedBy, Instant collectedAt,
		@Size(max = 500, message = "{validation.size.max}") String method,
		@Size(max = 500, message = "{validation.size.max}") String storageLocation,
		@PositiveOrZero(message = "{evidence.size.negative}") Long sizeBytes,
		@Pattern(regexp = "[0-9A-Fa-f]{64}", message = "{evidence.sha256.invalid}") String sha256,
		@Size(max = 4000, message = "{validation.size.max}") String notes) {

	/**
	 * An item of the kind with only its title; the {@code with…} methods add what is
	 * known about it.
	 */
	public static NewEvidence of(EvidenceKind kind, String title) {
		return new NewEvidence(kind, title, null, null, null, null, null, null, null, null, null);
	}

	public NewEvidence withVolatilityRank(Integer value) {
		return new NewEvidence(kind, title, value, sourceAssetId, collectedBy, collectedAt, method, storageLocation,
				sizeBytes, sha256, notes);
	}

	public NewEvidence withSourceAsset(UUID value) {
		return new NewEvidence(kind, title, volatilityRank, value, collectedBy, collectedAt, method, storageLocation,
				sizeBytes, sha256, notes);
	}

	public NewEvidence withCollectedBy(String value) {
		return new NewEvidence(kind, title, volatilityRank, sourceAssetId, value, collectedAt, method, storageLocation,
				sizeBytes, sha256, notes);
	}

	public NewEvidence withCollectedAt(Instant value) {
		return new NewEvidence(kind, title, volatilityRank, sourceAssetId, collectedBy, value, method, storageLocation,
				sizeBytes, sha256, notes);
	}

	public NewEvidence withMethod(String value) {
		return new NewEvidence(kind, title, volatilityRank, sourceAssetId, collectedBy, collectedAt, value,
				storageLocation, sizeBytes, sha256, notes);
	}

	public NewEvidence withStorageLocation(String value) {
		return new NewEvidence(kind, title, volatilityRank, sourceAssetId, collectedBy, collectedAt, method, value,
				sizeBytes, sha256, notes);
	}

	public NewEvidence withSizeBytes(Long value) {
		return new NewEvidence(kind, title, volatilityRank, sourceAssetId, collectedBy, collectedAt, method,
				storageLocation, value, sha256, notes);
	}

	public NewEvidence withSha256(String value) {
		return new NewEvidence(kind, title, volatilityRank, sourceAssetId, collectedBy, collectedAt, method,
				storageLocation, sizeBytes, value, notes);
	}

	public NewEvidence withNotes(String value) {
		return new NewEvidence(kind, title, volatilityRank, sourceAssetId, collectedBy, collectedAt, method,
				storageLocation, sizeBytes, sha256, value);
	}
}
