package vn.tonghop.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tonghop.cli.ExitCode;
import vn.tonghop.testing.Cli;

/** {@code tonghop rollback} as users run it: no catalog needed, says which release, refuses when none is left. */
class RollbackCommandTest {
    @TempDir
    Path dir;

    @Test
    void rollbackSaysWhichReleaseItWentBackToAndFailsWhenNoneIsLeft() throws Exception {
        Publisher publisher = new Publisher(dir.resolve("site"));
        Map<String, String> first = publisher.publish(Sites.saying("lần 1")).built();
        publisher.publish(Sites.saying("lần 2"));

        Cli.Result back = Cli.run("rollback", "--workdir", dir.toString());
        assertEquals(ExitCode.OK, back.code(), back.out() + back.err());
        assertTrue(back.out().contains("Đã quay lại bản phát hành r000001"), back.out());
        assertTrue(back.out().contains("Bản r000002 không còn được phục vụ"), back.out());
        assertEquals(first, Sites.content(dir.resolve("site")));

        Cli.Result none = Cli.run("rollback", "--workdir", dir.toString());
        assertEquals(ExitCode.FAILURE, none.code());
        assertTrue(none.err().contains("Không có bản phát hành nào trước bản r000001"), none.err());
        assertEquals(first, Sites.content(dir.resolve("site")), "a refused rollback changes nothing");
        assertTrue(Files.isSymbolicLink(dir.resolve("site")));
    }
}
