package vn.tonghop.planimport;

import java.util.List;

/**
 * A target the text states, drafted as a movements.yaml indicator: a provisional code ("CT1"), a name
 * made from the counted words ("Tỷ lệ ..." or "Số ..."), unit of measure, value type, target, and the
 * sentence it came from; {@code suggestedCode} names an existing catalog indicator with nearly the same words.
 */
record DraftIndicator(String code, String name, String unit, String valueType, String acrossUnits, String overTime,
                      double target, boolean perUnit, List<String> kinds, boolean atLeast, List<Integer> lines,
                      String sentence, String taskCode, String suggestedCode, String suggestedName, List<String> assumed) {
}
