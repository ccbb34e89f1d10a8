package dev.loomlab.eval;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * The user's compiler options as JShell needs them. Preview features need two things: javac
 * must compile with {@code --enable-preview} and a source level (javac refuses the flag alone),
 * and the JVM running the code must have been started with {@code --enable-preview}, or it
 * refuses to load those classes. The kernelspec starts the JVM that way; this class adds the
 * source level and says so plainly when the JVM lacks the flag (a hand-made kernelspec).
 */
public final class CompilerOptions {

    private CompilerOptions() {}

    public static List<String> forJShell(List<String> userOptions) {
        List<String> options = new ArrayList<>(userOptions);
        if (options.contains("--enable-preview") && options.stream().noneMatch(CompilerOptions::setsSourceLevel)) {
            options.add("--source");
            options.add(String.valueOf(Runtime.version().feature()));
        }
        return options;
    }

    /** A note for the user when preview is asked of the compiler but this JVM cannot run it; else null. */
    public static String previewProblem(List<String> userOptions) {
        if (!userOptions.contains("--enable-preview") || jvmHasPreview()) return null;
        return "LOOMLAB_COMPILER_OPTS asks for --enable-preview, but this kernel's JVM was started without it,"
                + " so code using preview features will compile but not run. Reinstall the kernel with"
                + " ./install.sh (its kernelspec passes --enable-preview to java).";
    }

    private static boolean setsSourceLevel(String option) {
        return option.equals("--source") || option.equals("-source") || option.equals("--release")
                || option.startsWith("--source=") || option.startsWith("--release=");
    }

    private static boolean jvmHasPreview() {
        return ManagementFactory.getRuntimeMXBean().getInputArguments().contains("--enable-preview");
    }
}
