package org.legalkiosk.booking.print;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;

/**
 * The kiosk's bundled CJK font (WenQuanYi Micro Hei, a TrueType collection PDFBox can subset). The bytes are
 * read once; each PDF opens its own collection because PDFBox reads glyphs from it until the PDF is saved.
 */
final class SlipFont {

    static final String RESOURCE = "/org/legalkiosk/kiosk/fonts/wqy-microhei.ttc";
    static final String NAME = "WenQuanYiMicroHei";

    private final byte[] collection;

    SlipFont() {
        try (InputStream in = SlipFont.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("bundled font missing from the classpath: " + RESOURCE);
            }
            collection = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled font " + RESOURCE, e);
        }
    }

    /** Opens the collection; close it only after the document using the font is saved. */
    TrueTypeCollection open() throws IOException {
        return new TrueTypeCollection(new ByteArrayInputStream(collection));
    }

    static TrueTypeFont find(TrueTypeCollection ttc) throws IOException {
        TrueTypeFont font = ttc.getFontByName(NAME);
        if (font == null) {
            throw new IOException("font " + NAME + " not found in " + RESOURCE);
        }
        return font;
    }
}
