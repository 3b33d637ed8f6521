package vn.tonghop.cli;

import vn.tonghop.publish.Publication;
import vn.tonghop.publish.Publisher;
import vn.tonghop.publish.YearArchive;

/**
 * The start of a run: removes what a killed run left (staging folders of the datasets and the
 * site, a version completed but never switched in, an interrupted freeze), even when the run then
 * has nothing new to publish. What is served is never touched. The store cleans its own leftovers
 * when the next batch begins (store.BatchWriter).
 */
final class Leftovers {
    private Leftovers() {
    }

    static void clean(Settings settings) {
        new Publisher(settings.datasets(), Publication.DATASETS).cleanUp();
        new Publisher(settings.site(), Publication.SITE).cleanUp();
        new YearArchive(settings.archive()).removeInterrupted();
    }
}
