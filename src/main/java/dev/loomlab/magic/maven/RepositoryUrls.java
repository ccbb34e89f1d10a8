package dev.loomlab.magic.maven;

import java.util.Locale;

/** What a repository url says about its safety, and how to show one without its secrets. */
public final class RepositoryUrls {
    private RepositoryUrls() {}

    /** Plain http: anyone on the path can swap the jars (and read a password sent along). */
    public static boolean isPlainHttp(String url) {
        return url != null && url.strip().toLowerCase(Locale.ROOT).startsWith("http:");
    }

    /** A url with any {@code user:password@} part masked, fit for output and logs. */
    public static String withoutPassword(String url) {
        if (url == null) return null;
        return url.replaceFirst("^([a-zA-Z][a-zA-Z0-9+.-]*://)[^/@]*@", "$1***@");
    }

    /** Why a plain-http repository was refused, and how to allow it on purpose. */
    public static String refusal(String id, String url) {
        return "the repository '" + id + "' (" + withoutPassword(url) + ") uses plain http, so anyone on the"
                + " network could replace its jars with their own code; Maven refuses such repositories too."
                + " Use its https:// address. If you trust the network (a teacher's repository on a lab"
                + " network, say), allow it on purpose with: %mavenRepo --allow-http " + id + " " + withoutPassword(url);
    }
}
