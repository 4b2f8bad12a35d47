package jp.hikeshi.evidence.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import jp.hikeshi.evidence.CustodyEntry;
import jp.hikeshi.evidence.CustodyTransfer;
import jp.hikeshi.evidence.EvidenceLocker;
import jp.hikeshi.evidence.EvidenceView;
import jp.hikeshi.evidence.NewEvidence;
import jp.hikeshi.identity.Actors;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Evidence items, their files and their chain of custody over REST (RES-2, DET-4). */
@RestController
@Tag(name = "evidence", description = "Evidence and chain of custody / 証拠と保管の記録")
class EvidenceApi {

	private final EvidenceLocker locker;

	private final Actors actors;

	EvidenceApi(EvidenceLocker locker, Actors actors) {
		this.locker = locker;
		this.actors = actors;
	}

	@GetMapping("/api/v1/incidents/{incidentId}/evidence")
	@Operation(summary = "Evidence of an incident, most volatile first")
	List<EvidenceView> list(@PathVariable UUID incidentId) {
		return locker.forIncident(actors.current(), incidentId);
	}

	@GetMapping("/api/v1/reports/{reportId}/evidence")
	@Operation(
			summary = "Evidence of a report (e.g. the inert original of a mailed report), for those who may read the report")
	List<EvidenceView> forReport(@PathVariable UUID reportId) {
		return locker.forReport(actors.current(), reportId);
	}

	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping(path = "/api/v1/incidents/{incidentId}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(
			summary = "Register an item with its file: parts 'metadata' (JSON) and 'file'; the file is streamed and hashed")
	ResponseEntity<EvidenceView> upload(@PathVariable UUID incidentId,
			@Valid @RequestPart("metadata") NewEvidence metadata,
			@RequestPart(name = "file", required = false) MultipartFile file) throws IOException {
		EvidenceLocker.Upload upload = null;
		if (file != null && !file.isEmpty()) {
			upload = new EvidenceLocker.Upload(file.getInputStream(), file.getOriginalFilename(),
					file.getContentType());
		}
		return created(locker.register(actors.current(), incidentId, metadata, upload));
	}

	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping(path = "/api/v1/incidents/{incidentId}/evidence", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(
			summary = "Register an item by its metadata only (the file stays where it is kept, e.g. with the vendor)")
	ResponseEntity<EvidenceView> register(@PathVariable UUID incidentId, @Valid @RequestBody NewEvidence metadata) {
		return created(locker.register(actors.current(), incidentId, metadata, null));
	}

	@GetMapping("/api/v1/evidence/{id}")
	EvidenceView get(@PathVariable UUID id) {
		return locker.get(actors.current(), id);
	}

	@GetMapping("/api/v1/evidence/{id}/content")
	@Operation(
			summary = "Download the file (never inline); the hash is checked first, a mismatch answers 409 unless acceptMismatch=true")
	ResponseEntity<StreamingResponseBody> content(@PathVariable UUID id,
			@RequestParam(defaultValue = "false") boolean acceptMismatch) {
		EvidenceLocker.Download download = locker.download(actors.current(), id);
		if (!download.intact() && !acceptMismatch) {
			throw new IntegrityMismatch(download.item().sha256(), download.actualSha256());
		}
		return attachment(download);
	}

	/** The stored file no longer hashes to what was recorded. */
	static final class IntegrityMismatch extends RuntimeException {

		final String recorded;

		final String actual;

		IntegrityMismatch(String recorded, String actual) {
			super("recorded " + recorded + ", actual " + actual);
			this.recorded = recorded;
			this.actual = actual;
		}

	}

	@GetMapping("/api/v1/evidence/{id}/custody")
	List<CustodyEntry> custody(@PathVariable UUID id) {
		return locker.custody(actors.current(), id);
	}

	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/api/v1/evidence/{id}/custody")
	@Operation(
			summary = "Append a custody entry; entries are never changed, a correction names the position it corrects")
	ResponseEntity<CustodyEntry> transfer(@PathVariable UUID id, @Valid @RequestBody CustodyTransfer transfer) {
		CustodyEntry entry = locker.transfer(actors.current(), id, transfer);
		return ResponseEntity.status(HttpStatus.CREATED).body(entry);
	}

	/**
	 * Sends a stored file as a download only: a strict type, never rendered by the
	 * browser.
	 */
	static ResponseEntity<StreamingResponseBody> attachment(EvidenceLocker.Download download) {
		EvidenceView item = download.item();
		String name = item.fileName() == null ? item.number() + ".bin" : item.fileName();
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_OCTET_STREAM);
		headers.setContentDisposition(
				ContentDisposition.attachment().filename(name, java.nio.charset.StandardCharsets.UTF_8).build());
		headers.set("X-Content-Type-Options", "nosniff");
		headers.set("Content-Security-Policy", "sandbox; default-src 'none'");
		headers.setCacheControl("no-store");
		if (item.sizeBytes() != null) {
			headers.setContentLength(item.sizeBytes());
		}
		headers.set("X-Evidence-Sha256", download.actualSha256());
		headers.set("X-Evidence-Integrity", download.intact() ? "verified" : "MISMATCH");
		headers.set("Repr-Digest", "sha-256=:"
				+ Base64.getEncoder().encodeToString(HexFormat.of().parseHex(download.actualSha256())) + ":");
		StreamingResponseBody body = out -> {
			try (InputStream in = download.source().open()) {
				in.transferTo(out);
			}
		};
		return ResponseEntity.ok().headers(headers).body(body);
	}

	private static ResponseEntity<EvidenceView> created(EvidenceView view) {
		return ResponseEntity.created(URI.create("/api/v1/evidence/" + view.id())).body(view);
	}

}
