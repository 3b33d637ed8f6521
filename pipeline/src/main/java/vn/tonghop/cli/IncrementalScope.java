package vn.tonghop.cli;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.tonghop.aggregate.Partitions;
import vn.tonghop.catalog.Catalog;
import vn.tonghop.catalog.Plan;
import vn.tonghop.store.Manifest;
import vn.tonghop.store.Store;

/**
 * How much a run must re-aggregate: everything, or, when the only change since the last run is new
 * reports, the (plan, year) partitions their accepted rows went into (read from the store's batch
 * file paths) and the years after them.
 */
final class IncrementalScope {
    private static final Pattern PARTITION = Pattern.compile("ke_hoach=([^/]+)/nam=(\\d+)/");

    private IncrementalScope() {
    }

    /** The partitions to recompute, or empty for a full aggregation. */
    static Optional<Set<Partitions.PlanYear>> partitions(RunState last, Catalog catalog, Settings settings, String program, Store store) {
        if (!last.basisChanges(catalog.fingerprint(), settings.asOf(), program).isEmpty()
                || !java.nio.file.Files.isDirectory(settings.datasets())) {
            return Optional.empty();
        }
        Set<Partitions.PlanYear> touched = new TreeSet<>();
        for (Manifest.Batch batch : store.manifest().batches()) {
            if (batch.sequence() <= last.storeSequence()) {
                continue;
            }
            if (!"ingest".equals(batch.kind()) || !batch.supersedes().isEmpty()) {
                return Optional.empty(); // a re-check rewrote stored rows: recompute everything
            }
            for (Manifest.DataFile file : batch.files()) {
                Matcher m = PARTITION.matcher(file.path());
                if (Store.ACCEPTED.equals(file.dataset()) && m.find()) {
                    Optional<Plan> plan = catalog.plans().stream().filter(p -> p.slug().equals(m.group(1))).findFirst();
                    if (plan.isEmpty()) {
                        return Optional.empty();
                    }
                    touched.add(new Partitions.PlanYear(plan.get().code(), Integer.parseInt(m.group(2))));
                }
            }
        }
        return Optional.of(Partitions.toRecompute(touched));
    }
}
