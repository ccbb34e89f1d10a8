package dev.loomlab.magic;

/** The registry every kernel session starts with. */
public final class Magics {
    private Magics() {}

    public static MagicRegistry standard() {
        MagicRegistry registry = new MagicRegistry();
        BasicMagics.register(registry);
        TimeMagics.register(registry);
        QuizMagics.register(registry);
        ClassPathMagics.register(registry);
        MavenMagics.register(registry);
        return registry;
    }
}
