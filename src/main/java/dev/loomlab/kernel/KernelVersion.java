package dev.loomlab.kernel;

/** The kernel's version, from the jar manifest (set by the Maven build). */
final class KernelVersion {
    private KernelVersion() {}

    static String get() {
        String version = KernelVersion.class.getPackage().getImplementationVersion();
        return version != null ? version : "dev";
    }
}
