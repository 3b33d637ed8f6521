package vn.tonghop.common;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Office files are zips: rewriting every entry with one fixed time, and the namespace declarations
 * of docProps/core.xml in one order (POI writes them in an order that varies between JVM runs),
 * makes equal content give equal bytes.
 */
public final class DeterministicZip {
    private DeterministicZip() {
    }

    public static byte[] withFixedTimes(byte[] zip, LocalDateTime time) throws IOException {
        // read through the central directory: POI's streaming writer leaves sizes out of the local
        // headers, which ZipInputStream then refuses ("invalid entry size")
        Path source = Files.createTempFile("tonghop-zip", ".zip");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Files.write(source, zip);
            try (ZipFile in = new ZipFile(source.toFile()); ZipOutputStream z = new ZipOutputStream(out)) {
                for (ZipEntry e : java.util.Collections.list(in.entries())) {
                    ZipEntry copy = new ZipEntry(e.getName());
                    copy.setTimeLocal(time);
                    z.putNextEntry(copy);
                    try (InputStream data = in.getInputStream(e)) {
                        if (e.getName().equals("docProps/core.xml")) {
                            z.write(sortedNamespaces(new String(data.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
                                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
                        } else {
                            data.transferTo(z);
                        }
                    }
                    z.closeEntry();
                }
            }
        } finally {
            Files.deleteIfExists(source);
        }
        return out.toByteArray();
    }

    private static final java.util.regex.Pattern NAMESPACE = java.util.regex.Pattern.compile(" xmlns:[A-Za-z]+=\"[^\"]*\"");

    /** The root element's xmlns declarations sorted; nothing else changes. */
    static String sortedNamespaces(String xml) {
        int start = xml.indexOf("<cp:coreProperties");
        int end = start < 0 ? -1 : xml.indexOf('>', start);
        if (end < 0) {
            return xml;
        }
        String tag = xml.substring(start, end);
        java.util.List<String> declarations = new java.util.ArrayList<>();
        java.util.regex.Matcher m = NAMESPACE.matcher(tag);
        while (m.find()) {
            declarations.add(m.group());
        }
        java.util.Collections.sort(declarations);
        String rest = NAMESPACE.matcher(tag).replaceAll("");
        return xml.substring(0, start) + rest + String.join("", declarations) + xml.substring(end);
    }
}
