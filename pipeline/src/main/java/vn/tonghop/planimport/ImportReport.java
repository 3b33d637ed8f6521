package vn.tonghop.planimport;

import java.util.List;

/** The Vietnamese report of one import: what was read, then what a person must check, then notes. */
final class ImportReport {
    private ImportReport() {
    }

    static String text(Draft d) {
        StringBuilder s = new StringBuilder();
        List<Node> all = d.allTasks();
        long sections = all.stream().filter(n -> n.isSection).count();
        long tasks = all.size() - sections;
        long leads = all.stream().filter(n -> !n.leadNames.isEmpty()).count();
        long leadCodes = all.stream().filter(n -> !n.lead.isEmpty()).count();
        long deadlines = all.stream().filter(n -> n.deadline != null).count();
        long deadlineTexts = all.stream().filter(n -> n.deadline == null && !n.deadlineText.isEmpty()).count();
        s.append("Nhập kế hoạch từ ").append(d.sourceName).append(" (").append(d.lineCount).append(" dòng)\n");
        s.append("  Số hiệu: ").append(d.code.isEmpty() ? "(không có)" : d.code).append("; mã tệp (slug): ").append(d.slug).append('\n');
        s.append("  Tiêu đề: ").append(d.title.isEmpty() ? "(không có)" : d.title).append('\n');
        s.append("  Cơ quan ban hành: ").append(d.issuer.isEmpty() ? "(không có)" : d.issuer)
                .append(d.issuerUnit.isEmpty() ? "" : " [" + d.issuerUnit + "]").append('\n');
        s.append("  Ngày ban hành: ").append(d.issueDate == null ? "(không có)" : vn.tonghop.vi.ViFormat.date(d.issueDate))
                .append("; địa danh: ").append(d.place.isEmpty() ? "(không có)" : d.place).append('\n');
        s.append("  Văn bản căn cứ: ").append(d.implementsDocs.size()).append('\n');
        s.append("  Mục: ").append(sections).append("; nhiệm vụ: ").append(tasks)
                .append(" (").append(all.stream().filter(n -> !n.isSection && n.children.isEmpty()).count()).append(" nhiệm vụ lá)")
                .append("; mục tiêu, yêu cầu (không phải nhiệm vụ): ").append(d.objectives.size()).append(" mục\n");
        s.append("  Đơn vị chủ trì: ").append(leads).append(" nhiệm vụ nêu tên, ").append(leadCodes).append(" khớp danh mục; thời hạn: ")
                .append(deadlines).append(" đọc được ngày, ").append(deadlineTexts).append(" chỉ có chữ; thường xuyên: ")
                .append(all.stream().filter(n -> n.ongoing).count()).append('\n');
        s.append("  Lịch báo cáo: ");
        if (d.calendar.isEmpty()) {
            s.append("(không nêu)");
        } else {
            for (int i = 0; i < d.calendar.size(); i++) {
                CalendarText.Entry e = d.calendar.get(i);
                s.append(i == 0 ? "" : "; ").append(e.type().vietnamese()).append(e.due().isEmpty() ? " (chưa có hạn)" : " " + e.due());
            }
        }
        s.append('\n');
        s.append("  Chỉ tiêu: ").append(d.indicators.size()).append("; đoạn lặp: ").append(d.duplicates.size())
                .append("; dòng chưa xếp: ").append(d.unplaced.size()).append('\n');
        List<Finding> checks = d.findings.stream().filter(f -> f.level() == Finding.Level.CHECK).toList();
        List<Finding> notes = d.findings.stream().filter(f -> f.level() == Finding.Level.NOTE).toList();
        if (checks.isEmpty()) {
            s.append("Không có điểm nào cần kiểm tra.\n");
        } else {
            s.append("Cần kiểm tra (").append(checks.size()).append("):\n");
            for (int i = 0; i < checks.size(); i++) {
                s.append("  ").append(i + 1).append(". ").append(checks.get(i)).append('\n');
            }
        }
        if (!notes.isEmpty()) {
            s.append("Ghi chú (").append(notes.size()).append("):\n");
            for (int i = 0; i < notes.size(); i++) {
                s.append("  ").append(i + 1).append(". ").append(notes.get(i)).append('\n');
            }
        }
        return s.toString();
    }
}
