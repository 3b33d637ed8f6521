package vn.tonghop.catalog;

import java.time.LocalDate;

/**
 * One row of units.csv: a unit as it stood over [from, to). A rename or a move is a new
 * version of the same code; a merge or dissolution ends the last version, naming a successor.
 */
public record UnitVersion(String code, String name, String kind, String parentCode,
                          LocalDate from, LocalDate to, String successor, String note) {

    public boolean validOn(LocalDate date) {
        return !date.isBefore(from) && (to == null || date.isBefore(to));
    }

    public boolean isRoot() {
        return parentCode == null;
    }
}
