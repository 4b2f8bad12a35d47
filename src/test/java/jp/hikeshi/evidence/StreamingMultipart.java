package jp.hikeshi.evidence;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A multipart body (metadata JSON + a file of pseudo-random bytes) generated while it is
 * sent, so that a test or a benchmark can upload more bytes than its own heap holds; the
 * file's SHA-256 is known once it has been sent.
 */
public final class StreamingMultipart {

	public static final String BOUNDARY = "hikeshi-boundary-7f3a";

	private final long size;

	private final MessageDigest digest;

	public StreamingMultipart(long size) {
		this.size = size;
		try {
			this.digest = MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

	public String contentType() {
		return "multipart/form-data; boundary=" + BOUNDARY;
	}

	public InputStream body(String metadataJson, String fileName) {
		String head = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"metadata\"\r\n"
				+ "Content-Type: application/json\r\n\r\n" + metadataJson + "\r\n--" + BOUNDARY
				+ "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\n"
				+ "Content-Type: application/octet-stream\r\n\r\n";
		String tail = "\r\n--" + BOUNDARY + "--\r\n";
		return new SequenceInputStream(java.util.Collections
			.enumeration(List.of(new ByteArrayInputStream(head.getBytes(StandardCharsets.UTF_8)), new Generated(),
					new ByteArrayInputStream(tail.getBytes(StandardCharsets.UTF_8)))));
	}

	/**
	 * The SHA-256 of the generated file; valid once the body has been read to the end.
	 */
	public String sha256() {
		return HexFormat.of().formatHex(digest.digest());
	}

	private final class Generated extends InputStream {

		private final SplittableRandom random = new SplittableRandom(20261126L);

		private long sent;

		@Override
		public int read() throws IOException {
			byte[] one = new byte[1];
			return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
		}

		@Override
		public int read(byte[] buffer, int off, int len) {
			if (sent >= size) {
				return -1;
			}
			int n = (int) Math.min(len, size - sent);
			for (int i = 0; i < n; i++) {
				buffer[off + i] = (byte) random.nextInt(256);
			}
			digest.update(buffer, off, n);
			sent += n;
			return n;
		}

	}

}
