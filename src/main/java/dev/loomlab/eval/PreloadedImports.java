package dev.loomlab.eval;

import java.util.List;

/** The imports every session starts with; one place, so another can be added in one line. */
public final class PreloadedImports {

    static final List<String> IMPORTS = List.of(
            "import java.util.*;",
            "import java.util.concurrent.*;",
            "import java.time.*;",
            "import static dev.loomlab.display.Display.*;");

    private PreloadedImports() {}

    public static List<String> imports() {
        return IMPORTS;
    }
}
