package dev.loomlab.eval.slips;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hints for the slips a Python programmer makes with the async library, shown in the cell where
 * they happen and saying what was meant. Each is tied to something unambiguous: a pattern in the
 * cell's code (strings and comments ignored) together with the error it causes, or, for the
 * few shown before the cell runs, code that can only mean one thing. A cell without a slip gets
 * nothing; a hint never replaces the error, it follows it.
 */
public final class SlipHints {
    private static final Pattern DOT_WAIT = Pattern.compile("([A-Za-z_$][\\w$]*(?:\\(\\))?)\\s*\\.\\s*wait\\s*\\(");
    private static final Pattern BARE_WAIT = Pattern.compile("(?<![.\\w$])wait\\s*\\(\\s*[^)\\s]");
    private static final Pattern AWAIT_KEYWORD = Pattern.compile("(?<![.\\w$])await\\s+([A-Za-z_$][\\w$]*(?:\\([^;]*\\))?)\\s*;");
    private static final Pattern ASYNC_KEYWORD = Pattern.compile(
            "(?<![.\\w$])async\\s+(?:def\\b|void\\b|static\\b|public\\b|private\\b|protected\\b|[A-Z][\\w$<>,\\s]*\\s+[a-z_$][\\w$]*\\s*\\()");
    private static final Pattern ASYNCIO_PREFIX = Pattern.compile("(?<![.\\w$])asyncio\\s*\\.\\s*([a-z_]+)");
    private static final Pattern CALL_NOT_LAMBDA = Pattern.compile(
            "(?<![.\\w$])(createTask|toThread|waitFor|run|gather|asCompleted)\\s*\\(\\s*(?:\"[^\"]*\"\\s*,\\s*)?([a-z_$][\\w$]*)\\s*\\(([^()]*)\\)\\s*[,)]");
    /** sleep(1000) or Async.sleep(1000), never Thread.sleep or TimeUnit.X.sleep, which do take milliseconds (or units). */
    private static final Pattern INT_SLEEP = Pattern.compile("(?<![\\w$.])(?:Async\\s*\\.\\s*)?sleep\\s*\\(\\s*(\\d+)\\s*\\)");
    private static final Pattern CATCH_ILLEGAL_STATE = Pattern.compile("catch\\s*\\(\\s*(?:final\\s+)?(?:java\\.lang\\.)?IllegalStateException\\s+\\w+\\s*\\)");
    private static final Pattern AWAIT_CALL = Pattern.compile("(?:\\.\\s*await\\s*\\(|(?<![.\\w$])await\\s*\\(|(?<![.\\w$])(?:waitFor|gather|taskGroup)\\s*\\()");

    /** Seconds from which a whole-number sleep is taken for milliseconds. */
    static final int SLEEP_SECONDS_SUSPECT = 100;

    private SlipHints() {}

    /** Hints about code that cannot mean what it says, to show before the cell runs (a sleep(1000) would otherwise just hang). */
    public static List<String> beforeRunning(String cell) {
        String code = CodeText.codeOnly(cell);
        List<String> hints = new ArrayList<>();
        Matcher sleep = INT_SLEEP.matcher(code);
        while (sleep.find()) {
            long seconds = Long.parseLong(sleep.group(1));
            if (seconds >= SLEEP_SECONDS_SUSPECT) {
                hints.add("Hint: sleep(" + seconds + ") waits " + seconds + " seconds (" + humane(seconds)
                        + "): sleep takes seconds, as asyncio.sleep does. For " + seconds + " milliseconds write sleep("
                        + String.format(Locale.ROOT, "%s", seconds / 1000.0) + ") or sleep(Duration.ofMillis(" + seconds
                        + ")); if you do mean " + seconds + " seconds, write sleep(" + seconds + ".0).");
                break;
            }
        }
        Matcher await = AWAIT_KEYWORD.matcher(code);
        if (await.find()) {
            hints.add("Hint: Java has no await keyword: `await " + await.group(1) + ";` declares a variable. Write "
                    + await.group(1) + ".await() (or await(" + await.group(1) + ")) to wait for it.");
        }
        Matcher catchIse = CATCH_ILLEGAL_STATE.matcher(code);
        while (catchIse.find()) {
            int tryAt = code.lastIndexOf("try", catchIse.start());
            if (tryAt >= 0 && AWAIT_CALL.matcher(code.substring(tryAt, catchIse.start())).find()) {
                hints.add("Hint: CancelledException is an IllegalStateException, so this catch also catches a"
                        + " cancellation and the task goes on as if nothing happened. Catch the exception you expect"
                        + " (or add `catch (CancelledException e) { throw e; }` before it).");
                break;
            }
        }
        return hints;
    }

    /** A cell's error as the user sees it: its name, message and traceback lines. */
    public record Error(String ename, String evalue, List<String> traceback) {}

    /** The hint to show after the error's traceback when the cell's code shows what was meant; else null. */
    public static String afterFailure(String cell, Error failure) {
        return hintFor(cell, CodeText.codeOnly(cell), failure);
    }

    private static String hintFor(String cell, String code, Error failure) {
        String ename = failure.ename();
        String evalue = failure.evalue() == null ? "" : failure.evalue();
        if (ename.equals("IllegalMonitorStateException")) {
            Matcher m = DOT_WAIT.matcher(code);
            if (m.find() && !m.group(1).equals("Async")) {
                String t = m.group(1);
                return "Hint: " + t + ".wait() is Java's Object.wait, for threads that share a lock, not asyncio's wait."
                        + " To wait for a task write " + t + ".await(); for several, Async.wait(tasks) or waitTasks(tasks)"
                        + " (or gather(...).await() for their results).";
            }
        }
        if (ename.equals("InvalidStateException") && evalue.startsWith("Result is not ready")) {
            return "Hint: result() never waits (as in asyncio, where task.result() raises InvalidStateError)."
                    + " To wait for the task and get its result, write task.await().";
        }
        if (!ename.equals("CompilationException")) return null;
        if (BARE_WAIT.matcher(code).find() && mentions(failure, "wait")) {
            return "Hint: in a notebook an unqualified wait(...) means Object.wait, a method every Java object has."
                    + " Write Async.wait(...) or waitTasks(...) for asyncio's wait.";
        }
        Matcher async = ASYNC_KEYWORD.matcher(code);
        if (async.find()) {
            return "Hint: Java has no async keyword, and needs none: any method can sleep, await or gather when it"
                    + " runs inside a task (a cell, run(...), or createTask(...)). Drop the word async.";
        }
        Matcher asyncio = ASYNCIO_PREFIX.matcher(code);
        if (asyncio.find() && evalue.contains("asyncio")) {
            String name = camel(asyncio.group(1));
            return "Hint: asyncio's functions are imported here without a prefix, in Java spelling: write " + name
                    + "(...) instead of asyncio." + asyncio.group(1) + "(...).";
        }
        Matcher call = CALL_NOT_LAMBDA.matcher(code);
        while (call.find()) {
            String fn = call.group(1);
            if (evalue.contains("'void' type not allowed here") || evalue.contains("method found for " + fn + "(")
                    || evalue.contains("no suitable method found for " + fn)) {
                String inner = cell.substring(call.start(2), call.end(3)) + ")";
                return "Hint: " + fn + "(...) takes the code to run, not its result: " + inner + " runs right away"
                        + " and hands over what it returns. Write " + fn + "(() -> " + inner + ") instead"
                        + " (asyncio's create_task(f()) is spelled createTask(() -> f()) in Java).";
            }
        }
        return null;
    }

    private static boolean mentions(Error failure, String word) {
        return String.join("\n", failure.traceback()).contains(word + "(");
    }

    /** create_task -> createTask, sleep -> sleep. */
    private static String camel(String snake) {
        StringBuilder sb = new StringBuilder();
        boolean up = false;
        for (char c : snake.toCharArray()) {
            if (c == '_') {
                up = true;
            } else {
                sb.append(up ? Character.toUpperCase(c) : c);
                up = false;
            }
        }
        return sb.toString();
    }

    private static String humane(long seconds) {
        if (seconds < 120) return "about " + seconds + " s";
        if (seconds < 7200) return "about " + Math.round(seconds / 60.0) + " minutes";
        return "about " + Math.round(seconds / 3600.0) + " hours";
    }
}
