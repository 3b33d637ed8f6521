package vn.tonghop.site;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.reflect.Guard;
import com.github.mustachejava.reflect.MissingWrapper;
import com.github.mustachejava.reflect.ReflectionObjectHandler;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Mustache templates of site-templates/, compiled once and rendered strictly: a key the view
 * model does not have fails the build instead of publishing a blank.
 */
public final class Templates {
    private final DefaultMustacheFactory factory;
    private final Map<String, Mustache> compiled = new ConcurrentHashMap<>();

    public Templates(Path dir) {
        this.factory = new DefaultMustacheFactory(dir.toFile());
        this.factory.setObjectHandler(new StrictObjectHandler());
    }

    public String render(String template, Object model) {
        Mustache mustache = compiled.computeIfAbsent(template, t -> factory.compile(t + ".mustache"));
        StringWriter out = new StringWriter();
        try {
            mustache.execute(out, model).flush();
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Fails on a missing key rather than rendering nothing. */
    private static final class StrictObjectHandler extends ReflectionObjectHandler {
        @Override
        protected MissingWrapper createMissingWrapper(String name, List<Guard> guards) {
            throw new MustacheException("Mẫu trang dùng khóa '" + name + "' mà mô hình trang không có");
        }
    }
}
