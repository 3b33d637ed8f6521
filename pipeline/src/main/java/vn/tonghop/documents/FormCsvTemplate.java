package vn.tonghop.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import vn.tonghop.catalog.Indicator;
import vn.tonghop.vi.ViFormat;

/**
 * The CSV template of a plan and period: the ingest's CSV columns, pre-filled with unit, plan, period
 * and item for every row of the given forms, {@code ngay_nop} and {@code gia_tri} left for the unit.
 * Two columns after {@code ghi_chu} say what each item is and how to write its value; the ingest
 * ignores columns it does not know. UTF-8 with BOM and CRLF, so Excel opens it with diacritics intact.
 */
final class FormCsvTemplate {
    static final List<String> COLUMNS = List.of("ma_don_vi", "ma_ke_hoach", "ky_bao_cao", "ngay_nop", "ma_muc", "gia_tri",
            "ghi_chu", "noi_dung", "cach_ghi");

    private FormCsvTemplate() {
    }

    static byte[] write(List<FormContent> forms) {
        StringBuilder out = new StringBuilder("\uFEFF");
        CSVFormat format = CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get();
        try (CSVPrinter csv = new CSVPrinter(out, format)) {
            if (!forms.isEmpty()) {
                FormContent first = forms.get(0);
                csv.printRecord("Mẫu báo cáo kế hoạch " + first.plan().code() + ", kỳ " + first.period().code()
                        + ", hạn nộp " + ViFormat.date(first.dueDate()) + ": mỗi dòng ghi ngay_nop (dd/MM/yyyy) và gia_tri;"
                        + " dòng để trống không được tính");
            }
            csv.printRecord(COLUMNS);
            for (FormContent form : forms) {
                for (FormContent.FormTask task : form.tasks()) {
                    csv.printRecord(row(form, task.code(), task.text(),
                            String.join(" | ", FormWorkbook.STATUSES) + " (có thể kèm tỷ lệ, ví dụ đang thực hiện 60%)"));
                }
                for (FormContent.FormIndicator fi : form.indicators()) {
                    Indicator i = fi.indicator();
                    csv.printRecord(row(form, i.code(), i.name() + (fi.usedFor().isEmpty() ? "" : " (dùng tính " + fi.usedFor() + ")"),
                            howToWrite(i) + (fi.target().isEmpty() ? "" : "; chỉ tiêu giao: " + fi.target())));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> row(FormContent form, String item, String text, String howToWrite) {
        return List.of(form.unit().code(), form.plan().code(), form.period().code(), "", item, "", "", neutral(text), howToWrite);
    }

    private static String howToWrite(Indicator i) {
        return switch (i.valueType()) {
            case INTEGER -> "số nguyên không âm (" + i.unitOfMeasure() + "), ví dụ 1.234";
            case DECIMAL -> "số không âm (" + i.unitOfMeasure() + "), ví dụ 12,5";
            case PERCENT -> "tỷ lệ từ 0 đến 100, ví dụ 95 hoặc 95%";
        };
    }

    /** Text a spreadsheet would run as a formula (=, +, -, @ first) gets a leading apostrophe. */
    private static String neutral(String text) {
        return !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
