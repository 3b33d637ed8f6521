package vn.tonghop.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tonghop.vi.Fold;

/** The index writer with tiny chunks and shards, so that every boundary is crossed. */
class SearchIndexTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void entriesStreamedIntoChunksAndShardsAreAllFoundAgain(@TempDir Path folder) throws IOException {
        List<String> names = new ArrayList<>();
        SearchIndex.Writer writer = new SearchIndex.Writer(folder, 3, 7);
        for (int i = 0; i < 17; i++) {
            String name = (i % 2 == 0 ? "Trường Tiểu học số " : "Đảng ủy xã số ") + i;
            names.add(name);
            writer.add(new SearchIndex.Entry(name, "don-vi/" + i + ".html", "chi tiết"), "ma" + i);
        }
        writer.finish();

        JsonNode info = JSON.readTree(body(folder.resolve("thong-tin.js")));
        assertEquals(17, info.get("entries").asInt());
        assertEquals(3, info.get("chunk").asInt());
        assertEquals(7, info.get("shard").asInt());
        Set<String> files = new TreeSet<>();
        try (Stream<Path> list = Files.list(folder)) {
            list.forEach(f -> files.add(f.getFileName().toString()));
        }
        for (int chunk = 0; chunk <= 5; chunk++) {
            assertTrue(files.contains("muc-" + chunk + ".js"), "chunk " + chunk + " in " + files);
        }
        assertTrue(!files.contains("muc-6.js"), "17 entries make six chunks of three: " + files);
        assertEquals(2, JSON.readTree(body(folder.resolve("muc-5.js"))).size(), "the last chunk holds the rest");

        for (int id = 0; id < names.size(); id++) {
            int shard = id / 7;
            for (String word : SearchIndex.words(Fold.foldPhrase(names.get(id) + " ma" + id))) {
                Path file = folder.resolve("tu-" + shard + "-" + word.substring(0, 2) + ".js");
                assertTrue(Files.exists(file), "word '" + word + "' of entry " + id + " has its shard file " + file.getFileName());
                JsonNode ids = JSON.readTree(body(file)).get(word);
                assertTrue(ids != null && contains(ids, id), "entry " + id + " found under '" + word + "' in " + file.getFileName());
            }
            JsonNode entry = JSON.readTree(body(folder.resolve("muc-" + id / 3 + ".js"))).get(id % 3);
            assertEquals(names.get(id), entry.get("t").asText(), "entry " + id + " stored at its place");
        }
        for (String name : files) {
            if (name.startsWith("tu-")) {
                int shard = Integer.parseInt(name.split("-")[1]);
                JSON.readTree(body(folder.resolve(name))).forEach(ids -> ids.forEach(id ->
                        assertEquals(shard, id.asInt() / 7, name + " holds only its shard's entries")));
            }
        }
    }

    private static boolean contains(JsonNode ids, int id) {
        for (JsonNode n : ids) {
            if (n.asInt() == id) {
                return true;
            }
        }
        return false;
    }

    /** The JSON an index file assigns: "(window.X = window.X || {})[key] = json;" or "window.X = json;". */
    static String body(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        int key = text.indexOf("] = ");
        return text.substring(key >= 0 ? key + 4 : text.indexOf(" = ") + 3, text.lastIndexOf(';'));
    }
}
