package vn.tonghop.planimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/** A .docx reads like the .txt it was made from; Word's automatic numbering becomes the printed numbers. */
class DocxImportTest {

    @Test
    void docxMadeFromASeedGivesTheSameDraftAsTheText(@TempDir Path dir) throws IOException {
        Path txt = PlanImportFixtures.Seed.KH74.path();
        Path docx = dir.resolve("plan-74.docx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(docx)) {
            for (String line : Files.readAllLines(txt, StandardCharsets.UTF_8)) {
                doc.createParagraph().createRun().setText(line);
            }
            doc.write(out);
        }
        Draft fromText = PlanImporter.importFile(txt, PlanImportFixtures.catalog());
        Draft fromDocx = PlanImporter.importFile(docx, PlanImportFixtures.catalog());
        assertEquals("docx", fromDocx.format);
        assertEquals(withoutSource(fromText.yaml()), withoutSource(fromDocx.yaml()));
        assertEquals(fromText.report().replace(txt.getFileName().toString(), "X"), fromDocx.report().replace("plan-74.docx", "X"));
    }

    @Test
    void wordAutomaticNumberingIsReadAsPrinted(@TempDir Path dir) throws IOException {
        Path docx = dir.resolve("tu-dong-danh-so.docx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(docx)) {
            XWPFNumbering numbering = doc.createNumbering();
            CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
            abstractNum.setAbstractNumId(BigInteger.ZERO);
            level(abstractNum, 0, STNumberFormat.UPPER_ROMAN, "%1.");
            level(abstractNum, 1, STNumberFormat.DECIMAL, "%2.");
            level(abstractNum, 2, STNumberFormat.BULLET, "-");
            BigInteger numId = numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(abstractNum)));
            doc.createParagraph().createRun().setText("KẾ HOẠCH");
            doc.createParagraph().createRun().setText("Tổ chức ngày hội đọc sách năm 2024");
            numbered(doc, numId, 0, "NỘI DUNG");
            numbered(doc, numId, 1, "Trường Tiểu học Kim Đồng chủ trì tổ chức ngày hội đọc sách");
            numbered(doc, numId, 2, "Trưng bày sách mới; hoàn thành trước ngày 15/4/2024.");
            numbered(doc, numId, 2, "Giao lưu với tác giả.");
            numbered(doc, numId, 1, "Các trường tiểu học hưởng ứng");
            numbered(doc, numId, 0, "TỔ CHỨC THỰC HIỆN");
            numbered(doc, numId, 1, "Các trường tiểu học báo cáo năm trước ngày 15/11.");
            doc.write(out);
        }
        Draft draft = PlanImporter.importFile(docx, PlanImportFixtures.catalog());
        ObjectNode tree = PlanImportFixtures.tree(draft.yaml());
        assertEquals("I.", tree.at("/tasks/0/label").asText());
        assertEquals("NV1", tree.at("/tasks/0/children/0/code").asText());
        assertEquals("1.", tree.at("/tasks/0/children/0/label").asText());
        assertEquals("TH-KIMDONG", tree.at("/tasks/0/children/0/lead/0").asText());
        assertEquals("-", tree.at("/tasks/0/children/0/children/1/label").asText());
        assertEquals("2024-04-14", tree.at("/tasks/0/children/0/children/0/deadline").asText());
        assertEquals("NV2", tree.at("/tasks/0/children/1/code").asText());
        assertEquals("II.", tree.at("/tasks/1/label").asText());
        assertEquals("year", tree.at("/calendar/periods/0/type").asText());
        assertEquals("trước ngày 15/11", tree.at("/calendar/periods/0/due").asText());
    }

    @Test
    void aFileThatIsNotAPlanDocumentIsRefusedWithAReason(@TempDir Path dir) throws IOException {
        Path doc = Files.writeString(dir.resolve("ke-hoach.doc"), "x");
        assertTrue(assertThrows(PlanImportException.class, () -> PlanImporter.importFile(doc, PlanImportFixtures.catalog()))
                .getMessage().contains(".docx"));
        Path legacy = Files.write(dir.resolve("ke-hoach.txt"), new byte[] {'K', (byte) 0xCA, ' ', 'H', (byte) 0xD3, 'A', 'C', 'H'});
        assertTrue(assertThrows(PlanImportException.class, () -> PlanImporter.importFile(legacy, PlanImportFixtures.catalog()))
                .getMessage().contains("UTF-8"));
        Path broken = Files.writeString(dir.resolve("hong.docx"), "not a zip");
        assertTrue(assertThrows(PlanImportException.class, () -> PlanImporter.importFile(broken, PlanImportFixtures.catalog()))
                .getMessage().contains("không đọc được tệp .docx"));
    }

    private static void level(CTAbstractNum abstractNum, int ilvl, STNumberFormat.Enum format, String text) {
        CTLvl lvl = abstractNum.addNewLvl();
        lvl.setIlvl(BigInteger.valueOf(ilvl));
        lvl.addNewStart().setVal(BigInteger.ONE);
        lvl.addNewNumFmt().setVal(format);
        lvl.addNewLvlText().setVal(text);
    }

    private static void numbered(XWPFDocument doc, BigInteger numId, int level, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setNumID(numId);
        p.setNumILvl(BigInteger.valueOf(level));
        p.createRun().setText(text);
    }

    private static String withoutSource(String yaml) {
        ObjectNode tree = PlanImportFixtures.tree(yaml);
        ObjectNode source = (ObjectNode) tree.get("import");
        source.remove(List.of("source", "format"));
        return tree.toPrettyString();
    }
}
