"""A JJava deployment carries over: its JJAVA_ settings (JJAVA_TIMEOUT, JJAVA_STARTUP_SCRIPT,
JJAVA_JVM_OPTS ...) reach a kernel started through jupyter_client, and LOOMLAB_ names win over them."""
import os
import unittest

from jupyter_client.manager import start_new_kernel

from loomlab_client import TIMEOUT, KernelTestCase

MIB = 1024 * 1024


class KernelStartedWith(KernelTestCase):
    """A kernel started with extra environment variables (cls.settings)."""
    settings = {}

    @classmethod
    def setUpClass(cls):
        env = {k: v for k, v in os.environ.items() if not k.endswith("_JVM_OPTS")}
        cls.km, cls.kc = start_new_kernel(kernel_name="loomlab", startup_timeout=TIMEOUT, env={**env, **cls.settings})

    def max_heap_mib(self):
        return int(self.value("Runtime.getRuntime().maxMemory() / (1024 * 1024)").rstrip("L"))


class JJavaSettings(KernelStartedWith):
    settings = {"JJAVA_TIMEOUT": "1500", "JJAVA_STARTUP_SCRIPT": "String greeting = \"set by JJAVA_STARTUP_SCRIPT\";",
                "JJAVA_JVM_OPTS": "-Xmx200m"}

    def test_the_startup_script_ran_before_the_first_cell(self):
        self.assertEqual(self.value("greeting"), '"set by JJAVA_STARTUP_SCRIPT"')

    def test_a_cell_over_the_time_limit_is_stopped_and_the_session_kept(self):
        self.run_cell("int kept = 41;")
        reply, _ = self.run_cell("Thread.sleep(120_000);")
        self.assertEqual(reply["status"], "error")
        self.assertEqual(reply["ename"], "TimeoutException")
        self.assertIn("1500 ms", reply["evalue"])
        self.assertEqual(self.value("kept + 1"), "42")

    def test_jvm_options_reach_the_jvm(self):
        self.assertLessEqual(self.max_heap_mib(), 200)


class LoomlabNamesWin(KernelStartedWith):
    settings = {"LOOMLAB_STARTUP_SCRIPT": "int which = 1;", "JJAVA_STARTUP_SCRIPT": "int which = 2;",
                "IJAVA_STARTUP_SCRIPT": "int which = 3;",
                "LOOMLAB_JVM_OPTS": "-Xmx150m", "JJAVA_JVM_OPTS": "-Xmx250m", "IJAVA_JVM_OPTS": "-Xmx350m"}

    def test_loomlab_settings_win_over_jjava_and_ijava(self):
        self.assertEqual(self.value("which"), "1")
        self.assertLessEqual(self.max_heap_mib(), 150)


class IJavaJvmOptions(KernelStartedWith):
    settings = {"IJAVA_JVM_OPTS": "-Xmx180m"}

    def test_ijava_jvm_options_are_the_last_fallback(self):
        self.assertLessEqual(self.max_heap_mib(), 180)
        self.assertGreater(self.max_heap_mib(), 100)


if __name__ == "__main__":
    unittest.main()
