package dev.loomlab.magic;

import dev.loomlab.eval.loop.SessionLoop;

/** The registry every kernel session starts with. */
public final class Magics {
    private Magics() {}

    public static MagicRegistry standard() {
        MagicRegistry registry = new MagicRegistry();
        BasicMagics.register(registry);
        TimeMagics.register(registry);
        QuizMagics.register(registry);
        return registry;
    }

    /** The standard magics plus those that look into the session's event loop and threads. */
    public static MagicRegistry standard(SessionLoop session) {
        MagicRegistry registry = standard();
        ConcurrencyMagics.register(registry, session);
        return registry;
    }
}
