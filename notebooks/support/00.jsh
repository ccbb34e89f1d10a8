// Lesson 00's check: check00(s -> shout(s)).
double check00(java.util.function.UnaryOperator<String> shout) {
    String got;
    try {
        got = shout.apply("hello");
    } catch (RuntimeException e) {
        return threw("shout(\"hello\")", e, "It should return a string.");
    }
    if (got == null) got = "null";
    return verdict("shout(\"hello\") is \"HELLO!\". Well done.",
            new CheckStep(got.endsWith("!"), "shout(\"hello\") returned \"" + got + "\": it should end with \"!\"."),
            new CheckStep(got.equalsIgnoreCase("hello!") || got.equalsIgnoreCase("hello"),
                    "shout(\"hello\") returned \"" + got + "\"; expected \"HELLO!\"."),
            new CheckStep(got.equals(got.toUpperCase()),
                    "Almost: shout(\"hello\") returned \"" + got + "\", but the letters must be upper case: String has a method for that (toUpperCase())."));
}
