package vn.tonghop.site.model;

/** A link with its text; {@code href} is relative to the page (root prefix included). */
public record Link(String text, String href) {
}
