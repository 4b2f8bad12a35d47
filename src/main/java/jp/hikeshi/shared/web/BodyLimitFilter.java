package jp.hikeshi.shared.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses API bodies over the configured size (default 1 MiB) with 413 before they are
 * read, and stops reading a body without a declared length at the limit. File uploads
 * (multipart) have their own limit.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
@EnableConfigurationProperties(BodyLimitFilter.Settings.class)
class BodyLimitFilter extends OncePerRequestFilter {

	/**
	 * The API's body limit ({@code hikeshi.api.*}).
	 *
	 * @param maxBodyBytes the largest request body of the API in bytes; larger ones are
	 * refused with 413
	 */
	@ConfigurationProperties("hikeshi.api")
	@Validated
	record Settings(@DefaultValue("1048576") @Positive long maxBodyBytes) {
	}

	private final long maxBytes;

	private final MessageSource messages;

	private final HikeshiLocaleResolver locales = new HikeshiLocaleResolver();

	BodyLimitFilter(Settings settings, MessageSource messages) {
		this.maxBytes = settings.maxBodyBytes();
		this.messages = messages;
	}

	static boolean isTooLarge(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t instanceof BodyTooLarge) {
				return true;
			}
		}
		return false;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String type = request.getContentType();
		return !request.getRequestURI().startsWith(request.getContextPath() + "/api/")
				|| (type != null && type.toLowerCase().startsWith("multipart/"));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() > maxBytes) {
			Locale locale = locales.resolveLocale(request);
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
					ProblemBodies.text(messages, locale, "problem.tooLarge.limit", maxBytes));
			problem.setTitle(ProblemBodies.text(messages, locale, "problem.tooLarge.title"));
			problem.setType(ProblemBodies.type("tooLarge"));
			ProblemBodies.write(request, response, ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(problem));
			return;
		}
		chain.doFilter(new LimitedRequest(request, maxBytes), response);
	}

	static final class BodyTooLarge extends IOException {

		BodyTooLarge(long max) {
			super("request body exceeds " + max + " bytes");
		}

	}

	private static final class LimitedRequest extends HttpServletRequestWrapper {

		private final long max;

		private ServletInputStream stream;

		LimitedRequest(HttpServletRequest request, long max) {
			super(request);
			this.max = max;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (stream == null) {
				stream = new Counting(super.getInputStream(), max);
			}
			return stream;
		}

	}

	private static final class Counting extends ServletInputStream {

		private final ServletInputStream in;

		private final long max;

		private long read;

		Counting(ServletInputStream in, long max) {
			this.in = in;
			this.max = max;
		}

		@Override
		public int read() throws IOException {
			int b = in.read();
			if (b >= 0) {
				count(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int off, int len) throws IOException {
			int n = in.read(buffer, off, len);
			if (n > 0) {
				count(n);
			}
			return n;
		}

		private void count(int n) throws IOException {
			read += n;
			if (read > max) {
				throw new BodyTooLarge(max);
			}
		}

		@Override
		public boolean isFinished() {
			return in.isFinished();
		}

		@Override
		public boolean isReady() {
			return in.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			in.setReadListener(listener);
		}

	}

}
