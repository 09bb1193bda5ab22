package org.legalkiosk.devices.printer;

import java.util.ArrayList;
import java.util.List;

/** A slip as a list of blocks: what to print, not how the bytes look. Build one with {@link #builder()}. */
public record ReceiptDocument(List<ReceiptBlock> blocks) {

    public ReceiptDocument {
        blocks = List.copyOf(blocks);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The text lines, in order; handy for tests and logs that must show no personal data. */
    public List<String> textLines() {
        return blocks.stream()
                .filter(ReceiptBlock.TextLine.class::isInstance)
                .map(b -> ((ReceiptBlock.TextLine) b).text())
                .toList();
    }

    /** Appends blocks; the text style set by {@link #style}, {@link #bold} etc. applies to the lines that follow. */
    public static final class Builder {

        private final List<ReceiptBlock> blocks = new ArrayList<>();
        private TextStyle style = TextStyle.NORMAL;

        public Builder style(TextStyle newStyle) {
            style = newStyle;
            return this;
        }

        public Builder align(Alignment alignment) {
            style = style.aligned(alignment);
            return this;
        }

        public Builder bold(boolean bold) {
            style = style.bold(bold);
            return this;
        }

        public Builder size(int width, int height) {
            style = style.size(width, height);
            return this;
        }

        public Builder normal() {
            style = TextStyle.NORMAL;
            return this;
        }

        public Builder line(String text) {
            blocks.add(new ReceiptBlock.TextLine(text, style));
            return this;
        }

        /** Adds each line of a text that may contain line breaks. */
        public Builder lines(String text) {
            for (String part : text.split("\\R", -1)) {
                line(part);
            }
            return this;
        }

        public Builder qr(String payload) {
            return qr(payload, 6, QrErrorLevel.M);
        }

        public Builder qr(String payload, int moduleSize, QrErrorLevel level) {
            blocks.add(new ReceiptBlock.QrCode(payload, moduleSize, level, style.alignment()));
            return this;
        }

        public Builder image(MonoImage image) {
            blocks.add(new ReceiptBlock.Image(image, style.alignment()));
            return this;
        }

        public Builder feed(int lines) {
            blocks.add(new ReceiptBlock.Feed(lines));
            return this;
        }

        public Builder cut() {
            blocks.add(new ReceiptBlock.Cut(false));
            return this;
        }

        public Builder partialCut() {
            blocks.add(new ReceiptBlock.Cut(true));
            return this;
        }

        public Builder add(ReceiptBlock block) {
            blocks.add(block);
            return this;
        }

        public ReceiptDocument build() {
            return new ReceiptDocument(blocks);
        }
    }
}
