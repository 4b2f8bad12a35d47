package jp.hikeshi.reporting.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * Prints a drafted document's XHTML to PDF with Noto Sans JP embedded (subset), so
 * Japanese renders on any machine, whatever fonts it has. The fonts ship under
 * src/main/resources/fonts with their SIL Open Font License.
 */
@Component
public class PdfRenderer {

	static final String FAMILY = "Noto Sans JP";

	public byte[] render(String xhtml) {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.useFont(() -> font("fonts/NotoSansJP_400Regular.ttf"), FAMILY, 400,
					BaseRendererBuilder.FontStyle.NORMAL, true);
			builder.useFont(() -> font("fonts/NotoSansJP_700Bold.ttf"), FAMILY, 700,
					BaseRendererBuilder.FontStyle.NORMAL, true);
			builder.withHtmlContent(xhtml, null);
			builder.toStream(out);
			builder.run();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static InputStream font(String path) {
		try {
			return new ClassPathResource(path).getInputStream();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
