"""The stop button pressed the moment a cell prints, before its next snippet has started."""
import unittest

from loomlab_client import KernelTestCase, TIMEOUT


class StopBetweenSnippetsTest(KernelTestCase):

    def test_stop_right_after_the_first_line_printed_still_stops_the_loop_below_it(self):
        self.run_cell("int before = 42;")
        msg_id = self.kc.execute('System.out.println("looping");\nwhile (true) {}')
        # JupyterLab's stop button comes when the student sees "looping": the loop's snippet
        # may still be compiling then, which is when a stop used to be lost.
        while True:
            msg = self.kc.get_iopub_msg(timeout=TIMEOUT)
            if (msg["parent_header"].get("msg_id") == msg_id and msg["msg_type"] == "stream"
                    and "looping" in msg["content"]["text"]):
                break
        self.km.interrupt_kernel()
        reply = self.shell_reply(msg_id)
        self.assertEqual(reply["content"]["status"], "error", "the loop was stopped")
        self.iopub_until_idle(msg_id)
        self.assertEqual(self.value("before"), "42", "and the state before it survives")

    def test_a_stop_between_cells_does_not_stop_the_next_cell(self):
        self.run_cell("int quiet = 1;")
        # The stop must have reached the idle kernel before the next cell is sent: its reply
        # says so. (jupyter_client's interrupt_kernel does not wait for it, and a stop that
        # arrives after the next cell started rightly stops that cell.)
        request = self.kc.session.msg("interrupt_request", {})
        self.kc.control_channel.send(request)
        while True:
            reply = self.kc.get_control_msg(timeout=TIMEOUT)
            if reply["parent_header"].get("msg_id") == request["header"]["msg_id"]:
                break
        self.assertEqual(reply["msg_type"], "interrupt_reply")
        self.assertEqual(self.value("quiet + 1"), "2")


if __name__ == "__main__":
    unittest.main()
