package dev.loomlab.eval;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One stack frame as a Java programmer reads it. Frames of the user's snippets come in two
 * spellings: translated by JShell ({@code A.v(#14:2)}, line within the snippet) and raw, from
 * threads JShell never saw ({@code REPL.$JShell$14$A.v($JShell$14.java:9)}, line in generated
 * code, so only the cell is named). Both become {@code A.v(cell 3, line 2)}; a cell's
 * top-level code becomes {@code cell 3, line 2}.
 */
final class FrameText {

    private static final Pattern WRAPPER_CLASS = Pattern.compile("^REPL\\.\\$JShell\\$(\\d+)(?:\\$(.*))?$");
    private static final Pattern RAW_FILE = Pattern.compile("^\\$JShell\\$(\\d+)[A-Za-z]?\\.java$");
    private static final Pattern LAMBDA = Pattern.compile("^lambda\\$(.*?)\\$\\d+$");
    private static final String TOP_LEVEL_METHOD = "do_it$";
    /** JShell's wrapper in a name: {@code REPL.$JShell$12.s} or {@code REPL.$JShell$14$Point}. */
    private static final Pattern WRAPPER_PREFIX = Pattern.compile("REPL\\.\\$JShell\\$\\d+[A-Za-z]?[.$]");

    private FrameText() {}

    /**
     * An exception message with JShell's wrapper names taken out, so that a helpful
     * NullPointerException names the user's variable: {@code "s" is null}, not
     * {@code "REPL.$JShell$12.s" is null}.
     */
    static String withoutWrapperNames(String message) {
        return message == null || !message.contains("REPL.") ? message : WRAPPER_PREFIX.matcher(message).replaceAll("");
    }

    /** The snippet id a frame belongs to, or null for JDK/library frames. */
    static String snippetId(StackTraceElement frame) {
        String file = frame.getFileName();
        if (file != null && file.startsWith("#")) {
            return file.substring(1);
        }
        if (file != null) {
            Matcher raw = RAW_FILE.matcher(file);
            if (raw.matches()) {
                return raw.group(1);
            }
        }
        Matcher wrapper = WRAPPER_CLASS.matcher(frame.getClassName());
        return wrapper.matches() ? wrapper.group(1) : null;
    }

    static String format(StackTraceElement frame, SnippetOrigins origins) {
        String id = snippetId(frame);
        if (id == null) {
            return frame.toString();
        }
        boolean translated = frame.getFileName() != null && frame.getFileName().startsWith("#");
        SnippetOrigins.Origin origin = origins.find(id);
        String place = origin == null
                ? "snippet " + id + (translated ? ", line " + frame.getLineNumber() : "")
                : origin.describe(translated ? frame.getLineNumber() : 0);
        String method = methodName(frame);
        return method.isEmpty() ? place : method + "(" + place + ")";
    }

    /** "A.v", "g", "lambda in g", or "" for a cell's top-level code. */
    static String methodName(StackTraceElement frame) {
        String owner = userClassName(frame.getClassName());
        String method = frame.getMethodName();
        if (method.equals(TOP_LEVEL_METHOD)) {
            method = "";
        }
        Matcher lambda = LAMBDA.matcher(method);
        if (lambda.matches()) {
            String enclosing = lambda.group(1).replace(TOP_LEVEL_METHOD, "").replace("$", "");
            method = enclosing.isEmpty() ? "lambda" : "lambda in " + enclosing;
        } else if (method.equals("<init>")) {
            method = "new " + owner;
            owner = "";
        }
        if (owner.isEmpty()) {
            return method;
        }
        return method.isEmpty() ? owner : owner + "." + method;
    }

    /** A class name without JShell's wrapper: "A" for a user class, "" for top-level code. */
    static String userClassName(String className) {
        Matcher wrapper = WRAPPER_CLASS.matcher(className);
        if (wrapper.matches()) {
            return wrapper.group(2) == null ? "" : wrapper.group(2).replace('$', '.');
        }
        return className;
    }
}
