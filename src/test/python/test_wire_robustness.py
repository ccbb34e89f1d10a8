"""Bad input on the wire never takes the kernel down: fuzzing, malformed fields, replays,
huge messages, several clients, ipc transport, and a clean shutdown."""
import json
import os
import random
import socket
import tempfile
import time
import unittest
import uuid

import zmq
from jupyter_client import BlockingKernelClient
from jupyter_client.manager import KernelManager, start_new_kernel

from loomlab_client import KernelTestCase, TIMEOUT

FUZZ_SEED = 20261123
FUZZ_CASES = 1200


class RawShell:
    """A DEALER socket on the kernel's shell port that sends hand-made frames."""

    def __init__(self, km):
        info = km.get_connection_info()
        self.key = info["key"] if isinstance(info["key"], bytes) else info["key"].encode()
        self.ctx = zmq.Context()
        self.sock = self.ctx.socket(zmq.DEALER)
        self.sock.setsockopt(zmq.LINGER, 0)
        self.sock.connect(f"{info['transport']}://{info['ip']}:{info['shell_port']}")

    def frames(self, msg_type, content, sign=True, header_extra=None):
        header = {"msg_id": uuid.uuid4().hex, "session": "fuzzer", "username": "fuzz",
                  "date": "2026-11-23T00:00:00Z", "msg_type": msg_type, "version": "5.4"}
        header.update(header_extra or {})
        parts = [json.dumps(header).encode(), b"{}", b"{}", json.dumps(content).encode()]
        return [b"<IDS|MSG>", self.sign(parts) if sign else b""] + parts

    def sign(self, parts):
        import hmac, hashlib
        h = hmac.new(self.key, digestmod=hashlib.sha256)
        for p in parts:
            h.update(p)
        return h.hexdigest().encode()

    def send(self, frames):
        self.sock.send_multipart(frames)

    def replies(self, timeout=0.2):
        out = []
        while self.sock.poll(int(timeout * 1000)):
            out.append(self.sock.recv_multipart())
        return out

    def reply_to(self, frames, timeout=TIMEOUT):
        """Reads this socket until the reply to the request made of frames arrives."""
        msg_id = json.loads(frames[2])["msg_id"]
        deadline = time.monotonic() + timeout
        while self.sock.poll(max(1, int((deadline - time.monotonic()) * 1000))):
            reply = self.sock.recv_multipart()
            parent = json.loads(reply[reply.index(b"<IDS|MSG>") + 3])
            if parent.get("msg_id") == msg_id:
                return reply
        raise AssertionError(f"no reply to {msg_id} in {timeout} s")

    def close(self):
        self.sock.close()
        self.ctx.term()


def mutate(rng, raw):
    """One mutated message: frames that are wrong in one of many ways."""
    kind = rng.randrange(10)
    base = raw.frames(rng.choice(["execute_request", "complete_request", "kernel_info_request",
                                  "history_request", "inspect_request", "comm_open"]),
                      {"code": "int fuzzHarmless = 1;", "cursor_pos": 3, "silent": True})
    if kind == 0:  # flipped bytes anywhere: the signature no longer matches
        i = rng.randrange(len(base))
        frame = bytearray(base[i]) or bytearray(b"x")
        frame[rng.randrange(len(frame))] ^= 1 << rng.randrange(8)
        base[i] = bytes(frame)
        return base
    if kind == 1:  # truncated
        return base[: rng.randrange(1, len(base))]
    if kind == 2:  # no signature, or a wrong one
        base[1] = rng.choice([b"", b"0" * 64, os.urandom(32).hex().encode()])
        return base
    if kind == 3:  # signed, but not JSON
        parts = [base[2], base[3], base[4], bytes(rng.randrange(256) for _ in range(rng.randrange(1, 40)))]
        return [b"<IDS|MSG>", raw.sign(parts)] + parts
    if kind == 4:  # signed JSON of the wrong shape
        parts = [base[2], b"[]", b"{}", rng.choice([b"[1,2]", b"42", b"null", b"\"text\""])]
        return [b"<IDS|MSG>", raw.sign(parts)] + parts
    if kind == 5:  # signed, fields of the wrong type
        field = rng.choice(["code", "silent", "store_history", "user_expressions", "cursor_pos", "allow_stdin"])
        value = rng.choice([42, "yes", [1], {"a": 1}, None, 3.5, True])
        return raw.frames(rng.choice(["execute_request", "complete_request", "inspect_request"]),
                          {"code": "1", field: value, "silent": True} if field != "code" else {field: value})
    if kind == 6:  # signed, unknown type
        return raw.frames("frobnicate_" + rng.choice(["request", "reply", "x"]), {"x": 1})
    if kind == 7:  # header without msg_type, or of the wrong type
        return raw.frames("execute_request", {"code": "1"}, header_extra={"msg_type": rng.choice([None, 5, ""])})
    if kind == 8:  # random frames
        return [os.urandom(rng.randrange(0, 64)) for _ in range(rng.randrange(1, 8))]
    return base + [os.urandom(rng.randrange(1, 100))]  # extra buffers


class WireFuzz(KernelTestCase):

    def test_a_thousand_mutated_messages_leave_the_kernel_alive_with_its_state(self):
        self.run_cell('String survivor = "still here";')
        raw = RawShell(self.km)
        rng = random.Random(FUZZ_SEED)
        try:
            for _ in range(FUZZ_CASES):
                raw.send(mutate(rng, raw))
            raw.replies(timeout=1.0)
        finally:
            raw.close()
        self.assertTrue(self.km.is_alive())
        self.assertEqual(self.value("survivor"), '"still here"')
        self.assertEqual(self.value("6 * 7"), "42")

    def test_a_replayed_message_runs_only_once(self):
        self.run_cell("int replays = 0;")
        raw = RawShell(self.km)
        try:
            frames = raw.frames("execute_request", {"code": "replays++;", "silent": False})
            raw.send(frames)
            raw.send(frames)
            # One socket's requests run in order: once a later request is answered, a replay
            # that was going to run has run.
            after = raw.frames("execute_request", {"code": "int afterReplays = 0;", "silent": False})
            raw.send(after)
            raw.reply_to(after)
        finally:
            raw.close()
        self.assertEqual(self.value("replays"), "1")

    def test_a_field_of_the_wrong_type_gets_an_error_reply(self):
        raw = RawShell(self.km)
        try:
            raw.send(raw.frames("execute_request", {"code": 42}))
            replies = raw.replies(timeout=5)
        finally:
            raw.close()
        contents = [json.loads(r[-1]) for r in replies]
        self.assertTrue(any(c.get("ename") == "InvalidRequest" for c in contents), contents)

    def test_a_50_mb_message_is_answered_and_the_kernel_goes_on(self):
        raw = RawShell(self.km)
        try:
            raw.send(raw.frames("execute_request", {"code": "1 + 1", "padding": "x" * 50_000_000, "silent": False}))
            replies = raw.replies(timeout=30)
        finally:
            raw.close()
        self.assertTrue(replies, "the kernel did not answer a 50 MB request")
        self.assertEqual(self.value("40 + 2"), "42")

    def test_completion_is_answered_while_a_cell_runs(self):
        running = self.kc.execute("Thread.sleep(20_000);")
        started = time.monotonic()
        msg_id = self.kc.complete("Math.ma", 7)
        reply = self.shell_reply(msg_id)
        self.assertLess(time.monotonic() - started, 15, "complete waited for the running cell")
        self.assertIn("max(", reply["content"]["matches"])
        self.km.interrupt_kernel()
        self.assertEqual(self.collect(running)[0]["status"], "error")

    def test_two_clients_both_see_iopub(self):
        # A frontend of its own, with its own session: jupyter_client 8 names a client's sockets
        # after its session, and a kernel's ROUTER takes one connection per name.
        second = BlockingKernelClient(connection_file=self.km.connection_file)
        second.load_connection_file()
        second.start_channels()
        try:
            # A subscriber misses what is published before its subscription reaches the kernel;
            # wait_for_ready returns once this client's iopub has received a message.
            second.wait_for_ready(timeout=TIMEOUT)
            msg_id = self.kc.execute('System.out.println("for everyone");')
            self.collect(msg_id)
            seen = []
            deadline = time.monotonic() + TIMEOUT
            while time.monotonic() < deadline and not seen:
                msg = second.get_iopub_msg(timeout=TIMEOUT)
                if msg["parent_header"].get("msg_id") == msg_id and msg["msg_type"] == "stream":
                    seen.append(msg["content"]["text"])
            self.assertEqual(seen, ["for everyone\n"])
        finally:
            second.stop_channels()


class ConnectionTests(unittest.TestCase):

    def test_ipc_transport_works(self):
        with tempfile.TemporaryDirectory() as tmp:
            km = KernelManager(kernel_name="loomlab", transport="ipc", ip=os.path.join(tmp, "kernel"))
            km.start_kernel()
            kc = km.client()
            kc.start_channels()
            try:
                kc.wait_for_ready(timeout=TIMEOUT)
                reply = kc.execute_interactive("1 + 1", timeout=TIMEOUT)
                self.assertEqual(reply["content"]["status"], "ok")
            finally:
                kc.stop_channels()
                km.shutdown_kernel(now=False)

    def test_shutdown_frees_the_ports_and_never_logs_the_key(self):
        with tempfile.TemporaryFile("w+") as log:
            km = KernelManager(kernel_name="loomlab")
            km.start_kernel(stderr=log, stdout=log, env={**os.environ, "LOOMLAB_DEBUG": "1"})
            kc = km.client()
            kc.start_channels()
            kc.wait_for_ready(timeout=TIMEOUT)
            kc.execute_interactive("1 + 1", timeout=TIMEOUT)
            info = km.get_connection_info()
            kc.stop_channels()
            km.shutdown_kernel(now=False)
            self.assertFalse(km.is_alive())
            for port in (info["shell_port"], info["iopub_port"], info["control_port"], info["hb_port"]):
                with socket.socket() as s:
                    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as ZeroMQ itself binds
                    s.bind((info["ip"], port))  # raises if the kernel still holds it
            log.seek(0)
            key = info["key"].decode() if isinstance(info["key"], bytes) else info["key"]
            self.assertNotIn(key, log.read())


if __name__ == "__main__":
    unittest.main()
