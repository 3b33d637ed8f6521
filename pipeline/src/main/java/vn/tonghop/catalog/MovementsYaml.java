package vn.tonghop.catalog;

import java.util.List;

/** Reads movements.yaml: movements and their indicators. */
final class MovementsYaml {
    private MovementsYaml() {
    }

    static List<Movement> read(YamlNode root) {
        return root.list("movements", node -> {
            String code = node.text("code");
            String slug = node.text("slug");
            if (!slug.isEmpty() && !PlanYaml.SLUG.matcher(slug).matches()) {
                node.problem("slug", "'" + slug + "' không hợp lệ: chỉ chữ thường a-z, số và '-'");
            }
            List<Indicator> indicators = node.list("indicators", i -> indicator(i, code));
            return new Movement(code, slug, vn.tonghop.vi.Fold.nfc(node.text("name")), indicators);
        });
    }

    private static Indicator indicator(YamlNode node, String movementCode) {
        String code = node.text("code");
        if (!code.isEmpty() && !PlanYaml.ITEM_CODE.matcher(code).matches()) {
            node.problem("code", "mã chỉ tiêu '" + code + "' không hợp lệ (chỉ chữ, số, '.', '_' và '-')");
        }
        Indicator.AcrossUnits across = node.enumValue("across_units", Indicator.AcrossUnits.class, Indicator.AcrossUnits.SUM);
        String numerator = node.optionalText("numerator");
        String denominator = node.optionalText("denominator");
        if (across == Indicator.AcrossUnits.SHARE && (numerator == null || denominator == null)) {
            node.problem("across_units", "chỉ tiêu tỷ lệ (share) cần numerator và denominator");
        }
        if (across != Indicator.AcrossUnits.SHARE && (numerator != null || denominator != null)) {
            node.problem("numerator", "chỉ chỉ tiêu tỷ lệ (share) mới có numerator/denominator");
        }
        Target target = null;
        if (node.has("target")) {
            YamlNode t = node.child("target");
            target = new Target(t.number("absolute"), t.number("per_unit"), t.texts("kinds").stream().map(vn.tonghop.vi.Fold::nfc).toList());
            if ((target.absolute() == null) == (target.perUnit() == null)) {
                t.problem(null, "cần đúng một trong absolute hoặc per_unit");
            }
            if (target.perUnit() != null && target.kinds().isEmpty()) {
                t.problem("kinds", "chỉ tiêu theo đơn vị (per_unit) cần danh sách loại đơn vị");
            }
        }
        return new Indicator(code, movementCode, vn.tonghop.vi.Fold.nfc(node.text("name")),
                vn.tonghop.vi.Fold.nfc(node.text("unit")),
                node.enumValue("value_type", Indicator.ValueType.class, Indicator.ValueType.DECIMAL), across,
                node.enumValue("over_time", Indicator.OverTime.class, Indicator.OverTime.LAST), numerator, denominator, target);
    }
}
