package dev.loomlab.magic;

import dev.loomlab.eval.Interpreter.Outcome;
import java.nio.file.Files;
import java.nio.file.Path;

/** %lsmagic, %help and %load. */
final class BasicMagics {
    private BasicMagics() {}

    static void register(MagicRegistry registry) {
        registry.line("lsmagic", new Magic() {
            public String help() {
                return "list every magic with what it does";
            }

            public Outcome run(String args, String body, MagicContext ctx) {
                ctx.print(registry.listing());
                return new Outcome.Success(null);
            }
        });
        registry.line("help", new Magic() {
            public String help() {
                return "how to use this kernel, and the magics";
            }

            public Outcome run(String args, String body, MagicContext ctx) {
                ctx.print("""
                        Loomlab: Java cells run by JShell, with asyncio-style tasks on virtual threads.
                          - End a cell with an expression (no semicolon) to see its value.
                          - Press the stop button to interrupt a cell; your variables are kept.
                          - display(x), html(...), markdown(...), svg(...) show rich output.
                        """ + registry.listing());
                return new Outcome.Success(null);
            }
        });
        registry.line("load", new Magic() {
            public String help() {
                return "run the Java in a file (.jsh, .jshell or .java) as if typed in this cell";
            }

            public Outcome run(String args, String body, MagicContext ctx) throws Exception {
                if (args.isBlank()) return MagicFailure.of("UsageError", "%load needs a file: %load path/to/file.jsh");
                Path file = Path.of(args.strip());
                if (!Files.isRegularFile(file)) {
                    return MagicFailure.of("FileNotFoundException", "%load cannot find " + file.toAbsolutePath());
                }
                return ctx.run(Files.readString(file));
            }
        });
    }
}
