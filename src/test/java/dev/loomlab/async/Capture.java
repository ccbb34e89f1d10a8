package dev.loomlab.async;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** Captures what a block prints to System.out and System.err. */
final class Capture {
    final List<String> out;
    final String err;

    private Capture(String out, String err) {
        this.out = out.isEmpty() ? List.of() : Arrays.asList(out.split("\\R"));
        this.err = err;
    }

    interface Block {
        void run() throws Exception;
    }

    static Capture of(Block block) {
        PrintStream oldOut = System.out, oldErr = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream(), e = new ByteArrayOutputStream();
        System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
        try {
            block.run();
        } catch (RuntimeException x) {
            throw x;
        } catch (Exception x) {
            throw new RuntimeException(x);
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
        return new Capture(o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
    }

    /** Prints like Python's print(): arguments separated by spaces. */
    static void print(Object... parts) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) sb.append(' ');
            sb.append(parts[i]);
        }
        System.out.println(sb);
    }
}
