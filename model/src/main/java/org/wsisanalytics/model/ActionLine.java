package org.wsisanalytics.model;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A WSIS Action Line of the Geneva Plan of Action.
 *
 * @param code "C1" to "C11"
 * @param number 1 to 11
 * @param name the official name
 */
public record ActionLine(String code, int number, String name) {

    private static final Pattern CODE = Pattern.compile("C([1-9]|1[01])");
    /** Codes in number order: C1, C2, ..., C10, C11. */
    public static final Comparator<String> BY_NUMBER =
            Comparator.comparingInt(code -> Integer.parseInt(code.substring(1)));

    public ActionLine {
        Requires.text(code, "code");
        Requires.text(name, "name");
        if (!CODE.matcher(code).matches() || !code.equals("C" + number)) {
            throw new IllegalArgumentException("action line code '" + code + "' does not match number " + number);
        }
    }

    /** True for "C1" to "C11". */
    public static boolean isCode(String code) {
        return code != null && CODE.matcher(code).matches();
    }

    /** The distinct codes among {@code codes}, in C1..C11 order; fails on anything that is not a code. */
    public static List<String> codesInOrder(Collection<String> codes) {
        for (String code : codes) {
            if (!isCode(code)) {
                throw new IllegalArgumentException("not an action line code: " + code);
            }
        }
        return codes.stream()
                .distinct()
                .sorted(Comparator.comparingInt(code -> Integer.parseInt(code.substring(1))))
                .toList();
    }
}
