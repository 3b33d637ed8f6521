package vn.tonghop.publish;

import vn.tonghop.common.CrashPoint;

/**
 * What a {@link Publisher} publishes: the site the web server serves, or the datasets the site is
 * rendered from. Named in messages, and in the crash point just before the switch.
 */
public enum Publication {
    SITE("trang web", CrashPoint.BEFORE_SITE_SWITCH),
    DATASETS("bộ dữ liệu", CrashPoint.BEFORE_DATASETS_SWITCH);

    private final String noun;
    private final String crashPoint;

    Publication(String noun, String crashPoint) {
        this.noun = noun;
        this.crashPoint = crashPoint;
    }

    /** Vietnamese, as it reads inside a sentence: "trang web", "bộ dữ liệu". */
    public String noun() {
        return noun;
    }

    String crashPoint() {
        return crashPoint;
    }
}
