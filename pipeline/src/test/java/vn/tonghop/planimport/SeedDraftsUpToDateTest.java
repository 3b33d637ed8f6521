package vn.tonghop.planimport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The drafts of the seed plans kept in data/plan-drafts (next to the hand-written entries, with the list
 * of what could not be placed or resolved) are what the importer makes now from data/plan-sources with
 * the bundled catalog. When this fails after a deliberate change, run scripts/import-seed-plans and commit.
 */
class SeedDraftsUpToDateTest {

    @ParameterizedTest
    @EnumSource(PlanImportFixtures.Seed.class)
    void committedDraftAndReportAreCurrent(PlanImportFixtures.Seed seed) throws IOException {
        Draft draft = PlanImportFixtures.draft(seed);
        String hint = " is out of date: run scripts/import-seed-plans and commit data/plan-drafts";
        assertEquals(draft.yaml(), Files.readString(PlanImportFixtures.DRAFTS.resolve(draft.slug() + ".yaml"), StandardCharsets.UTF_8),
                draft.slug() + ".yaml" + hint);
        assertEquals(draft.report(), Files.readString(PlanImportFixtures.DRAFTS.resolve(draft.slug() + ".report.txt"), StandardCharsets.UTF_8),
                draft.slug() + ".report.txt" + hint);
    }
}
