package vn.tonghop.planimport;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Builds the section and task tree from the body's paragraphs. Sections are the Roman-numbered headings
 * (or, in a plan without them, numbered headings in capitals). Below them, nesting follows the numbering
 * styles as they appear: a style not yet open below the current item opens a level ("1." then "-" then
 * "+"), a style already open closes the levels below it; "9.1." goes under "9.". An unnumbered paragraph
 * belongs to the nearest numbered item (or to a bullet ending with ':'); one or more of them before an
 * item's first sub-item are its introduction and join its text. A paragraph repeated word for word is kept
 * aside, not made a second task. Numbers printed twice or skipped are reported; codes stay unique.
 */
final class Outline {
    record Result(Node root, List<Node> objectives, List<SourceNote> duplicates, List<Finding> findings) {
    }

    private Outline() {
    }

    static Result build(List<Paragraph> body) {
        List<Finding> findings = new ArrayList<>();
        List<SourceNote> duplicates = new ArrayList<>();
        Node root = new Node();
        List<Node> stack = new ArrayList<>(List.of(root));
        boolean roman = body.stream().anyMatch(p -> p.marker().kind() == Marker.Kind.ROMAN);
        Map<String, Paragraph> seen = new HashMap<>();
        String previousKey = null;
        for (Paragraph p : body) {
            String key = p.marker().label() + "|" + Folded.words(p.text());
            Paragraph earlier = seen.get(key);
            if (earlier != null && (p.text().length() >= 30 || key.equals(previousKey))) {
                duplicates.add(new SourceNote(p.lines(), p.full(), "lặp lại đoạn ở dòng " + earlier.firstLine()));
                findings.add(Finding.check(p.lines(), "đoạn lặp lại nguyên văn đoạn ở dòng " + earlier.firstLine()
                        + "; không tạo nhiệm vụ mới, giữ trong import.duplicates"));
                previousKey = key;
                continue;
            }
            seen.putIfAbsent(key, p);
            previousKey = key;
            Node node = new Node(p);
            Marker m = p.marker();
            if (m.kind() == Marker.Kind.ROMAN || !roman && m.kind() == Marker.Kind.NUMBER && Paragraphs.isAllCaps(p.text())
                    && root.children.stream().allMatch(c -> c.isSection)) {
                node.isSection = true;
                root.add(node);
                stack = new ArrayList<>(List.of(root, node));
                continue;
            }
            if (m.kind() == Marker.Kind.NONE) {
                Node container = stack.get(stack.size() - 1);
                for (int i = stack.size() - 1; i > 0 && stack.get(i).marker.isBullet() && !stack.get(i).text.strip().endsWith(":"); i--) {
                    container = stack.get(i - 1);
                }
                container.add(node);
                continue;
            }
            int parentIndex = -1;
            if (m.kind() == Marker.Kind.MULTI) {
                int[] n = m.numbers();
                for (int i = stack.size() - 1; i > 0; i--) {
                    int[] at = stack.get(i).marker.numbers();
                    Marker.Kind kind = stack.get(i).marker.kind();
                    if ((kind == Marker.Kind.NUMBER || kind == Marker.Kind.MULTI) && at.length == n.length - 1
                            && java.util.Arrays.equals(at, java.util.Arrays.copyOf(n, n.length - 1))) {
                        parentIndex = i;
                        break;
                    }
                }
            }
            if (parentIndex < 0) {
                for (int i = stack.size() - 1; i > 0; i--) {
                    if (!stack.get(i).isSection && stack.get(i).marker.sameStyle(m)) {
                        parentIndex = i - 1;
                        break;
                    }
                }
            }
            if (parentIndex < 0) {
                parentIndex = stack.size() - 1;
            }
            stack = new ArrayList<>(stack.subList(0, parentIndex + 1));
            stack.get(parentIndex).add(node);
            stack.add(node);
        }
        for (Node n : root.flatten()) {
            if (n != root) {
                mergeIntroduction(n);
            }
        }
        classify(root);
        checkNumbers(root, findings);
        assignCodes(root, findings);
        List<Node> objectives = new ArrayList<>();
        for (Node section : List.copyOf(root.children)) {
            if (section.isSection && section.section == Node.Section.OBJECTIVES) {
                objectives.add(section);
                root.children.remove(section);
            }
        }
        return new Result(root, objectives, duplicates, findings);
    }

    /** Unnumbered paragraphs before an item's first numbered sub-item introduce it: they join its text. */
    private static void mergeIntroduction(Node n) {
        int firstMarked = -1;
        for (int i = 0; i < n.children.size(); i++) {
            if (n.children.get(i).marker.kind() != Marker.Kind.NONE) {
                firstMarked = i;
                break;
            }
        }
        for (int i = 0; i < firstMarked; i++) {
            Node intro = n.children.remove(0);
            n.text = n.text + "\n" + intro.text;
            n.lines.addAll(intro.lines);
        }
    }

    static Node.Section sectionOf(String heading) {
        String f = Folded.words(heading.split("\n")[0]);
        boolean content = f.matches(".*\\b(noi dung|nhiem vu|giai phap|hoat dong)\\b.*");
        if (f.matches(".*\\b(to chuc thuc hien|phan cong|trach nhiem|che do bao cao|kinh phi|dieu khoan thi hanh|to chuc trien khai)\\b.*")) {
            return Node.Section.ORGANISATION;
        }
        if (content) {
            return Node.Section.CONTENT;
        }
        if (f.matches(".*\\b(muc dich|muc tieu|yeu cau|quan diem|chi tieu|y nghia|tinh hinh|thuc trang|ket qua)\\b.*")) {
            return Node.Section.OBJECTIVES;
        }
        return Node.Section.OTHER;
    }

    private static void classify(Node root) {
        for (Node s : root.children) {
            if (s.isSection) {
                s.section = sectionOf(s.text);
            }
        }
    }

    private static void checkNumbers(Node root, List<Finding> findings) {
        for (Node n : root.flatten()) {
            Map<String, Map<Integer, Node>> seenByStyle = new HashMap<>();
            Map<String, Integer> expectedByStyle = new HashMap<>();
            for (Node c : n.children) {
                int[] numbers = c.marker.numbers();
                int value = switch (c.marker.kind()) {
                    case ROMAN -> Roman.value(c.label().replace(".", ""));
                    case NUMBER, MULTI -> numbers.length == 0 ? 0 : numbers[numbers.length - 1];
                    default -> 0;
                };
                if (value == 0) {
                    continue;
                }
                String style = c.marker.kind() + "/" + c.isSection + "/"
                        + (numbers.length > 1 ? joinNumbers(java.util.Arrays.copyOf(numbers, numbers.length - 1)) : "");
                Map<Integer, Node> seen = seenByStyle.computeIfAbsent(style, k -> new HashMap<>());
                int expected = expectedByStyle.getOrDefault(style, 1);
                Node before = seen.putIfAbsent(value, c);
                String what = c.isSection ? "mục " + c.label() : "số " + c.label();
                if (before != null) {
                    findings.add(Finding.check(List.of(before.lines.get(0), c.lines.get(0)),
                            what + " được đánh số hai lần; giữ cả hai, lần sau có mã riêng"));
                } else if (value > expected) {
                    String missing = c.marker.kind() == Marker.Kind.ROMAN ? Roman.of(expected) + "." : expected + ".";
                    findings.add(Finding.check(List.of(c.lines.get(0)), "thiếu " + (c.isSection ? "mục " : "số ") + missing
                            + (value > expected + 1 ? " và các số sau đó" : "") + " trước " + what));
                }
                expectedByStyle.put(style, Math.max(expected, value + 1));
            }
        }
    }

    private static void assignCodes(Node root, List<Finding> findings) {
        Set<String> used = new HashSet<>();
        boolean contentSeen = false;
        boolean organisationSeen = false;
        List<Node> loose = new ArrayList<>();
        for (Node s : root.children) {
            if (!s.isSection) {
                loose.add(s);
                continue;
            }
            String base = s.marker.kind() == Marker.Kind.ROMAN ? s.label().replace(".", "") : "M" + s.marker.numbers()[0];
            s.code = unique(base, used, s, findings);
            String prefix;
            if (s.section == Node.Section.CONTENT && !contentSeen) {
                prefix = "NV";
                contentSeen = true;
            } else if (s.section == Node.Section.ORGANISATION && !organisationSeen) {
                prefix = "TC";
                organisationSeen = true;
            } else {
                prefix = s.code + ".";
            }
            codeChildren(s, prefix, used, findings);
        }
        if (!loose.isEmpty()) {
            Node holder = new Node();
            holder.children.addAll(loose);
            codeChildren(holder, contentSeen ? "K" : "NV", used, findings);
            loose.forEach(n -> n.parent = root);
        }
    }

    private static void codeChildren(Node parent, String prefix, Set<String> used, List<Finding> findings) {
        int ordinal = 0;
        boolean top = parent.isSection || parent.parent == null;
        for (Node c : parent.children) {
            ordinal++;
            Marker m = c.marker;
            String base;
            if (m.kind() == Marker.Kind.NUMBER && top) {
                base = prefix + m.numbers()[0];
            } else if (m.kind() == Marker.Kind.MULTI && numberedChain(c)) {
                base = prefix + joinNumbers(m.numbers());
            } else if (m.kind() == Marker.Kind.NUMBER || m.kind() == Marker.Kind.MULTI) {
                int[] n = m.numbers();
                base = (top ? prefix : parent.code + ".") + n[n.length - 1];
            } else if (m.kind() == Marker.Kind.LETTER) {
                base = (top ? prefix : parent.code + ".") + Folded.sameLength(m.label().replaceAll("[().\\s]", "")).toLowerCase(Locale.ROOT);
            } else {
                base = (top ? prefix : parent.code + ".") + ordinal;
            }
            c.code = unique(base, used, c, findings);
            codeChildren(c, prefix, used, findings);
        }
    }

    /** "9.1." directly below "9." (and so on up): its code can be the printed number. */
    private static boolean numberedChain(Node n) {
        Node p = n.parent;
        return p != null && (p.isSection || p.parent == null
                || (p.marker.kind() == Marker.Kind.NUMBER || p.marker.kind() == Marker.Kind.MULTI)
                && p.marker.numbers().length == n.marker.numbers().length - 1);
    }

    private static String joinNumbers(int[] n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n.length; i++) {
            s.append(i == 0 ? "" : ".").append(n[i]);
        }
        return s.toString();
    }

    private static String unique(String base, Set<String> used, Node n, List<Finding> findings) {
        String code = base.replaceAll("[^A-Za-z0-9._-]", "");
        if (used.add(code.toLowerCase(Locale.ROOT))) {
            return code;
        }
        for (char suffix = 'B'; suffix <= 'Z'; suffix++) {
            String candidate = code + "-" + suffix;
            if (used.add(candidate.toLowerCase(Locale.ROOT))) {
                findings.add(Finding.note(List.of(n.lines.get(0)), "mã " + code + " đã dùng; “" + n.label() + "” ở dòng "
                        + n.lines.get(0) + " lấy mã " + candidate));
                return candidate;
            }
        }
        throw new IllegalStateException("too many items numbered " + code);
    }
}
