package jp.hikeshi.evidence.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * A content-addressed file store: a file is streamed to disk while its SHA-256 is
 * computed, then kept once under its hash ({@code ab/cd/abcd…}). No file is ever held in
 * memory whole.
 */
@Component
@EnableConfigurationProperties(EvidenceProperties.class)
public class ContentStore {

	private static final int BUFFER = 64 * 1024;

	private final Path root;

	private final long maxBytes;

	private final Counter bytes;

	ContentStore(EvidenceProperties settings, MeterRegistry meters) {
		this.root = settings.store().toAbsolutePath().normalize();
		this.maxBytes = settings.maxBytes();
		this.bytes = Counter.builder("hikeshi.evidence.bytes")
			.baseUnit("bytes")
			.description("Bytes of new evidence content written to the store (content already there is not counted)")
			.register(meters);
	}

	/**
	 * What was stored: the hash, the size, and whether the same content was already
	 * there.
	 */
	public record Stored(String sha256, long size, boolean alreadyPresent) {
	}

	/** Thrown when a file passes the configured size limit; nothing is kept. */
	public static class TooLarge extends RuntimeException {

		private final long max;

		public TooLarge(long max) {
			super("file exceeds " + max + " bytes");
			this.max = max;
		}

		/** The limit in bytes. */
		public long max() {
			return max;
		}

	}

	public Stored store(InputStream content) {
		try {
			Path incoming = root.resolve("incoming");
			Files.createDirectories(incoming);
			Path temp = Files.createTempFile(incoming, "upload-", ".part");
			try {
				MessageDigest sha = sha256();
				long size = 0;
				try (InputStream in = new DigestInputStream(content, sha);
						OutputStream out = Files.newOutputStream(temp)) {
					byte[] buffer = new byte[BUFFER];
					int n;
					while ((n = in.read(buffer)) > 0) {
						size += n;
						if (size > maxBytes) {
							throw new TooLarge(maxBytes);
						}
						out.write(buffer, 0, n);
					}
				}
				String hash = HexFormat.of().formatHex(sha.digest());
				Path target = pathOf(hash);
				if (Files.exists(target)) {
					return new Stored(hash, size, true);
				}
				Files.createDirectories(target.getParent());
				try {
					Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
				}
				catch (AtomicMoveNotSupportedException ex) {
					Files.move(temp, target);
				}
				catch (FileAlreadyExistsException concurrentUpload) {
					return new Stored(hash, size, true);
				}
				bytes.increment(size);
				return new Stored(hash, size, false);
			}
			finally {
				Files.deleteIfExists(temp);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public InputStream open(String sha256) throws IOException {
		return Files.newInputStream(pathOf(sha256));
	}

	public long size(String sha256) throws IOException {
		return Files.size(pathOf(sha256));
	}

	/**
	 * Reads the stored file again and computes its SHA-256, to show whether it still
	 * matches.
	 */
	public String rehash(String sha256) throws IOException {
		MessageDigest sha = sha256();
		try (InputStream in = new DigestInputStream(open(sha256), sha)) {
			in.transferTo(OutputStream.nullOutputStream());
		}
		return HexFormat.of().formatHex(sha.digest());
	}

	/** The store's directory (it may not exist before the first upload). */
	Path root() {
		return root;
	}

	public Path path(String sha256) {
		return pathOf(sha256);
	}

	Path pathOf(String sha256) {
		if (!sha256.matches("[0-9a-f]{64}")) {
			throw new IllegalArgumentException("not a SHA-256: " + sha256);
		}
		return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
	}

	static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

}
