package dev.loomlab.history;

import java.util.regex.Pattern;

/** SQLite's GLOB (what IPython's history search uses) as a regex, for the in-memory store. */
final class Globs {
    private Globs() {}

    static Pattern toRegex(String glob) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            int close = c == '[' ? glob.indexOf(']', i + 2) : -1;
            if (c == '*') {
                regex.append(".*");
            } else if (c == '?') {
                regex.append('.');
            } else if (close > 0) {
                String set = glob.substring(i + 1, close).replace("\\", "\\\\").replace("[", "\\[")
                        .replace("&&", "&\\&");
                regex.append('[').append(set).append(']');
                i = close;
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }
}
