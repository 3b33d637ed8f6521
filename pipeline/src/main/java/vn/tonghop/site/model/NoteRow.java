package vn.tonghop.site.model;

/** A unit's own note on a task, attributed to the unit. */
public record NoteRow(Link unit, String statusText, String note) {
}
