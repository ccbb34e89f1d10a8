// Loaded by ijava-compat.ipynb with %load: a script's definitions become the session's.
String greet(String name) {
    return "Hello, " + name + "!";
}
