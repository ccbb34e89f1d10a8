"""Tiny Java libraries for tests: one-class jars compiled with the JDK's javac/jar, and a local
Maven repository (a folder laid out like Maven Central) to install them into."""
import hashlib
import os
import pathlib
import subprocess
import tempfile
import urllib.request


def jdk_tool(name):
    java_home = os.environ.get("JAVA_HOME")
    if java_home and (pathlib.Path(java_home) / "bin" / name).exists():
        return str(pathlib.Path(java_home) / "bin" / name)
    return name


def build_jar(jar_path, class_name, source, classpath=None):
    """Compiles one class (fully qualified class_name) into jar_path."""
    jar_path = pathlib.Path(jar_path)
    with tempfile.TemporaryDirectory() as work:
        src = pathlib.Path(work, "src", *class_name.split(".")).with_suffix(".java")
        src.parent.mkdir(parents=True)
        src.write_text(source)
        classes = pathlib.Path(work, "classes")
        command = [jdk_tool("javac"), "--release", "17", "-d", str(classes)]
        if classpath:
            command += ["-cp", os.pathsep.join(str(p) for p in classpath)]
        subprocess.run(command + [str(src)], check=True, capture_output=True)
        jar_path.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run([jdk_tool("jar"), "--create", "--file", str(jar_path), "-C", str(classes), "."],
                       check=True, capture_output=True)
    return jar_path


def install(repo, group, artifact, version, jar, dependencies=()):
    """Puts jar and a pom (with the given (group, artifact, version) dependencies) into repo, with
    the .sha1 files a real repository has."""
    folder = pathlib.Path(repo, *group.split("."), artifact, version)
    folder.mkdir(parents=True, exist_ok=True)
    deps = "".join(f"<dependency><groupId>{g}</groupId><artifactId>{a}</artifactId><version>{v}</version></dependency>"
                   for g, a, v in dependencies)
    pom = (f'<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>'
           f"<groupId>{group}</groupId><artifactId>{artifact}</artifactId><version>{version}</version>"
           f"<dependencies>{deps}</dependencies></project>")
    files = {f"{artifact}-{version}.pom": pom.encode(), f"{artifact}-{version}.jar": pathlib.Path(jar).read_bytes()}
    for name, data in files.items():
        (folder / name).write_bytes(data)
        (folder / (name + ".sha1")).write_text(hashlib.sha1(data).hexdigest())
    return folder


def maven_central_reachable():
    """None when Maven Central answers, else the reason it could not be reached."""
    url = "https://repo.maven.apache.org/maven2/org/apache/commons/commons-lang3/maven-metadata.xml"
    try:
        with urllib.request.urlopen(urllib.request.Request(url, method="HEAD"), timeout=10):
            return None
    except Exception as e:  # offline, DNS, proxy: all mean "cannot test against Central here"
        return f"Maven Central is not reachable from this machine ({e})"
