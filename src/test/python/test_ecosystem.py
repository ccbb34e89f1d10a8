"""IJava's magics and settings in a real kernel: %maven (transitive, from a local file repository
and from Maven Central), %mavenRepo, %%loadFromPOM, %jars, %classpath, and the LOOMLAB_*/IJAVA_*
environment settings."""
import os
import pathlib
import shutil
import socket
import subprocess
import tempfile
import threading
import time
import unittest

from jupyter_client.manager import start_new_kernel

import java_fixtures
from loomlab_client import TIMEOUT, KernelTestCase


class KernelWithEnv(KernelTestCase):
    """A kernel started with extra environment variables and a HOME of its own (so its Maven
    cache, set in that HOME's ~/.m2/settings.xml, is a fresh temp folder)."""

    @classmethod
    def extra_env(cls, tmp):
        return {}

    @classmethod
    def setUpClass(cls):
        cls.tmp = pathlib.Path(tempfile.mkdtemp(prefix="loomlab-eco-"))
        cls.home = cls.tmp / "home"
        (cls.home / ".m2").mkdir(parents=True)
        cls.cache = cls.tmp / "m2-cache"
        (cls.home / ".m2" / "settings.xml").write_text(
            f"<settings><localRepository>${{user.home}}/../m2-cache</localRepository></settings>")
        # Java takes user.home from the account, not from $HOME; the java launcher reads JDK_JAVA_OPTIONS.
        java_options = (os.environ.get("JDK_JAVA_OPTIONS", "") + f" -Duser.home={cls.home}").strip()
        env = dict(os.environ, HOME=str(cls.home), JDK_JAVA_OPTIONS=java_options, **cls.extra_env(cls.tmp))
        cls.km, cls.kc = cls.start_kernel(env)

    @classmethod
    def start_kernel(cls, env):
        return start_new_kernel(kernel_name="loomlab", startup_timeout=TIMEOUT, env=env, cwd=str(cls.tmp))

    @classmethod
    def tearDownClass(cls):
        super().tearDownClass()
        shutil.rmtree(cls.tmp, ignore_errors=True)

    def ok(self, code):
        reply, outputs = self.run_cell(code)
        errors = [m["content"] for m in outputs if m["msg_type"] == "error"]
        self.assertEqual(reply["status"], "ok", errors)
        return self.stdout(outputs)

    def error(self, code):
        reply, outputs = self.run_cell(code)
        self.assertEqual(reply["status"], "error", outputs)
        return reply


class MavenFromALocalRepository(KernelWithEnv):
    """No network needed: the repository is a folder this test fills."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        repo = cls.tmp / "repo"
        words = java_fixtures.build_jar(cls.tmp / "build" / "words.jar", "org.example.words.Words", """
            package org.example.words;
            public class Words { public static String shout(String s) { return s.toUpperCase() + "!"; } }
            """)
        java_fixtures.install(repo, "org.example", "words", "1.0", words)
        greeter = java_fixtures.build_jar(cls.tmp / "build" / "greeter.jar", "org.example.greeter.Greeter", """
            package org.example.greeter;
            public class Greeter { public static String greet(String who) { return org.example.words.Words.shout("hello " + who); } }
            """, classpath=[words])
        java_fixtures.install(repo, "org.example", "greeter", "2.1", greeter,
                              dependencies=[("org.example", "words", "1.0")])
        pom_only = java_fixtures.build_jar(cls.tmp / "build" / "pomonly.jar", "org.example.pomonly.Answer", """
            package org.example.pomonly;
            public class Answer { public static int value() { return 42; } }
            """)
        java_fixtures.install(repo, "org.example", "pomonly", "0.3", pom_only)
        numbers = java_fixtures.build_jar(cls.tmp / "build" / "numbers.jar", "org.example.numbers.Numbers", """
            package org.example.numbers;
            public class Numbers { public static int twice(int n) { return 2 * n; } }
            """)
        java_fixtures.install(repo, "org.example", "numbers", "1.0", numbers)
        # named like classes the kernel itself uses: the notebook's own must win
        own_jackson = java_fixtures.build_jar(cls.tmp / "build" / "jackson.jar", "com.fasterxml.jackson.core.Version", """
            package com.fasterxml.jackson.core;
            public class Version { public static String whose() { return "the notebook's"; } }
            """)
        java_fixtures.install(repo, "com.fasterxml.jackson.core", "jackson-core", "99.0", own_jackson)
        own_zmq = java_fixtures.build_jar(cls.tmp / "build" / "zmq.jar", "org.zeromq.ZMQ", """
            package org.zeromq;
            public class ZMQ { public static String whose() { return "the notebook's"; } }
            """)
        java_fixtures.install(repo, "org.zeromq", "jeromq", "99.0", own_zmq)
        cls.repo = repo

    def test_a_notebook_brings_its_own_version_of_a_library_the_kernel_uses(self):
        self.assertEqual(self.run_cell('Class.forName("com.fasterxml.jackson.databind.ObjectMapper")')[0]["ename"],
                         "ClassNotFoundException", "the kernel's own Jackson is out of the notebook's way")
        self.ok(f"%mavenRepo local {self.repo.as_uri()}")
        self.ok("%maven com.fasterxml.jackson.core:jackson-core:99.0 org.zeromq:jeromq:99.0")
        self.assertEqual(self.value("com.fasterxml.jackson.core.Version.whose()"), '"the notebook\'s"')
        self.assertEqual(self.value("org.zeromq.ZMQ.whose()"), '"the notebook\'s"')

    def test_maven_resolves_transitively_shows_progress_and_later_cells_use_the_classes(self):
        self.ok(f"%mavenRepo local {self.repo.as_uri()}")
        out = self.ok("%maven org.example:greeter:2.1")
        self.assertIn("downloaded greeter-2.1.jar", out)
        self.assertIn("downloaded words-1.0.jar", out, "the dependency comes along")
        self.assertRegex(out, r"greeter-2\.1\.jar \(\d+ (B|kB)\) from local")
        self.assertIn("Added 2 jars to the class path", out)
        self.assertEqual(self.value('org.example.greeter.Greeter.greet("ada")'), '"HELLO ADA!"')
        self.assertEqual(self.value('import org.example.words.Words;\nWords.shout("ok")'), '"OK!"')
        cached = self.cache / "org" / "example" / "greeter" / "2.1" / "greeter-2.1.jar"
        self.assertTrue(cached.exists(), "the cache named in ~/.m2/settings.xml is used")

        again = self.ok("%maven org.example:greeter:2.1")
        self.assertNotIn("downloaded", again)
        self.assertIn("from the local cache", again)

    def test_an_unknown_artifact_is_a_clear_error(self):
        self.ok(f"%mavenRepo local {self.repo.as_uri()}")
        reply = self.error("%maven org.example:nothing-here:1.0")
        self.assertEqual(reply["ename"], "DependencyResolutionException")
        self.assertIn("org.example:nothing-here", reply["evalue"])
        self.assertIn("%mavenRepo", reply["evalue"])

    def test_bad_coordinates_say_how_to_write_them(self):
        reply = self.error("%maven commons-lang3")
        self.assertIn("group:artifact:version", reply["evalue"])

    def test_load_from_pom_takes_a_pasted_dependency(self):
        self.ok(f"%mavenRepo local {self.repo.as_uri()}")
        out = self.ok("""%%loadFromPOM
<properties><answer.version>0.3</answer.version></properties>
<dependency>
  <groupId>org.example</groupId>
  <artifactId>pomonly</artifactId>
  <version>0.3</version>
</dependency>""")
        self.assertIn("pomonly-0.3.jar", out)
        self.assertEqual(self.value("org.example.pomonly.Answer.value()"), "42")

    def test_a_whole_pom_brings_its_own_repository(self):
        out = self.ok(f"""%%loadFromPOM
<project>
  <modelVersion>4.0.0</modelVersion>
  <groupId>me</groupId><artifactId>notebook</artifactId><version>1</version>
  <properties><numbers.version>1.0</numbers.version></properties>
  <repositories><repository><id>from-pom</id><url>{self.repo.as_uri()}</url></repository></repositories>
  <dependencies>
    <dependency><groupId>org.example</groupId><artifactId>numbers</artifactId><version>${{numbers.version}}</version></dependency>
  </dependencies>
</project>""")
        self.assertIn("numbers-1.0.jar", out)
        self.assertEqual(self.value("org.example.numbers.Numbers.twice(21)"), "42")


class MavenCanBeStopped(KernelWithEnv):
    """A repository that accepts connections and never answers: the stop button still works."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.silent = socket.socket()
        cls.silent.bind(("127.0.0.1", 0))
        cls.silent.listen(16)
        cls.held = []
        cls.connected = threading.Event()
        def hold():
            while True:
                try:
                    cls.held.append(cls.silent.accept()[0])
                    cls.connected.set()
                except OSError:
                    return
        threading.Thread(target=hold, daemon=True).start()

    @classmethod
    def tearDownClass(cls):
        cls.silent.close()
        for connection in cls.held:
            connection.close()
        super().tearDownClass()

    def test_interrupt_stops_a_download_that_hangs(self):
        self.ok(f"%mavenRepo --allow-http silent http://127.0.0.1:{self.silent.getsockname()[1]}/")
        msg_id = self.kc.execute("%maven org.example:never-answered:1.0")
        self.assertTrue(self.connected.wait(TIMEOUT), "the download never reached the repository")
        self.km.interrupt_kernel()
        reply, outputs = self.collect(msg_id)
        self.assertEqual(reply["ename"], "Interrupted", reply)
        self.assertIn("nothing was added to the class path", reply["evalue"])
        self.assertEqual(self.value("20 + 22"), "42", "the kernel goes on after the stop")


class JarsAndClasspath(KernelWithEnv):

    def test_jars_takes_globs_and_classpath_takes_folders(self):
        lib = self.tmp / "lib"
        java_fixtures.build_jar(lib / "one.jar", "demo.one.One", "package demo.one; public class One { public static int n() { return 1; } }")
        java_fixtures.build_jar(lib / "two.jar", "demo.two.Two", "package demo.two; public class Two { public static int n() { return 2; } }")
        out = self.ok("%jars lib/*.jar")  # relative to the kernel's working directory
        self.assertIn("one.jar", out)
        self.assertIn("two.jar", out)
        self.assertEqual(self.value("demo.one.One.n() + demo.two.Two.n()"), "3")

        classes = self.tmp / "classes"
        src = self.tmp / "Three.java"
        src.write_text("package demo.three; public class Three { public static int n() { return 3; } }")
        subprocess.run([java_fixtures.jdk_tool("javac"), "-d", str(classes), str(src)], check=True)
        self.ok(f"%classpath {classes}")
        self.assertEqual(self.value("demo.three.Three.n()"), "3")

    def test_a_glob_that_matches_nothing_is_an_error(self):
        reply = self.error("%jars nowhere/*.jar")
        self.assertIn("found nothing at nowhere/*.jar", reply["evalue"])


class MavenCentral(KernelWithEnv):
    """The real thing, when this machine can reach it."""

    def setUp(self):
        reason = java_fixtures.maven_central_reachable()
        if reason:
            self.skipTest(reason)

    def test_commons_lang3_from_maven_central(self):
        out = self.ok("%maven org.apache.commons:commons-lang3:3.17.0")
        self.assertIn("downloaded commons-lang3-3.17.0.jar", out)
        self.assertIn("from central", out)
        self.assertEqual(self.value('org.apache.commons.lang3.StringUtils.reverse("loom")'), '"mool"')


class SettingsFromTheEnvironment(KernelWithEnv):

    @classmethod
    def extra_env(cls, tmp):
        java_fixtures.build_jar(tmp / "startup-lib" / "tools.jar", "demo.tools.Tools",
                                "package demo.tools; public class Tools { public static String hi() { return \"hi from the class path\"; } }")
        (tmp / "scripts").mkdir()
        # Slower than LOOMLAB_TIMEOUT on purpose: waiting for startup is not the first cell's time.
        (tmp / "scripts" / "one.jsh").write_text('Thread.sleep(2500);\nString fromScript = "script ran";\n')
        return {
            "LOOMLAB_CLASSPATH": str(tmp / "startup-lib" / "*.jar"),
            "IJAVA_STARTUP_SCRIPTS_PATH": str(tmp / "scripts" / "*.jsh"),  # IJava's name works too
            "LOOMLAB_STARTUP_SCRIPT": "int startupAnswer = 6 * 7;",
            "LOOMLAB_TIMEOUT": "1500",
            "LOOMLAB_COMPILER_OPTS": "-parameters",
        }

    def test_class_path_and_startup_scripts_are_ready_for_the_first_cell(self):
        self.assertEqual(self.value("demo.tools.Tools.hi()"), '"hi from the class path"')
        self.assertEqual(self.value("fromScript"), '"script ran"')
        self.assertEqual(self.value("startupAnswer"), "42")

    def test_compiler_options_reach_javac(self):
        # -parameters keeps parameter names for reflection; without it they read arg0.
        self.ok("class Greeter { void greet(String person) {} }")
        self.assertEqual(self.value("Greeter.class.getDeclaredMethods()[0].getParameters()[0].getName()"),
                         '"person"')

    def test_without_enable_preview_preview_apis_do_not_compile(self):
        if java_feature(self.kc) != 25:
            self.skipTest("the StructuredTaskScope API used here is JDK 25's preview")
        reply = self.error(STRUCTURED_TASK_SCOPE)
        self.assertIn("preview", reply["evalue"] + "".join(reply["traceback"]))

    def test_a_cell_over_the_time_limit_is_stopped_and_the_session_kept(self):
        self.ok("int keep = 1;")
        reply = self.error("Thread.sleep(120_000);")
        self.assertEqual(reply["ename"], "TimeoutException")
        self.assertIn("1500 ms", reply["evalue"])
        self.assertEqual(self.value("keep + 1"), "2")


class SettingsThatGoWrong(KernelWithEnv):
    """A broken setting must not go unnoticed: the first cell says what went wrong, once."""

    @classmethod
    def extra_env(cls, tmp):
        return {"LOOMLAB_CLASSPATH": str(tmp / "missing" / "*.jar"),
                "LOOMLAB_STARTUP_SCRIPT": "int broken = ;",
                "LOOMLAB_TIMEOUT": "soon"}

    def test_the_first_cell_reports_each_problem_and_the_session_works(self):
        reply, outputs = self.run_cell("1 + 1")
        self.assertEqual(reply["status"], "ok")
        stderr = "".join(m["content"]["text"] for m in outputs
                         if m["msg_type"] == "stream" and m["content"]["name"] == "stderr")
        self.assertIn("LOOMLAB_CLASSPATH: nothing found at", stderr)
        self.assertIn("LOOMLAB_STARTUP_SCRIPT failed", stderr)
        self.assertIn('LOOMLAB_TIMEOUT="soon"', stderr)
        _, later = self.run_cell("2 + 2")
        self.assertFalse([m for m in later if m["msg_type"] == "stream"], "told once, not on every cell")


class PreviewFeatures(KernelWithEnv):
    """LOOMLAB_COMPILER_OPTS=--enable-preview: preview APIs compile and run (JDK 25's StructuredTaskScope)."""

    @classmethod
    def extra_env(cls, tmp):
        return {"LOOMLAB_COMPILER_OPTS": "--enable-preview"}

    def test_structured_task_scope_runs_with_preview_enabled(self):
        if java_feature(self.kc) != 25:
            self.skipTest("the StructuredTaskScope API used here is JDK 25's preview")
        self.assertEqual(self.ok(STRUCTURED_TASK_SCOPE).strip(), "42")


STRUCTURED_TASK_SCOPE = """try (var scope = StructuredTaskScope.open()) {
    var a = scope.fork(() -> 20);
    var b = scope.fork(() -> 22);
    scope.join();
    System.out.println(a.get() + b.get());
}"""


def java_feature(kc):
    kc.kernel_info()
    reply = kc.get_shell_msg(timeout=TIMEOUT)
    return int(reply["content"]["language_info"]["version"].split(".")[0])


if __name__ == "__main__":
    unittest.main()
