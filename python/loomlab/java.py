"""Finds a JDK 21+ for the kernel, in the same order as install.sh: the --java given on the
command line, JAVA_HOME, `java` on PATH, then the JDKs under /usr/lib/jvm and /opt/java."""
import glob
import os
import shutil
import subprocess

MINIMUM = 21


class NoSuitableJava(Exception):
    """No JDK 21+ was found; the message names every java that was tried."""


def feature_version(java):
    """The Java feature version (17, 21, 25 ...) of a java binary, or None when it does not run."""
    try:
        out = subprocess.run([java, "-XshowSettings:properties", "-version"], capture_output=True,
                             text=True, timeout=60).stderr
    except (OSError, subprocess.SubprocessError):
        return None
    for line in out.splitlines():
        key, _, value = line.strip().partition(" = ")
        if key == "java.specification.version":
            try:
                return int(value.split(".")[0])
            except ValueError:
                return None
    return None


def _java_in(path):
    """A java binary from a path that is the binary itself or a JDK's home folder."""
    if os.path.isdir(path):
        return os.path.join(path, "bin", "java")
    return path


def candidates(explicit=None):
    if explicit:
        yield _java_in(explicit)
        return
    if os.environ.get("JAVA_HOME"):
        yield os.path.join(os.environ["JAVA_HOME"], "bin", "java")
    on_path = shutil.which("java")
    if on_path:
        yield on_path
    for home in sorted(glob.glob("/usr/lib/jvm/*/")) + sorted(glob.glob("/opt/java/*/")):
        yield os.path.join(home, "bin", "java")


def find_java(explicit=None):
    """(absolute path of the java binary, feature version) of the first JDK 21+ found."""
    tried = []
    for java in candidates(explicit):
        if not (os.path.isfile(java) and os.access(java, os.X_OK)):
            if explicit:
                tried.append(f"{java} (no such program)")
            continue
        version = feature_version(java)
        tried.append(f"{java} (Java {version or 'unknown'})")
        if version is not None and version >= MINIMUM:
            return os.path.realpath(java), version
    where = "at " + explicit if explicit else "in JAVA_HOME, on PATH, under /usr/lib/jvm or /opt/java"
    lines = [f"Loomlab needs Java {MINIMUM} or newer, and none was found {where}."]
    if tried:
        lines.append("  Tried:")
        lines += [f"    {t}" for t in tried]
    lines.append(f"  Install a JDK {MINIMUM}+ (e.g. Temurin 21 or 25), then point JAVA_HOME at it "
                 "or pass --java /path/to/jdk.")
    raise NoSuitableJava("\n".join(lines))
