package jp.hikeshi.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A lean HTTP/1.1 client for the load phases: one kept-alive connection, a request
 * written in one piece, the answer read by its Content-Length or its chunks. The
 * benchmark's clients share the server's two cores, so a load generator that costs little
 * leaves the cores to the server, as a separate tool such as wrk would; the JDK's
 * {@code HttpClient} (selector thread, futures, header maps) took about a fifth of both
 * cores while 8 clients filed reports. Not a general client: no redirects, no TLS, no
 * compression; after a failure the next request opens a new connection, and only a GET on
 * a reused connection is sent again (a POST never twice).
 */
final class WireClient implements AutoCloseable {

	/** A status code and the body as text. */
	record Answer(int status, String body) {
	}

	private final String host;

	private final int port;

	private Socket socket;

	private OutputStream out;

	private InputStream in;

	WireClient(String host, int port) {
		this.host = host;
		this.port = port;
	}

	/**
	 * Sends one request; {@code headers} are complete lines without the final CRLF, e.g.
	 * {@code "Accept: x"}.
	 */
	Answer send(String method, String pathAndQuery, byte[] body, String... headers) throws IOException {
		StringBuilder head = new StringBuilder(256).append(method)
			.append(' ')
			.append(pathAndQuery)
			.append(" HTTP/1.1\r\n")
			.append("Host: ")
			.append(host)
			.append(':')
			.append(port)
			.append("\r\n");
		for (String header : headers) {
			head.append(header).append("\r\n");
		}
		if (body != null) {
			head.append("Content-Length: ").append(body.length).append("\r\n");
		}
		head.append("\r\n");
		byte[] headBytes = head.toString().getBytes(StandardCharsets.UTF_8);
		byte[] request = new byte[headBytes.length + (body == null ? 0 : body.length)];
		System.arraycopy(headBytes, 0, request, 0, headBytes.length);
		if (body != null) {
			System.arraycopy(body, 0, request, headBytes.length, body.length);
		}
		boolean reused = socket != null;
		try {
			return exchange(request);
		}
		catch (IOException broken) {
			close();
			if (reused && method.equals("GET")) {
				// the server closed a connection left idle (Tomcat's keep-alive timeout):
				// a GET can be sent again
				return exchange(request);
			}
			throw broken;
		}
	}

	private Answer exchange(byte[] request) throws IOException {
		if (socket == null) {
			socket = new Socket();
			socket.setTcpNoDelay(true);
			socket.connect(new InetSocketAddress(host, port), 5_000);
			socket.setSoTimeout(30_000);
			out = socket.getOutputStream();
			in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
		}
		out.write(request);
		out.flush();
		String statusLine = line();
		if (statusLine.length() < 12 || !statusLine.startsWith("HTTP/1.1 ")) {
			throw new IOException("not an HTTP/1.1 status line: " + statusLine);
		}
		int status = Integer.parseInt(statusLine.substring(9, 12));
		int length = -1;
		boolean chunked = false;
		boolean closeAfter = false;
		for (String header = line(); !header.isEmpty(); header = line()) {
			int colon = header.indexOf(':');
			String name = header.substring(0, colon).trim();
			String value = header.substring(colon + 1).trim();
			if (name.equalsIgnoreCase("Content-Length")) {
				length = Integer.parseInt(value);
			}
			else if (name.equalsIgnoreCase("Transfer-Encoding")) {
				chunked = value.equalsIgnoreCase("chunked");
			}
			else if (name.equalsIgnoreCase("Connection")) {
				closeAfter = value.equalsIgnoreCase("close");
			}
		}
		ByteArrayOutputStream body = new ByteArrayOutputStream(Math.max(length, 512));
		if (chunked) {
			for (int size = Integer.parseInt(line().split(";", 2)[0].trim(), 16); size > 0; size = Integer
				.parseInt(line().split(";", 2)[0].trim(), 16)) {
				body.write(in.readNBytes(size));
				line();
			}
			while (!line().isEmpty()) {
				// trailers
			}
		}
		else if (length > 0) {
			body.write(in.readNBytes(length));
		}
		if (closeAfter) {
			close();
		}
		return new Answer(status, body.toString(StandardCharsets.UTF_8));
	}

	private String line() throws IOException {
		StringBuilder line = new StringBuilder(64);
		for (int c = in.read(); c != '\n'; c = in.read()) {
			if (c < 0) {
				throw new IOException("connection closed by the server");
			}
			if (c != '\r') {
				line.append((char) c);
			}
		}
		return line.toString();
	}

	@Override
	public void close() {
		if (socket != null) {
			try {
				socket.close();
			}
			catch (IOException ignored) {
				// closing anyway
			}
			socket = null;
		}
	}

}
