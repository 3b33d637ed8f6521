package vn.tonghop.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.tonghop.catalog.Catalog;
import vn.tonghop.ingest.Inbox;
import vn.tonghop.ingest.SourceFile;
import vn.tonghop.store.Store;
import vn.tonghop.vi.ViFormat;

/** What changed since the last successful run, in Vietnamese; nothing means the run has nothing to do. */
final class Changes {
    private Changes() {
    }

    static List<String> since(RunState last, Catalog catalog, Settings settings, Store store, Inbox.Listing listing, String program,
                              Optional<String> served) {
        List<String> changes = new ArrayList<>();
        Set<String> before = last.inputs().stream().map(RunState.Input::sha256).collect(Collectors.toSet());
        long fresh = listing.files().stream().map(SourceFile::sha256).distinct().filter(h -> !before.contains(h)).count();
        if (fresh > 0) {
            changes.add(ViFormat.integer(fresh) + " tệp mới hoặc đã sửa trong hộp thư");
        }
        changes.addAll(last.basisChanges(catalog.fingerprint(), settings.asOf(), program));
        if (store.manifest().sequence() != last.storeSequence()) {
            changes.add("kho đã có dữ liệu mới từ lần nạp riêng");
        }
        if (served.isEmpty() || !Files.isDirectory(settings.datasets())) {
            changes.add("chưa có trang web hoặc bộ dữ liệu đang công bố");
        }
        return changes;
    }

    /** What a run would do, without doing it. */
    static void printDryRun(PrintWriter out, List<String> changes, Store store, Inbox.Listing listing) {
        Set<String> stored = store.knownFileHashes();
        long toIngest = listing.files().stream().map(SourceFile::sha256).distinct().filter(h -> !stored.contains(h)).count();
        out.printf("Chạy thử (--dry-run), không ghi gì: hộp thư có %s tệp, %s tệp chưa có trong kho sẽ được nạp.%n",
                ViFormat.integer(listing.files().size()), ViFormat.integer(toIngest));
        if (changes.isEmpty()) {
            out.println("Không có gì thay đổi kể từ lần chạy trước: lần chạy thật sẽ kết thúc ngay, không tổng hợp lại.");
        } else {
            out.println("Lần chạy thật sẽ nạp, tổng hợp lại và công bố trang web mới vì: " + String.join("; ", changes) + ".");
        }
        out.flush();
    }
}
