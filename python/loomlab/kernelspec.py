"""Writes the kernelspec "loomlab" from the template shared with install.sh (kernel/kernel.json:
@LAUNCHER@, @JAVA@, @JAR@ and @CDS_ARCHIVE@ are filled in here as install.sh fills them)."""
import json
import os
import pathlib
import shutil
import sys
import zlib

KERNEL_NAME = "loomlab"
RESOURCES = pathlib.Path(__file__).resolve().parent / "kernel"
FILES = ("loomlab.jar", "launch.sh", "logo-32x32.png", "logo-64x64.png")


def kernels_dir(where, prefix=None):
    """The folder that holds kernelspecs: where is "user", "sys-prefix" or "prefix"."""
    if where == "user":
        from jupyter_core.paths import jupyter_data_dir
        return pathlib.Path(jupyter_data_dir()) / "kernels"
    if where == "sys-prefix":
        return pathlib.Path(sys.prefix) / "share" / "jupyter" / "kernels"
    return pathlib.Path(prefix).resolve() / "share" / "jupyter" / "kernels"


def cds_archive(java_version, jar):
    """Where the JVM keeps the class-data archive it makes on first start (faster later starts)."""
    cache = pathlib.Path(os.environ.get("XDG_CACHE_HOME") or pathlib.Path.home() / ".cache") / "loomlab"
    checksum = zlib.crc32(jar.read_bytes())
    return cache / f"loomlab-{java_version}-{checksum}.jsa"


def render(template, values):
    """Fills the template's @NAME@ placeholders with JSON-escaped text; refuses to leave one."""
    text = template
    for name, value in values.items():
        text = text.replace(f"@{name}@", json.dumps(str(value))[1:-1])
    if "@" in "".join(json.loads(text)["argv"]):
        raise RuntimeError(f"internal error: a placeholder is left in the kernelspec: {text}")
    return json.loads(text)


def install(spec_dir, java, java_version):
    spec_dir = pathlib.Path(spec_dir)
    missing = [f for f in FILES + ("kernel.json",) if not (RESOURCES / f).is_file()]
    if missing:
        raise RuntimeError(f"this copy of the loomlab package lacks {', '.join(missing)} in {RESOURCES}; "
                           "reinstall it from a wheel")
    spec_dir.mkdir(parents=True, exist_ok=True)
    for name in FILES:
        shutil.copyfile(RESOURCES / name, spec_dir / name)
    (spec_dir / "launch.sh").chmod(0o755)
    spec = render((RESOURCES / "kernel.json").read_text(), {
        "LAUNCHER": spec_dir / "launch.sh",
        "JAVA": java,
        "JAR": spec_dir / "loomlab.jar",
        "CDS_ARCHIVE": cds_archive(java_version, spec_dir / "loomlab.jar"),
    })
    if os.name == "nt":  # no /bin/sh: start java directly (LOOMLAB_JVM_OPTS then has no effect)
        spec["argv"] = spec["argv"][2:]
    (spec_dir / "kernel.json").write_text(json.dumps(spec, indent=2) + "\n")
    return spec


def uninstall(spec_dir):
    spec_dir = pathlib.Path(spec_dir)
    if not (spec_dir / "kernel.json").is_file():
        return False
    shutil.rmtree(spec_dir)
    return True
