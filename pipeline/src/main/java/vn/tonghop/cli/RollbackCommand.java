package vn.tonghop.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import vn.tonghop.publish.Publisher;
import vn.tonghop.publish.RolledBack;
import vn.tonghop.publish.RunLock;

@Command(name = "rollback", mixinStandardHelpOptions = true,
        header = "Quay trang web về bản phát hành trước; bản đang phục vụ được để riêng đến lần công bố sau.")
final class RollbackCommand implements Callable<Integer> {
    @Mixin
    CommonOptions options = new CommonOptions();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Settings settings = options.resolveWithoutCatalog();
        try (RunLock lock = RunLock.acquire(settings.lockFile())) {
            Publisher publisher = new Publisher(settings.site());
            RolledBack done = publisher.rollback();
            var out = spec.commandLine().getOut();
            out.printf("Đã quay lại bản phát hành %s: trang web %s nay trỏ tới %s.%n", done.to(), publisher.site(),
                    publisher.releases().resolve(done.to().name()));
            out.printf("Bản %s không còn được phục vụ; được để ở %s để xem lại và sẽ bị xóa ở lần công bố sau.%n", done.from(),
                    done.setAside());
            out.flush();
            return ExitCode.OK;
        }
    }
}
