package vn.tonghop.documents;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import vn.tonghop.catalog.Indicator;
import vn.tonghop.vi.ViFormat;

/** The form's second sheet: how to fill it in, where to send it, and what the statuses mean, in Vietnamese. */
final class FormGuide {
    static final String SHEET = "Hướng dẫn";
    private static final int WIDTH = 110;

    private FormGuide() {
    }

    /** A line of the guide; headings are bold. */
    record Line(String text, boolean heading) {
    }

    static List<Line> lines(FormContent form) {
        List<Line> out = new ArrayList<>();
        String sheet = "\"" + FormWorkbook.SHEET + "\"";
        heading(out, "HƯỚNG DẪN ĐIỀN MẪU BÁO CÁO");
        text(out, "Đơn vị: " + form.unit().code() + " - " + form.unit().name());
        text(out, "Kế hoạch số " + form.plan().code() + " của " + form.plan().issuer() + ": " + form.plan().title());
        text(out, "Kỳ báo cáo: " + form.period().vietnamese() + " (mã kỳ " + form.period().code() + "). Hạn nộp: "
                + ViFormat.date(form.dueDate()) + ".");
        heading(out, "Cách điền");
        List<String> steps = new ArrayList<>();
        steps.add("Chỉ điền vào các ô nền vàng của trang " + sheet + ". Các ô khác (mã đơn vị, mã kế hoạch, kỳ báo cáo,"
                + " mã mục, nội dung) đã điền sẵn và được khóa để tránh sửa nhầm.");
        steps.add("Ghi ngày gửi báo cáo vào ô \"" + FormWorkbook.DATE_LABEL + "\" (ngày/tháng/năm, ví dụ "
                + ViFormat.date(form.dueDate()) + "). Cột Ngày nộp của mọi dòng tự lấy ngày này; thiếu ngày thì cả báo cáo"
                + " không được nhận.");
        if (!form.tasks().isEmpty()) {
            steps.add("Với mỗi nhiệm vụ: chọn Trạng thái trong danh sách thả xuống; nếu đang thực hiện, ghi Tỷ lệ hoàn thành"
                    + " là số từ 0 đến 100 (không gõ dấu %). Cột Giá trị của nhiệm vụ tự ghép từ hai ô này"
                    + " (ví dụ \"đang thực hiện 60%\"), không cần sửa.");
        }
        if (!form.indicators().isEmpty()) {
            steps.add("Với mỗi chỉ tiêu: ghi số vào cột Giá trị, theo đơn vị tính ở cột bên cạnh. Số lượng là số nguyên"
                    + " không âm; tỷ lệ phần trăm là số từ 0 đến 100, không gõ dấu %. Chỉ tiêu tỷ lệ (ví dụ tỷ lệ cán bộ đăng ký)"
                    + " do hệ thống tự tính từ tử số và mẫu số mà đơn vị báo cáo; không ghi tỷ lệ.");
        }
        steps.add("Ghi chú (không bắt buộc): kết quả cụ thể, khó khăn, kiến nghị.");
        steps.add("Dòng chưa có số liệu có thể để trống: dòng đó được ghi nhận là \"thiếu giá trị\" và không được tính"
                + " (không bao giờ tính là 0); các dòng khác vẫn được nhận.");
        steps.add("Không thêm, xóa dòng hay cột, không đổi thứ tự trang, không ghi gì bên dưới bảng. Trang " + sheet
                + " được khóa không đặt mật khẩu; nếu cần (ví dụ nới cột), chọn Xem lại (Review) > Bỏ bảo vệ trang tính.");
        for (int i = 0; i < steps.size(); i++) {
            text(out, (i + 1) + ". " + steps.get(i));
        }
        heading(out, "Ý nghĩa các trạng thái nhiệm vụ");
        text(out, "- hoàn thành: nhiệm vụ đã thực hiện xong (tỷ lệ để trống hoặc 100).");
        text(out, "- đang thực hiện: đã triển khai, chưa xong; ghi tỷ lệ nếu ước tính được. Với nhiệm vụ thường xuyên,"
                + " \"đang thực hiện\" được tính là hoàn thành trong kỳ.");
        text(out, "- chưa thực hiện: chưa triển khai trong kỳ báo cáo.");
        heading(out, "Gửi báo cáo");
        text(out, "Lưu tệp dạng Excel (.xlsx), giữ nguyên tên tệp, gửi về " + form.plan().issuer() + " trước hạn "
                + ViFormat.date(form.dueDate()) + " theo kênh nhận báo cáo đã thống nhất. Báo cáo nộp sau hạn được ghi nhận"
                + " là trễ hạn. Cần sửa thì gửi lại cả tệp: lần nộp sau thay thế lần nộp trước, lịch sử vẫn được lưu.");
        targets(out, form);
        return out;
    }

    private static void targets(List<Line> out, FormContent form) {
        List<FormContent.FormIndicator> withTarget = form.indicators().stream().filter(i -> !i.target().isEmpty()).toList();
        if (withTarget.isEmpty()) {
            return;
        }
        heading(out, "Chỉ tiêu giao cho đơn vị");
        for (FormContent.FormIndicator fi : withTarget) {
            Indicator i = fi.indicator();
            text(out, "- " + i.code() + ": " + i.name() + ": " + fi.target() + ".");
        }
    }

    private static void heading(List<Line> out, String text) {
        out.add(new Line(text, true));
    }

    private static void text(List<Line> out, String text) {
        out.add(new Line(text, false));
    }

    static void write(XSSFSheet sheet, FormStyles styles, FormContent form) {
        sheet.setColumnWidth(0, WIDTH * 256);
        int at = 0;
        for (Line line : lines(form)) {
            if (line.heading() && at > 0) {
                at++;
            }
            Row row = sheet.createRow(at++);
            Cell cell = row.createCell(0);
            cell.setCellValue(line.text());
            cell.setCellStyle(line.heading() ? styles.guideHeading() : styles.guideText());
            row.setHeightInPoints(FormWorkbook.lines(line.text(), WIDTH) * 13f + 3);
        }
        sheet.enableLocking();
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
    }
}
