package vn.tonghop.catalog;

import java.util.List;

/** An indicator's target: an absolute figure, or a figure each unit of the named kinds must reach. */
public record Target(Double absolute, Double perUnit, List<String> kinds) {
}
