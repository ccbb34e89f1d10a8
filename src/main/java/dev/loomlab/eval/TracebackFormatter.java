package dev.loomlab.eval;

import dev.loomlab.eval.Interpreter.Outcome.Failure;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import jdk.jshell.EvalException;

/**
 * Writes an exception the way Java prints one, but with cell line numbers: the exception and
 * its message, the user's frames ("at cell 3, line 2"), library frames as usual, the
 * engine's own frames left out, causes as "Caused by:", and long traces (endless recursion)
 * cut short with a count of what was left out.
 */
final class TracebackFormatter {

    static final int MAX_FRAMES = 20;
    private static final int FRAMES_KEPT_AT_END = 4;

    private final SnippetOrigins origins;

    TracebackFormatter(SnippetOrigins origins) {
        this.origins = origins;
    }

    Failure failure(Throwable error) {
        String className = exceptionClassName(error);
        String message = error.getMessage() == null ? "" : FrameText.withoutWrapperNames(error.getMessage());
        return new Failure(simpleName(className), message, lines(error));
    }

    /** {@link #lines} as one text. */
    String text(Throwable error) {
        return String.join("\n", lines(error));
    }

    List<String> lines(Throwable error) {
        List<String> lines = new ArrayList<>();
        lines.add(header(error));
        StackTraceElement[] frames = userVisible(error.getStackTrace());
        addFrames(lines, frames, 0);
        Throwable cause = error.getCause();
        StackTraceElement[] enclosing = frames;
        for (int depth = 0; cause != null && cause != error && depth < 10; depth++) {
            StackTraceElement[] causeFrames = userVisible(cause.getStackTrace());
            lines.add("Caused by: " + header(cause));
            addFrames(lines, causeFrames, framesInCommon(causeFrames, enclosing));
            enclosing = causeFrames;
            cause = cause.getCause();
        }
        return lines;
    }

    private String header(Throwable error) {
        String name = displayName(exceptionClassName(error));
        String message = FrameText.withoutWrapperNames(error.getMessage());
        return message == null ? name : name + ": " + message;
    }

    private void addFrames(List<String> lines, StackTraceElement[] frames, int inCommon) {
        int shown = frames.length - inCommon;
        if (shown > MAX_FRAMES) {
            int head = MAX_FRAMES - FRAMES_KEPT_AT_END;
            for (int i = 0; i < head; i++) {
                lines.add("    at " + FrameText.format(frames[i], origins));
            }
            lines.add("    ... " + (shown - MAX_FRAMES) + " more frames left out ...");
            for (int i = shown - FRAMES_KEPT_AT_END; i < shown; i++) {
                lines.add("    at " + FrameText.format(frames[i], origins));
            }
        } else {
            for (int i = 0; i < shown; i++) {
                lines.add("    at " + FrameText.format(frames[i], origins));
            }
        }
        if (inCommon > 0) {
            lines.add("    ... " + inCommon + " more");
        }
    }

    /** Drops the engine's frames under the user's code (reflection, JShell, our runner). */
    private static StackTraceElement[] userVisible(StackTraceElement[] frames) {
        // JShell's stop check, woven into every user method: a stack overflow may strike there.
        frames = Arrays.stream(frames).filter(frame -> !frame.getClassName().equals("REPL.$Cancel$"))
                .toArray(StackTraceElement[]::new);
        int lastUserFrame = -1;
        for (int i = 0; i < frames.length; i++) {
            if (FrameText.snippetId(frames[i]) != null) {
                lastUserFrame = i;
            }
        }
        if (lastUserFrame >= 0) {
            return Arrays.copyOf(frames, lastUserFrame + 1);
        }
        return Arrays.stream(frames).filter(frame -> !isEngineFrame(frame)).toArray(StackTraceElement[]::new);
    }

    private static boolean isEngineFrame(StackTraceElement frame) {
        String name = frame.getClassName();
        return name.startsWith("dev.loomlab.eval.") || name.startsWith("jdk.jshell.")
                || name.startsWith("jdk.internal.reflect.") || name.startsWith("java.lang.reflect.");
    }

    private static int framesInCommon(StackTraceElement[] frames, StackTraceElement[] enclosing) {
        int m = frames.length - 1;
        int n = enclosing.length - 1;
        int common = 0;
        while (m >= 0 && n >= 0 && frames[m].equals(enclosing[n])) {
            m--;
            n--;
            common++;
        }
        return common;
    }

    static String exceptionClassName(Throwable error) {
        return error instanceof EvalException eval ? eval.getExceptionClassName() : error.getClass().getName();
    }

    /** "ArithmeticException" for java.lang, "MyError" for a cell's class, else the full name. */
    static String displayName(String className) {
        String user = FrameText.userClassName(className);
        if (!user.equals(className)) {
            return user;
        }
        if (className.startsWith("dev.loomlab.eval.exec.")) {
            return className.substring("dev.loomlab.eval.exec.".length()); // the engine's own, e.g. SystemExitError
        }
        if (className.startsWith("java.lang.") && className.indexOf('.', "java.lang.".length()) < 0) {
            return className.substring("java.lang.".length());
        }
        return className;
    }

    static String simpleName(String className) {
        String name = displayName(className);
        return name.substring(Math.max(name.lastIndexOf('.'), name.lastIndexOf('$')) + 1);
    }
}
