package vn.tonghop.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Releases on real files: the site link, what is kept, rollback, migration and failed builds. */
class PublisherTest extends ReleasesFixture {
    @Test
    void publishingTwiceServesTheNewerReleaseThroughARelativeLinkAndKeepsTheOlder() throws IOException {
        Publisher publisher = new Publisher(site());
        Published<Map<String, String>> first = publisher.publish(Sites.saying("lần 1"));
        Published<Map<String, String>> second = publisher.publish(Sites.saying("lần 2"));

        assertEquals(new ReleaseId(1), first.release());
        assertEquals(new ReleaseId(2), second.release());
        assertEquals(Optional.of(new ReleaseId(1)), second.previous());
        assertTrue(Files.isSymbolicLink(site()), "the site path is a symlink");
        assertEquals(Path.of("site-releases/r000002"), Files.readSymbolicLink(site()), "relative target");
        assertEquals(second.built(), Sites.content(site()), "served byte for byte as staged");
        assertEquals(first.built(), Sites.content(releases().resolve("r000001")), "the older release is kept as built");
        assertEquals(List.of("r000001", "r000002"), onDisk());
        assertEquals(List.of(new ReleaseId(2), new ReleaseId(1)), second.kept());
        assertFalse(Files.exists(dir.resolve("var/site.tmp-link"), LinkOption.NOFOLLOW_LINKS));
    }

    @Test
    void theFourthPublishPrunesToTheCurrentAndTwoPrevious() throws IOException {
        Publisher publisher = new Publisher(site());
        for (int i = 1; i <= 3; i++) {
            assertTrue(publisher.publish(Sites.saying("lần " + i)).pruned().isEmpty());
        }
        Published<Map<String, String>> fourth = publisher.publish(Sites.saying("lần 4"));

        assertEquals(List.of(new ReleaseId(1)), fourth.pruned());
        assertEquals(List.of("r000002", "r000003", "r000004"), onDisk());
        assertEquals(fourth.built(), Sites.content(site()));
    }

    @Test
    void rollbackPointsBackAndASecondRollbackGoesFurtherUntilNoneIsLeft() throws IOException {
        Publisher publisher = new Publisher(site());
        Published<Map<String, String>> first = publisher.publish(Sites.saying("lần 1"));
        Published<Map<String, String>> second = publisher.publish(Sites.saying("lần 2"));
        publisher.publish(Sites.saying("lần 3"));

        RolledBack back = publisher.rollback();
        assertEquals(new RolledBack(new ReleaseId(3), new ReleaseId(2), releases().resolve("r000003.rolled-back")), back);
        assertTrue(Files.isSymbolicLink(site()));
        assertEquals(Path.of("site-releases/r000002"), Files.readSymbolicLink(site()));
        assertEquals(second.built(), Sites.content(site()));
        assertTrue(Files.isDirectory(back.setAside()), "the rejected release can still be looked at");

        assertEquals(new ReleaseId(1), publisher.rollback().to());
        assertEquals(first.built(), Sites.content(site()));
        PublishException none = assertThrows(PublishException.class, publisher::rollback);
        assertTrue(none.getMessage().contains("Không có bản phát hành nào trước bản r000001"), none.getMessage());
        assertEquals(first.built(), Sites.content(site()), "a refused rollback changes nothing");

        Published<Map<String, String>> next = publisher.publish(Sites.saying("lần 4"));
        assertEquals(new ReleaseId(4), next.release(), "ids never go back, even after rollbacks");
        assertEquals(List.of("r000001", "r000004"), onDisk(), "releases set aside go with the next publish");
        assertEquals(Optional.of(new ReleaseId(1)), next.previous());
    }

    @Test
    void rollbackWithNothingPublishedFailsWithAMessage() {
        PublishException e = assertThrows(PublishException.class, () -> new Publisher(site()).rollback());
        assertTrue(e.getMessage().contains("Chưa có bản phát hành nào"), e.getMessage());
    }

    @Test
    void aSiteFolderOfAnOlderVersionBecomesTheFirstReleaseOnce() throws IOException {
        Map<String, String> old = Sites.saying("bản cũ").apply(site());
        assertFalse(Files.isSymbolicLink(site()));

        Publisher publisher = new Publisher(site());
        Published<Map<String, String>> published = publisher.publish(Sites.saying("bản mới"));
        assertEquals(new ReleaseId(2), published.release());
        assertEquals(Optional.of(new ReleaseId(1)), published.previous());
        assertEquals(old, Sites.content(releases().resolve("r000001")));
        assertEquals(published.built(), Sites.content(site()));

        publisher.rollback();
        assertEquals(old, Sites.content(site()), "rollback reaches the migrated site");
    }

    @Test
    void aFailedBuildLikeAFullDiskLeavesTheServedReleaseAndNoStaging() throws IOException {
        Publisher publisher = new Publisher(site());
        Published<Map<String, String>> served = publisher.publish(Sites.saying("lần 1"));

        UncheckedIOException full = assertThrows(UncheckedIOException.class, () -> publisher.publish(staging -> {
            Sites.saying("dở dang").apply(staging);
            throw new UncheckedIOException(new IOException("No space left on device"));
        }));
        assertEquals("No space left on device", full.getCause().getMessage());
        assertEquals(served.built(), Sites.content(site()));
        assertEquals(List.of("r000001"), onDisk(), "the half-written staging folder is removed");
        assertEquals(new ReleaseId(2), publisher.publish(Sites.saying("lần 3")).release(), "the failed id was never served");
    }

    @Test
    void aBuildThatWritesNoFolderIsNotPublished() throws IOException {
        Publisher publisher = new Publisher(site());
        publisher.publish(Sites.saying("lần 1"));
        PublishException e = assertThrows(PublishException.class, () -> publisher.publish(staging -> "nothing"));
        assertTrue(e.getMessage().contains("không tạo thư mục"), e.getMessage());
        assertEquals(Optional.of(new ReleaseId(1)), publisher.current());
    }

    @Test
    void aPlainFileAtTheSitePathIsRefused() throws IOException {
        Files.createDirectories(site().getParent());
        Files.writeString(site(), "không phải thư mục", StandardCharsets.UTF_8);
        PublishException e = assertThrows(PublishException.class, () -> new Publisher(site()).publish(Sites.saying("x")));
        assertTrue(e.getMessage().contains("là một tệp"), e.getMessage());
        assertEquals("không phải thư mục", Files.readString(site(), StandardCharsets.UTF_8));
    }
}
