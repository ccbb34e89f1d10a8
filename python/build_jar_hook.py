"""Hatchling build hook: the wheel carries target/loomlab.jar, built by Maven when it is
missing or older than the Java sources (the same rule as install.sh)."""
import os
import pathlib
import shutil
import subprocess

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


def _newest_source(root):
    sources = [root / "pom.xml", *(root / "src" / "main").rglob("*")]
    return max(p.stat().st_mtime for p in sources if p.is_file())


class CustomBuildHook(BuildHookInterface):
    def initialize(self, version, build_data):
        root = pathlib.Path(self.root)
        jar = root / "target" / "loomlab.jar"
        if not jar.is_file() or jar.stat().st_mtime < _newest_source(root):
            # An installed Maven first (images install it); else the repository's wrapper, which
            # needs no Maven install but downloads one with curl/wget and unzip.
            wrapper = root / "mvnw"
            mvn = shutil.which("mvn") or (str(wrapper) if wrapper.is_file() else None)
            if mvn is None:
                raise RuntimeError(f"{jar} is missing or stale and there is no ./mvnw or mvn to build it; "
                                   "build from a full checkout (./mvnw -B -DskipTests package) first.")
            self.app.display_info("Building the kernel jar with Maven ...")
            subprocess.run([mvn, "-B", "-q", "-DskipTests", "package"], cwd=root, check=True, env=os.environ)
        build_data["force_include"][str(jar)] = "loomlab/kernel/loomlab.jar"
