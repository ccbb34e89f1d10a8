"""Helpers shared by the protocol tests: start the installed kernel, run a cell, collect what it sent."""
import time
import unittest

from jupyter_client.manager import start_new_kernel

TIMEOUT = 60


class KernelTestCase(unittest.TestCase):
    """One Loomlab kernel per test class, started through jupyter_client like any frontend would."""

    @classmethod
    def setUpClass(cls):
        cls.km, cls.kc = start_new_kernel(kernel_name="loomlab", startup_timeout=TIMEOUT)

    @classmethod
    def tearDownClass(cls):
        cls.kc.stop_channels()
        cls.km.shutdown_kernel(now=False)

    def run_cell(self, code, **kwargs):
        """Executes code and returns (reply content, list of iopub messages for it, in order)."""
        msg_id = self.kc.execute(code, **kwargs)
        return self.collect(msg_id)

    def collect(self, msg_id, timeout=TIMEOUT):
        reply = self.shell_reply(msg_id, timeout)
        outputs = self.iopub_until_idle(msg_id, timeout)
        return reply["content"], outputs

    def shell_reply(self, msg_id, timeout=TIMEOUT):
        deadline = time.monotonic() + timeout
        while True:
            reply = self.kc.get_shell_msg(timeout=max(0.1, deadline - time.monotonic()))
            if reply["parent_header"].get("msg_id") == msg_id:
                return reply

    def iopub_until_idle(self, msg_id, timeout=TIMEOUT):
        deadline = time.monotonic() + timeout
        outputs = []
        while True:
            msg = self.kc.get_iopub_msg(timeout=max(0.1, deadline - time.monotonic()))
            if msg["parent_header"].get("msg_id") != msg_id:
                continue
            if msg["msg_type"] == "status" and msg["content"]["execution_state"] == "idle":
                return outputs
            outputs.append(msg)

    def wait_for_output(self, msg_id, text, timeout=TIMEOUT):
        """Reads iopub until the cell msg_id has printed text (the signal that it got going);
        returns the cell's messages read on the way, in order."""
        deadline = time.monotonic() + timeout
        seen = []
        while True:
            msg = self.kc.get_iopub_msg(timeout=max(0.1, deadline - time.monotonic()))
            if msg["parent_header"].get("msg_id") != msg_id:
                continue
            seen.append(msg)
            if msg["msg_type"] == "stream" and text in msg["content"]["text"]:
                return seen

    def value(self, code):
        """The text/plain result of an expression cell."""
        reply, outputs = self.run_cell(code)
        self.assertEqual(reply["status"], "ok", reply)
        results = [m for m in outputs if m["msg_type"] == "execute_result"]
        self.assertEqual(len(results), 1, outputs)
        return results[0]["content"]["data"]["text/plain"]

    @staticmethod
    def stdout(outputs):
        return "".join(m["content"]["text"] for m in outputs
                       if m["msg_type"] == "stream" and m["content"]["name"] == "stdout")
