package jp.hikeshi.reporting;

import jp.hikeshi.reporting.internal.PdfRenderer;

import org.springframework.stereotype.Component;

/**
 * Prints a document another module drafted (self-contained XHTML) to PDF with the
 * embedded Noto Sans JP, so that every document Hikeshi hands out looks alike and its
 * Japanese text can be extracted on any machine.
 */
@Component
public class DocumentRendering {

	/** The font family the XHTML should name for its text. */
	public static final String FONT_FAMILY = "Noto Sans JP";

	private final PdfRenderer renderer;

	DocumentRendering(PdfRenderer renderer) {
		this.renderer = renderer;
	}

	public byte[] pdf(String xhtml) {
		return renderer.render(xhtml);
	}

}
