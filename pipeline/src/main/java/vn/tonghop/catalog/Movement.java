package vn.tonghop.catalog;

import java.util.List;

/** An emulation movement (phong trào thi đua) and its indicators. */
public record Movement(String code, String slug, String name, List<Indicator> indicators) {
}
