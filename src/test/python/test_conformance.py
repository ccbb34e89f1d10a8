"""The Jupyter kernel conformance suite (jupyter_kernel_test) against Loomlab. run-tests.sh runs it
twice: on the pinned current stack and on Debian's packaged one."""
import unittest

import jupyter_kernel_test


class LoomlabConformance(jupyter_kernel_test.KernelTests):
    kernel_name = "loomlab"
    language_name = "java"
    file_extension = ".java"

    code_hello_world = 'System.out.println("hello, world");'
    code_stderr = 'System.err.println("oops");'

    completion_samples = [
        {"text": "Math.ma", "matches": {"max("}},
        {"text": "\"abc\".toUpper", "matches": {"toUpperCase("}},
    ]

    complete_code_samples = ["1 + 1", "int x = 3;", "class A { int f() { return 1; } }", "void m() {}"]
    incomplete_code_samples = ["class A {", "void m() {", "int f(int x) {\n    if (x > 0) {"]
    invalid_code_samples = ["int x = 3; }", ")"]

    code_generate_error = 'throw new IllegalStateException("boom");'

    code_execute_result = [
        {"code": "1 + 1", "result": "2"},
        {"code": "6 * 7", "result": "42"},
        {"code": "Math.max(3, 9)", "result": "9"},
    ]

    code_display_data = [
        {"code": 'display(html("<b>bold</b>"));', "mime": "text/html"},
        {"code": 'display(markdown("# title"));', "mime": "text/markdown"},
    ]

    code_history_pattern = "6 * *"
    supported_history_operations = ("tail", "range", "search")

    code_inspect_sample = "Math.max"

    code_clear_output = "clearOutput();"

    def test_loomlab_input_without_stdin_is_a_clear_error(self):
        """nbclient-style execution (allow_stdin false): reading System.in fails in plain words."""
        self.flush_channels()
        msg_id = self.kc.execute("new java.util.Scanner(System.in).nextLine()", allow_stdin=False)
        reply = self.kc.get_shell_msg(timeout=30)
        while reply["parent_header"].get("msg_id") != msg_id:
            reply = self.kc.get_shell_msg(timeout=30)
        self.assertEqual(reply["content"]["status"], "error")
        self.assertIn("does not accept input", reply["content"]["evalue"])


if __name__ == "__main__":
    unittest.main()
