package vn.tonghop.site;

import vn.tonghop.site.chart.StatusColours;

/** Vietnamese names of statuses shown on pages (the same names the chart legends use); the CSS class is the code. */
final class StatusText {
    private StatusText() {
    }

    static String report(Object code) {
        return StatusColours.REPORT_STATUS_NAMES.getOrDefault(String.valueOf(code), String.valueOf(code));
    }

    static String task(Object code) {
        return StatusColours.TASK_STATUS_NAMES.getOrDefault(String.valueOf(code), String.valueOf(code));
    }
}
