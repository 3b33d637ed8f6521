package vn.tonghop.site;

import java.util.Locale;
import vn.tonghop.catalog.Folders;

/**
 * Where pages live, relative to the site root. Folder names come from slugs and checked codes,
 * never from raw report text; every link names its .html file so the site works opened from disk.
 * Most pages are the index.html of a folder of their own; the sources pages, one per unit and
 * period (about 900,000 at national size), are files side by side instead: a folder per page cost
 * about 4 GB of folders per release and per frozen year at that size (972,150 folders, 4 KiB each).
 */
final class Links {
    private Links() {
    }

    static String home() {
        return "index.html";
    }

    static String plan(String slug) {
        return "ke-hoach/" + slug + "/index.html";
    }

    static String period(String slug, String period) {
        return "ke-hoach/" + Folders.period(slug, period) + "/index.html";
    }

    /** A file of the documents stage (report, form) placed beside a period's page. */
    static String periodFile(String slug, String period, String name) {
        return "ke-hoach/" + Folders.period(slug, period) + "/" + name;
    }

    /** A page of a period's unit list at one level below the plan's root (-1: units outside its tree). */
    static String periodLevel(String slug, String period, int level, int page) {
        String folder = "ke-hoach/" + Folders.period(slug, period) + "/" + (level < 0 ? "ngoai-cay" : "cap-" + level) + "/";
        return folder + (page <= 1 ? "" : "trang-" + page + "/") + "index.html";
    }

    /** Where a unit's figures in a plan's period come from. */
    static String sources(String slug, String period, String unit) {
        return "ke-hoach/" + Folders.period(slug, period) + "/nguon/" + unit.toLowerCase(Locale.ROOT) + ".html";
    }

    static String unit(String code) {
        return "don-vi/" + code.toLowerCase(Locale.ROOT) + "/index.html";
    }

    static String movement(String slug) {
        return "phong-trao/" + slug + "/index.html";
    }

    static String quality() {
        return "chat-luong-du-lieu/index.html";
    }

    static String archive() {
        return "luu-tru/index.html";
    }

    /** A frozen year: a link inside the site to the archive folder, which lives outside every release. */
    static String archiveYear(int year) {
        return "luu-tru/" + year + "/index.html";
    }

    static String search() {
        return "tim-kiem/index.html";
    }

    static String downloads() {
        return "tai-ve/index.html";
    }

    /** "../" once per folder level of a page path, so links are relative to any sub-path. */
    static String rootOf(String pagePath) {
        return "../".repeat((int) pagePath.chars().filter(c -> c == '/').count());
    }
}
