package dev.loomlab.quiz;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Decides whether what the proof code produced agrees with a question's key, and explains
 * the disagreement in words a course author can act on. The rules per {@link Question.Kind}:
 * a choice is named by its 0-based index, its letter or its text (a collection names several,
 * for many-choice); true/false wants a Boolean; typed answers compare numbers within the
 * tolerance and text ignoring case; output compares printed lines, ignoring trailing spaces.
 */
public final class AnswerKey {
    private AnswerKey() {}

    /** Null when the proof agrees; otherwise a message that shows the key and what the code did. */
    public static String disagreement(Question q, Object actual) {
        return switch (q.kind()) {
            case TRUE_FALSE -> {
                boolean key = q.choices().get(0).correct();
                yield actual instanceof Boolean b && b == key ? null
                        : "the key says " + key + ", the code gives " + describe(actual);
            }
            case CHOICE -> {
                Set<Integer> key = new TreeSet<>();
                for (int i = 0; i < q.choices().size(); i++) if (q.choices().get(i).correct()) key.add(i);
                Set<Integer> named = namedChoices(q, actual);
                yield key.equals(named) ? null
                        : "the key says " + letters(key) + ", the code gives " + describe(actual)
                          + (named.isEmpty() ? " (which names no choice)" : " (= " + letters(named) + ")");
            }
            case TYPED -> typedAgrees(q, actual) ? null
                    : "the key says " + q.answerLabel() + ", the code gives " + describe(actual);
            case OUTPUT -> normalizeOutput(String.valueOf(actual)).equals(normalizeOutput(q.typedAnswer())) ? null
                    : "the key says it prints:\n" + indent(q.typedAnswer()) + "\nbut the code prints:\n"
                      + indent(String.valueOf(actual));
        };
    }

    private static Set<Integer> namedChoices(Question q, Object actual) {
        Set<Integer> named = new TreeSet<>();
        Collection<?> values = actual instanceof Collection<?> c ? c : List.of(actual == null ? "null" : actual);
        for (Object value : values) {
            int index = choiceIndex(q, value);
            if (index >= 0) named.add(index);
        }
        return named;
    }

    private static int choiceIndex(Question q, Object value) {
        if (value instanceof Integer i) return i >= 0 && i < q.choices().size() ? i : -1;
        String text = String.valueOf(value).trim();
        if (text.length() == 1 && Character.isLetter(text.charAt(0))) {
            int i = Character.toLowerCase(text.charAt(0)) - 'a';
            if (i >= 0 && i < q.choices().size()) return i;
        }
        for (int i = 0; i < q.choices().size(); i++) {
            if (q.choices().get(i).text().trim().equalsIgnoreCase(text)) return i;
        }
        return -1;
    }

    private static boolean typedAgrees(Question q, Object actual) {
        if (actual == null) return false;
        Double expected = parseNumber(q.typedAnswer());
        Double got = actual instanceof Number n ? Double.valueOf(n.doubleValue()) : parseNumber(actual.toString());
        if (expected != null && got != null) return Math.abs(expected - got) <= q.tolerance() + 1e-12;
        return q.typedAnswer().trim().equalsIgnoreCase(actual.toString().trim());
    }

    /** True when a learner's typed text counts as the answer (used by %quiz ask). */
    public static boolean acceptsTyped(Question q, String typed) {
        return typedAgrees(q, typed);
    }

    static Double parseNumber(String s) {
        try {
            return Double.valueOf(s.trim());
        } catch (NumberFormatException | NullPointerException e) {
            return null;
        }
    }

    static String formatNumber(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }

    static String normalizeOutput(String s) {
        return s.replace("\r\n", "\n").lines().map(String::stripTrailing)
                .reduce((a, b) -> a + "\n" + b).orElse("").strip();
    }

    private static String letters(Set<Integer> indices) {
        return indices.stream().map(Question::letter).reduce((a, b) -> a + ", " + b).orElse("nothing");
    }

    private static String describe(Object actual) {
        if (actual instanceof String s) return "\"" + s + "\"";
        return String.valueOf(actual).toLowerCase(Locale.ROOT).equals("null") ? "null" : String.valueOf(actual);
    }

    private static String indent(String s) {
        return s.lines().map(l -> "    " + l).reduce((a, b) -> a + "\n" + b).orElse("    ");
    }
}
