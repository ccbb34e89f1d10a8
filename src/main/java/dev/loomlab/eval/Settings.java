package dev.loomlab.eval;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The kernel's settings, read once from the environment. Each is {@code LOOMLAB_NAME}, with
 * JJava's {@code JJAVA_NAME} and then IJava's {@code IJAVA_NAME} as fallbacks, so kernelspecs and
 * CI jobs written for either keep working. A value that cannot be read is ignored and explained
 * in {@link #problems()}, under the name it was read from.
 *
 * @param classPath          CLASSPATH: entries (jars, folders, globs) separated by the path separator
 * @param compilerOptions    COMPILER_OPTS: javac options, separated by spaces ("..." keeps spaces)
 * @param startupScriptPaths STARTUP_SCRIPTS_PATH: .jsh/.jshell files or globs, path-separator separated
 * @param startupScript      STARTUP_SCRIPT: Java run when the kernel starts, or null
 * @param timeoutMillis      TIMEOUT: each cell's time limit in milliseconds; -1 for none
 * @param problems           values that were ignored, with the reason, for the user to see
 */
public record Settings(List<String> classPath, List<String> compilerOptions, List<String> startupScriptPaths,
                       String startupScript, long timeoutMillis, List<String> problems) {

    public static final long NO_TIMEOUT = -1;

    public Settings {
        classPath = List.copyOf(classPath);
        compilerOptions = List.copyOf(compilerOptions);
        startupScriptPaths = List.copyOf(startupScriptPaths);
        problems = List.copyOf(problems);
    }

    public static Settings fromEnvironment() {
        return from(System.getenv());
    }

    /** The prefixes a setting is looked up under, the first one set wins. */
    public static final List<String> PREFIXES = List.of("LOOMLAB_", "JJAVA_", "IJAVA_");

    public static Settings from(Map<String, String> env) {
        Function<String, String> setting = name -> {
            String variable = variableFor(env, name);
            return variable == null ? null : env.get(variable);
        };
        List<String> problems = new ArrayList<>();
        return new Settings(
                splitPath(setting.apply("CLASSPATH")),
                splitOptions(setting.apply("COMPILER_OPTS")),
                splitPath(setting.apply("STARTUP_SCRIPTS_PATH")),
                blankToNull(setting.apply("STARTUP_SCRIPT")),
                timeout(variableFor(env, "TIMEOUT"), setting.apply("TIMEOUT"), problems),
                problems);
    }

    /** The environment variable that sets {@code name} (e.g. "JJAVA_TIMEOUT"), or null when none is set. */
    static String variableFor(Map<String, String> env, String name) {
        for (String prefix : PREFIXES) {
            if (env.get(prefix + name) != null) return prefix + name;
        }
        return null;
    }

    public boolean hasTimeout() {
        return timeoutMillis > 0;
    }

    private static List<String> splitPath(String value) {
        if (value == null) return List.of();
        return java.util.Arrays.stream(value.split(Pattern.quote(File.pathSeparator)))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** Splits at whitespace; a double-quoted part may contain spaces. Magics split their arguments so too. */
    public static List<String> splitOptions(String value) {
        if (value == null) return List.of();
        List<String> options = new ArrayList<>();
        Matcher m = Pattern.compile("\"([^\"]*)\"|(\\S+)").matcher(value);
        while (m.find()) options.add(m.group(1) != null ? m.group(1) : m.group(2));
        return options;
    }

    private static final Pattern DURATION = Pattern.compile("(-?\\d+)\\s*(ms|s|m|min)?");

    /** Milliseconds by default (as IJava); "30s" and "2m" are accepted too; zero or less means none. */
    private static long timeout(String variable, String value, List<String> problems) {
        if (value == null || value.isBlank()) return NO_TIMEOUT;
        Matcher m = DURATION.matcher(value.strip().toLowerCase(java.util.Locale.ROOT));
        if (!m.matches()) {
            problems.add(variable + "=\"" + value + "\" is not a number of milliseconds (like 5000,"
                    + " or -1 for no limit), so cells have no time limit.");
            return NO_TIMEOUT;
        }
        long amount = Long.parseLong(m.group(1));
        if (amount <= 0) return NO_TIMEOUT;
        String unit = m.group(2) == null ? "ms" : m.group(2);
        return switch (unit) {
            case "s" -> amount * 1000;
            case "m", "min" -> amount * 60_000;
            default -> amount;
        };
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
