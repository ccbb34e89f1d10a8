package dev.loomlab.magic;

import dev.loomlab.eval.Interpreter.Outcome;
import dev.loomlab.eval.loop.SessionLoop;
import dev.loomlab.history.History;
import java.util.List;

/** The registry every kernel session starts with. */
public final class Magics {
    private Magics() {}

    /** The magics that need no session (%%time then reports no loop time). */
    public static MagicRegistry standard() {
        MagicRegistry registry = withoutTiming();
        TimeMagics.register(registry, null);
        return registry;
    }

    private static MagicRegistry withoutTiming() {
        MagicRegistry registry = new MagicRegistry();
        BasicMagics.register(registry);
        QuizMagics.register(registry);
        ExploreMagics.register(registry);
        ClassPathMagics.register(registry);
        MavenMagics.register(registry);
        return registry;
    }

    /**
     * The standard magics plus those that look into the session: its event loop, its threads,
     * the imports every session starts with, and its history.
     */
    public static MagicRegistry standard(SessionLoop session, List<String> preloadedImports, History history) {
        MagicRegistry registry = withoutTiming();
        HistoryMagic.register(registry, history);
        TimeMagics.register(registry, session.loop());
        ConcurrencyMagics.register(registry, session);
        registry.line("imports", new Magic() {
            public String help() {
                return "list the imports every session starts with";
            }

            public Outcome run(String args, String body, MagicContext ctx) {
                ctx.print(String.join("\n", preloadedImports));
                return new Outcome.Success(null);
            }
        });
        return registry;
    }
}
