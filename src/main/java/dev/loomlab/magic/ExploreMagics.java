package dev.loomlab.magic;

import dev.loomlab.eval.Interpreter.Outcome;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

/**
 * {@code %%explore [RUNS] [--seed S] [--jitter F] [--bound B] [--replay SEED] [--expect PREDICATE]}:
 * runs the cell body under many schedules (see {@code dev.loomlab.async.Explorer}) and shows every outcome
 * it can have, with a timeline for each. The body is the block: statements that end in
 * {@code return value;}, or that only print. {@code --replay SEED} shows the one schedule of
 * that seed from the same exploration; {@code --expect} takes the rest of the line as a Java
 * predicate on the block's value ({@code --expect v -> v == 200}) and lists the schedules that
 * break it first.
 */
final class ExploreMagics {
    private ExploreMagics() {}

    static void register(MagicRegistry registry) {
        registry.cell("explore", new Magic() {
            public String help() {
                return "run the cell under many task schedules and show every outcome: %%explore [runs] [--seed S] "
                        + "[--jitter F] [--bound B] [--replay SEED] [--expect v -> ...]";
            }

            public Outcome run(String args, String body, MagicContext ctx) {
                String call;
                try {
                    call = javaFor(args);
                } catch (IllegalArgumentException e) {
                    return MagicFailure.of("UsageError", e.getMessage());
                }
                if (body.isBlank()) {
                    return MagicFailure.of("UsageError", "%%explore needs a block below it, e.g. "
                            + "statements ending in return count;");
                }
                // The body starts on the cell's second line, so JShell's line numbers match the cell's.
                return ctx.run(call.replace("BODY", "\n" + body + "\n"));
            }
        });
    }

    /** The Java expression that explores BODY as the arguments ask. */
    static String javaFor(String args) {
        String expect = null;
        int at = args.indexOf("--expect");
        if (at >= 0) {
            expect = args.substring(at + "--expect".length()).strip();
            args = args.substring(0, at);
            if (expect.isEmpty()) {
                throw new IllegalArgumentException("--expect needs a predicate on the block's value, e.g. --expect v -> v == 2");
            }
        }
        Deque<String> words = new ArrayDeque<>(Arrays.asList(args.strip().split("\\s+")));
        words.remove("");
        StringBuilder config = new StringBuilder("dev.loomlab.async.Async.explorer()");
        String replay = null;
        while (!words.isEmpty()) {
            String w = words.poll();
            switch (w) {
                case "--seed" -> config.append(".seed(").append(number(w, words.poll(), true)).append("L)");
                case "--jitter" -> config.append(".jitter(").append(fraction(words.poll())).append(")");
                case "--bound" -> config.append(".exhaustiveUpTo(").append(number(w, words.poll(), false)).append(")");
                case "--replay" -> replay = number(w, words.poll(), true);
                default -> {
                    if (!w.matches("\\d+")) {
                        throw new IllegalArgumentException("unknown argument \"" + w + "\": %%explore [runs] [--seed S]"
                                + " [--jitter F] [--bound B] [--replay SEED] [--expect v -> ...]");
                    }
                    config.append(".runs(").append(number("runs", w, false)).append(")");
                }
            }
        }
        String explore = config + ".explore(() -> {BODY})";
        if (replay != null) return explore + ".replay(" + replay + "L)";
        if (expect == null) return explore;
        String described = expect.replace("\\", "\\\\").replace("\"", "\\\"");
        return explore + ".expect(\"" + described + "\", " + expect + ")";
    }

    private static String number(String what, String value, boolean mayBeNegative) {
        if (value == null || !value.matches(mayBeNegative ? "-?\\d{1,18}" : "\\d{1,9}")) {
            throw new IllegalArgumentException(what + " needs a whole number" + (value == null ? "" : ", not \"" + value + "\""));
        }
        if (!mayBeNegative && Long.parseLong(value) < 1 && !what.equals("--bound")) {
            throw new IllegalArgumentException(what + " must be at least 1");
        }
        return value;
    }

    private static String fraction(String value) {
        try {
            double f = Double.parseDouble(value == null ? "" : value);
            if (f >= 0 && f < 1) return value;
        } catch (NumberFormatException notANumber) {
            // fall through to the message
        }
        throw new IllegalArgumentException("--jitter needs a fraction of each sleep from 0 up to 1, e.g. --jitter 0.2"
                + (value == null ? "" : ", not \"" + value + "\""));
    }
}
