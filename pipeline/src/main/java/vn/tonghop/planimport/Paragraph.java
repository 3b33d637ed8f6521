package vn.tonghop.planimport;

import java.util.ArrayList;
import java.util.List;

/** One paragraph of the document: consecutive lines joined where a sentence was broken, with its marker. */
final class Paragraph {
    private final List<Integer> lines = new ArrayList<>();
    private final Marker marker;
    private final StringBuilder text;

    Paragraph(Line first) {
        this.marker = Marker.parse(first.text());
        this.lines.add(first.number());
        this.text = new StringBuilder(marker.rest());
    }

    void append(Line line) {
        lines.add(line.number());
        text.append(' ').append(line.text());
    }

    Marker marker() {
        return marker;
    }

    /** The text after the marker, lines joined by single spaces. */
    String text() {
        return text.toString();
    }

    /** The paragraph as printed: marker and text. */
    String full() {
        return marker.label().isEmpty() ? text() : marker.label() + " " + text();
    }

    List<Integer> lines() {
        return List.copyOf(lines);
    }

    int firstLine() {
        return lines.get(0);
    }

    int lastLine() {
        return lines.get(lines.size() - 1);
    }

    /** Ends a sentence or a clause: '.', ':', ';', '!', '?' or '…' (a closing quote or bracket after it allowed). */
    boolean endsClosed() {
        String t = text().replaceAll("[”\"’')\\]*]+$", "");
        if (t.isEmpty()) {
            return true;
        }
        char last = t.charAt(t.length() - 1);
        return ".:;!?…".indexOf(last) >= 0 || text().endsWith("./.");
    }

    @Override
    public String toString() {
        return lines + " " + full();
    }
}
