package vn.tonghop.site;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.tonghop.catalog.Catalog;
import vn.tonghop.catalog.Plan;
import vn.tonghop.catalog.UnitVersion;
import vn.tonghop.vi.Fold;

/**
 * The search index, written at build time as a .js file loaded by a script tag (browsers block
 * fetch of file://): units, plans, indicators and the units' notes, each with a folded key so
 * "truong" finds "Trường" and "dang uy" finds "Đảng ủy".
 */
final class SearchIndex {
    /** t: text shown, k: folded search key, u: link from the site root, d: detail. */
    record Entry(String t, String k, String u, String d) {
    }

    private SearchIndex() {
    }

    static String script(Catalog catalog, SiteData data, LocalDate asOf) {
        List<Entry> entries = new ArrayList<>();
        for (String code : catalog.units().codes()) {
            UnitVersion v = catalog.units().versionOn(code, asOf).orElse(catalog.units().latest(code).orElseThrow());
            entries.add(entry(v.name(), code + " " + v.kind(), Links.unit(code), v.kind()));
        }
        for (Plan plan : catalog.plans()) {
            entries.add(entry("Kế hoạch " + plan.code(), plan.title(), Links.plan(plan.slug()), plan.title()));
        }
        catalog.movements().forEach(m -> m.indicators().forEach(i ->
                entries.add(entry(i.name(), i.code() + " " + m.name(), Links.movement(m.slug()), m.name()))));
        for (Map<String, Object> r : data.tasksWithNotes()) {
            Plan plan = catalog.plan((String) r.get("ma_ke_hoach")).orElseThrow();
            String unit = (String) r.get("ma_don_vi");
            String unitName = catalog.units().latest(unit).map(UnitVersion::name).orElse(unit);
            entries.add(entry((String) r.get("ghi_chu"), unitName + " " + r.get("ma_muc"), Links.plan(plan.slug()),
                    unitName + ", " + plan.code() + " " + r.get("ky_bao_cao") + ", nhiệm vụ " + r.get("ma_muc")));
        }
        try {
            return "window.TONGHOP_INDEX = " + new ObjectMapper().writeValueAsString(entries) + ";\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Entry entry(String text, String extra, String link, String detail) {
        return new Entry(text, Fold.foldPhrase(text + " " + extra), link, detail);
    }
}
