package vn.tonghop.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import vn.tonghop.common.FileTrees;

/**
 * What a killed run leaves behind, and the next run recovering by itself while the site keeps
 * serving the release it served. One test kills a real child JVM with SIGKILL in the middle of a build.
 */
class PublishCrashTest extends ReleasesFixture {
    Path tmpLink() {
        return dir.resolve("var/site.tmp-link");
    }

    @Test
    void stagingAndADanglingTmpLinkOfAKilledRunAreCleanedWhileTheOldReleaseIsServed() throws IOException {
        Publisher publisher = new Publisher(site());
        Map<String, String> served = publisher.publish(Sites.saying("lần 1")).built();
        // As a run killed mid-build leaves it: a half-written staging folder, and a link to a release
        // that was never completed.
        Path staging = Files.createDirectories(releases().resolve("r000002.tmp/don-vi"));
        Files.writeString(staging.resolve("nua-chung.html"), "<p>dở", StandardCharsets.UTF_8);
        Files.createSymbolicLink(tmpLink(), Path.of("site-releases/r000002"));
        assertEquals(served, Sites.content(site()), "the killed run never touched what is served");

        Published<Map<String, String>> next = publisher.publish(stagingDir -> {
            assertFalse(Files.exists(releases().resolve("r000002.tmp")), "stale staging is cleaned at the start");
            assertFalse(Files.exists(tmpLink(), LinkOption.NOFOLLOW_LINKS), "the stale link is cleaned at the start");
            assertEquals(served, Sites.content(site()), "the previous release is served until the switch");
            return Sites.saying("lần 2").apply(stagingDir);
        });

        assertEquals(new ReleaseId(3), next.release(), "no id of a leftover is reused");
        assertEquals(next.built(), Sites.content(site()));
        assertEquals(List.of("r000001", "r000003"), onDisk());
    }

    @Test
    void aReleaseCompletedButNeverSwitchedInIsNeitherServedNorRolledBackTo() throws IOException {
        Publisher publisher = new Publisher(site());
        Map<String, String> served = publisher.publish(Sites.saying("lần 1")).built();
        // Killed between renaming the staging folder and the switch: complete, linked aside, never served.
        FileTrees.copy(releases().resolve("r000001"), releases().resolve("r000002"));
        Files.writeString(releases().resolve("r000002/index.html"), "<h1>chưa từng công bố</h1>", StandardCharsets.UTF_8);
        Files.createSymbolicLink(tmpLink(), Path.of("site-releases/r000002"));

        Published<Map<String, String>> next = publisher.publish(stagingDir -> {
            assertFalse(Files.exists(releases().resolve("r000002")));
            assertEquals(served, Sites.content(site()));
            return Sites.saying("lần 2").apply(stagingDir);
        });
        assertEquals(new ReleaseId(3), next.release());
        assertEquals(Optional.of(new ReleaseId(1)), next.previous());
        assertEquals(new ReleaseId(1), publisher.rollback().to());
        assertEquals(served, Sites.content(site()));
    }

    @Test
    @Timeout(120) // only a guard against a hung child; nothing here is timed
    void killMinus9DuringABuildLeavesTheSiteAsItWasAndTheNextRunRecovers() throws Exception {
        Publisher publisher = new Publisher(site());
        Map<String, String> served = publisher.publish(Sites.saying("lần 1")).built();

        try (ChildJvm child = ChildJvm.start(KilledWhileBuilding.class, site().toString())) {
            assertEquals("building", child.nextLine());
            assertTrue(Files.isDirectory(releases().resolve("r000002.tmp")), "the child is building in its staging folder");
            assertEquals(served, Sites.content(site()));
            child.killForcibly();
        }
        assertEquals(served, Sites.content(site()), "a killed build changes nothing that is served");
        assertEquals(Path.of("site-releases/r000001"), Files.readSymbolicLink(site()));
        assertEquals(List.of("r000001", "r000002.tmp"), onDisk(), "the killed run's staging stays until the next run");

        Published<Map<String, String>> next = publisher.publish(Sites.saying("lần 3"));
        assertEquals(new ReleaseId(3), next.release());
        assertEquals(next.built(), Sites.content(site()));
        assertEquals(List.of("r000001", "r000003"), onDisk());
    }
}
