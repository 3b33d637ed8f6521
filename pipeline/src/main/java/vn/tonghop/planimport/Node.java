package vn.tonghop.planimport;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A node of the outline: a section ("II."), a task ("1.", "9.1.", "a)", "-", "+", or an unnumbered
 * paragraph), with the text as printed (an introduction paragraph before its sub-items joined on a new
 * line), the input lines it came from, and what the extractors read from it.
 */
final class Node {
    enum Section { OBJECTIVES, CONTENT, ORGANISATION, OTHER }

    final Marker marker;
    final List<Integer> lines = new ArrayList<>();
    final List<Node> children = new ArrayList<>();
    Node parent;
    String text;
    String code = "";
    Section section;
    boolean isSection;

    final List<String> leadNames = new ArrayList<>();
    final List<String> coordinateNames = new ArrayList<>();
    final List<String> addressees = new ArrayList<>();
    final List<String> lead = new ArrayList<>();
    final List<String> coordinate = new ArrayList<>();
    LocalDate deadline;
    String deadlineText = "";
    boolean ongoing;
    final Set<String> assumed = new LinkedHashSet<>();

    Node(Paragraph p) {
        this.marker = p.marker();
        this.text = p.text();
        this.lines.addAll(p.lines());
    }

    /** The root: holds the sections. */
    Node() {
        this.marker = new Marker(Marker.Kind.NONE, "", "", 0);
        this.text = "";
    }

    String label() {
        return marker.label();
    }

    void add(Node child) {
        child.parent = this;
        children.add(child);
    }

    /** This node's own text: what was printed on its line(s), without the sub-items. */
    String ownText() {
        return text;
    }

    List<Node> flatten() {
        List<Node> out = new ArrayList<>();
        out.add(this);
        children.forEach(c -> out.addAll(c.flatten()));
        return out;
    }

    Section sectionKind() {
        Node n = this;
        while (n != null && !n.isSection) {
            n = n.parent;
        }
        return n == null ? Section.CONTENT : n.section;
    }

    @Override
    public String toString() {
        return code + " " + label() + " " + text;
    }
}
