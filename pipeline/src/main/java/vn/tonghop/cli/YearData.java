package vn.tonghop.cli;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import vn.tonghop.aggregate.DatasetFiles;
import vn.tonghop.aggregate.DatasetLayout;
import vn.tonghop.aggregate.Datasets;
import vn.tonghop.publish.YearArchive;
import vn.tonghop.store.Store;
import vn.tonghop.store.StoreSchemas;

/**
 * What a frozen year keeps beside its pages, as CSV (UTF-8 with BOM) any office can open: the year's
 * accepted report rows from the store, with their lineage, and the rows of each published dataset
 * for that year. Each CSV is the one entry of a zip of its name: at national size a year's CSVs are
 * over 3 GB, a tenth of that zipped, and every frozen year keeps its own.
 */
final class YearData {
    static final String FOLDER = "du-lieu-nam";

    private YearData() {
    }

    static YearArchive.Extras of(Settings settings, Store store, int year) {
        return folder -> {
            Files.createDirectories(folder);
            List<String> columns = StoreSchemas.ROWS.columnNames();
            try (CSVPrinter out = zippedPrinter(folder, "bao-cao-da-nhan", columns, year)) {
                store.forEachLive(Store.ACCEPTED, StoreSchemas.ROWS, f -> f.path().contains("/nam=" + year + "/"), row -> {
                    List<String> cells = new ArrayList<>();
                    columns.forEach(c -> cells.add(DatasetFiles.cell(row.get(c))));
                    try {
                        out.printRecord(cells);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (UncheckedIOException e) {
                throw e.getCause(); // the freeze reports it, a full disk included
            }
            for (String name : Datasets.KEYS.keySet()) {
                // of a dataset split by plan and year, only that year's files
                List<Path> sources = DatasetLayout.files(settings.datasets(), name, ".csv").stream()
                        .filter(f -> DatasetLayout.partitionOf(f).map(p -> p.year() == year).orElse(true))
                        .map(settings.datasets()::resolve).toList();
                yearRows(sources, folder, name, year);
            }
        };
    }

    /**
     * Copies the header and the rows whose column "nam" is the year (every row when there is no such
     * column) of each source in turn into one zipped CSV; none for no source.
     */
    private static void yearRows(List<Path> sources, Path folder, String name, int year) throws IOException {
        String yearText = String.valueOf(year);
        CSVPrinter out = null;
        try {
            for (Path source : sources) {
                try (Reader reader = Files.newBufferedReader(source, StandardCharsets.UTF_8);
                     CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(skipBom(reader))) {
                    List<String> header = parser.getHeaderNames();
                    int column = header.indexOf("nam");
                    out = out != null ? out : zippedPrinter(folder, name, header, year);
                    for (CSVRecord record : parser) {
                        if (column < 0 || yearText.equals(record.get(column))) {
                            out.printRecord(record.toList());
                        }
                    }
                }
            }
        } finally {
            if (out != null) {
                out.close();
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

    /**
     * A printer of {@code <name>.csv} (UTF-8 with BOM, CRLF) into {@code folder/<name>.zip}; the entry's
     * time is fixed to the year's end, so a year frozen again from the same data gives the same bytes.
     */
    private static CSVPrinter zippedPrinter(Path folder, String name, List<String> header, int year) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(folder.resolve(name + ".zip"))),
                StandardCharsets.UTF_8);
        zip.setLevel(Deflater.BEST_SPEED); // the fastest level already makes these CSVs about a tenth of their size
        ZipEntry entry = new ZipEntry(name + ".csv");
        entry.setTimeLocal(LocalDateTime.of(year, 12, 31, 0, 0));
        zip.putNextEntry(entry);
        Writer writer = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 1 << 16);
        writer.write('\uFEFF');
        return CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).setRecordSeparator("\r\n").get().print(writer);
    }
}
