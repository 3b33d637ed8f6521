package vn.tonghop.cli;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import vn.tonghop.aggregate.DatasetFiles;
import vn.tonghop.aggregate.Datasets;
import vn.tonghop.publish.YearArchive;
import vn.tonghop.store.Store;
import vn.tonghop.store.StoreSchemas;

/**
 * What a frozen year keeps beside its pages, as CSV (UTF-8 with BOM) any office can open: the year's
 * accepted report rows from the store, with their lineage, and the rows of each published dataset
 * for that year.
 */
final class YearData {
    static final String FOLDER = "du-lieu-nam";

    private YearData() {
    }

    static YearArchive.Extras of(Settings settings, Store store, int year) {
        return folder -> {
            Files.createDirectories(folder);
            List<String> columns = StoreSchemas.ROWS.columnNames();
            List<Map<String, Object>> rows = store.readLive(Store.ACCEPTED, StoreSchemas.ROWS,
                    f -> f.path().contains("/nam=" + year + "/"));
            try (CSVPrinter out = printer(folder.resolve("bao-cao-da-nhan.csv"), columns)) {
                for (Map<String, Object> row : rows) {
                    List<String> cells = new ArrayList<>();
                    columns.forEach(c -> cells.add(DatasetFiles.cell(row.get(c))));
                    out.printRecord(cells);
                }
            }
            for (String name : Datasets.KEYS.keySet()) {
                Path source = settings.datasets().resolve(name + ".csv");
                if (Files.isRegularFile(source)) {
                    yearRows(source, folder.resolve(name + ".csv"), String.valueOf(year));
                }
            }
        };
    }

    /** Copies the header and the rows whose column "nam" is the year (every row when there is no such column). */
    private static void yearRows(Path source, Path target, String year) throws IOException {
        try (Reader reader = Files.newBufferedReader(source, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(skipBom(reader))) {
            List<String> header = parser.getHeaderNames();
            int column = header.indexOf("nam");
            try (CSVPrinter out = printer(target, header)) {
                for (CSVRecord record : parser) {
                    if (column < 0 || year.equals(record.get(column))) {
                        out.printRecord(record.toList());
                    }
                }
            }
        }
    }

    private static Reader skipBom(Reader reader) throws IOException {
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        return reader;
    }

    private static CSVPrinter printer(Path file, List<String> header) throws IOException {
        Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        return CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).setRecordSeparator("\r\n").get().print(writer);
    }
}
