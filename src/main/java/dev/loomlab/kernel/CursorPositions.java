package dev.loomlab.kernel;

/**
 * Jupyter counts cursor positions in Unicode code points (protocol 5.2+); Java strings count
 * UTF-16 units. The two differ as soon as a cell holds an emoji or other astral character.
 */
final class CursorPositions {
    private CursorPositions() {}

    static int toJavaIndex(String code, int codePoints) {
        int clamped = Math.max(0, Math.min(codePoints, code.codePointCount(0, code.length())));
        return code.offsetByCodePoints(0, clamped);
    }

    static int toCodePoints(String code, int javaIndex) {
        return code.codePointCount(0, Math.max(0, Math.min(javaIndex, code.length())));
    }
}
