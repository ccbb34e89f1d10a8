package dev.loomlab.magic;

import dev.loomlab.eval.Interpreter.Outcome;
import dev.loomlab.eval.loop.SessionLoop;
import java.util.List;

/** The registry every kernel session starts with. */
public final class Magics {
    private Magics() {}

    public static MagicRegistry standard() {
        MagicRegistry registry = new MagicRegistry();
        BasicMagics.register(registry);
        TimeMagics.register(registry, null);
        QuizMagics.register(registry);
        ExploreMagics.register(registry);
        ClassPathMagics.register(registry);
        MavenMagics.register(registry);
        return registry;
    }

    /**
     * The standard magics plus those that look into the session: its event loop, its threads
     * and the imports every session starts with.
     */
    public static MagicRegistry standard(SessionLoop session, List<String> preloadedImports) {
        MagicRegistry registry = standard();
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
