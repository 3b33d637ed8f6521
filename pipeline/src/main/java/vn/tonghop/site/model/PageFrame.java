package vn.tonghop.site.model;

import java.util.List;

/** What every page shows around its content: title, root prefix for links and assets, the as-of date, the trail. */
public record PageFrame(String title, String root, String asOfText, List<Link> trail) {
}
