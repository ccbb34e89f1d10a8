"""Live views (liveTimeline, progress, %tasks --watch) through real Jupyter clients: they redraw
in place on one display_id, a few times a second at most, and the last frame is what a saved
notebook keeps."""
import subprocess
import sys
import tempfile
import unittest
import pathlib

import datetime

import nbformat
from dateutil.parser import isoparse
from nbclient import NotebookClient

from loomlab_client import KernelTestCase
from pictures import assert_pictures_survive

FRAMES_PER_SECOND = 4  # LiveDisplay.FRAMES_PER_SECOND

PROGRESS_CELL = (
    'var tasks = new ArrayList<Task<Integer>>();\n'
    'for (int i = 0; i < 1000; i++) { int k = i; tasks.add(createTask(() -> { sleep(0.002 * (k % 500)); return k; })); }\n'
    'long sum = 0;\n'
    'for (var f : asCompleted(progress("squares", tasks))) sum += f.await();\n'
    'sum')

TIMELINE_CELL = (
    'liveTimeline(() -> {\n'
    '    var a = createTask("fetch-a", () -> { sleep(0.3); return 1; });\n'
    '    var b = createTask("fetch-b", () -> { sleep(0.6); throw new ArithmeticException("boom"); });\n'
    '    try { gather(a, b).await(); } catch (ArithmeticException e) { System.out.println("caught " + e.getMessage()); }\n'
    '});')


def kernel_time(msg):
    """When the kernel sent msg, in seconds (jupyter_client may or may not have parsed the date)."""
    date = msg["header"]["date"]
    return (date if isinstance(date, datetime.datetime) else isoparse(date)).timestamp()


def live_messages(outputs):
    return [m for m in outputs if m["msg_type"] in ("display_data", "update_display_data")
            and m["content"].get("transient", {}).get("display_id")]


class LiveViews(KernelTestCase):

    def run_timed(self, code):
        """Runs a cell; returns its outputs and how long the kernel was busy with it (busy to idle, by the
        kernel's own message timestamps, seconds)."""
        msg_id = self.kc.execute(code)
        reply = self.shell_reply(msg_id)
        busy = idle = None
        outputs = []
        while idle is None:
            msg = self.kc.get_iopub_msg(timeout=60)
            if msg["parent_header"].get("msg_id") != msg_id:
                continue
            if msg["msg_type"] == "status":
                stamp = kernel_time(msg)
                if msg["content"]["execution_state"] == "busy":
                    busy = stamp
                else:
                    idle = stamp
                continue
            outputs.append(msg)
        self.assertEqual(reply["content"]["status"], "ok", outputs)
        return outputs, idle - busy

    def assert_one_view(self, messages):
        """One display_data, then updates of the same display_id only."""
        self.assertEqual(messages[0]["msg_type"], "display_data", messages)
        ids = {m["content"]["transient"]["display_id"] for m in messages}
        self.assertEqual(len(ids), 1, ids)
        self.assertTrue(all(m["msg_type"] == "update_display_data" for m in messages[1:]))

    def test_progress_over_a_thousand_tasks_is_not_a_flood(self):
        outputs, busy_seconds = self.run_timed(PROGRESS_CELL)
        views = live_messages(outputs)
        self.assert_one_view(views)
        updates = len(views) - 1
        # 1000 completions, each one a change: throttled to a few frames a second, plus the last
        bound = FRAMES_PER_SECOND * busy_seconds + 2
        self.assertLessEqual(updates, bound, f"{updates} updates in {busy_seconds:.2f} s")
        self.assertLess(updates, 100)
        self.assertIn("0/1000 done", views[0]["content"]["data"]["text/plain"])
        self.assertIn("squares [##############################] 1000/1000 done", views[-1]["content"]["data"]["text/plain"])
        result = [m for m in outputs if m["msg_type"] == "execute_result"]
        self.assertEqual(result[0]["content"]["data"]["text/plain"], str(sum(range(1000))))
        print(f"\nprogress over 1000 tasks: {updates} update_display_data in {busy_seconds:.2f} s "
              f"(bound {bound:.1f})", file=sys.stderr)

    def test_a_live_timeline_ends_with_the_whole_picture(self):
        outputs, busy_seconds = self.run_timed(TIMELINE_CELL)
        views = live_messages(outputs)
        self.assert_one_view(views)
        self.assertLessEqual(len(views) - 1, FRAMES_PER_SECOND * busy_seconds + 2)
        print(f"\nlive timeline: {len(views) - 1} update_display_data in {busy_seconds:.2f} s", file=sys.stderr)
        last = views[-1]["content"]["data"]
        [svg] = assert_pictures_survive(self, last["text/html"], count=1)
        self.assertEqual(svg, last["image/svg+xml"])
        for view in views:
            assert_pictures_survive(self, view["content"]["data"]["text/html"], count=1)
        for name in ("fetch-a", "fetch-b"):
            self.assertIn(f">{name}</text>", svg)
        self.assertIn("failed: java.lang.ArithmeticException: boom", last["text/plain"])
        self.assertRegex(last["text/plain"], r"fetch-a\s+0\.\d{3} s ..  0\.\d{3} s  2 turns, done",
                         "times count from the first turn, as the picture's axis does")
        self.assertNotIn("still running", svg, "the last frame shows no turn in progress")
        self.assertEqual(self.stdout(outputs), "caught boom\n")

    def test_a_live_timeline_for_the_rest_of_a_cell(self):
        outputs, _ = self.run_timed('liveTimeline();\nvar x = createTask("x", () -> { sleep(0.2); return 1; });\nx.await();')
        views = live_messages(outputs)
        self.assert_one_view(views)
        self.assertIn("x ", views[-1]["content"]["data"]["text/plain"])
        self.assertIn("done", views[-1]["content"]["data"]["text/plain"])

    def test_tasks_watch_updates_until_the_tasks_are_done(self):
        self.run_timed('var slow = createTask("slow", () -> { sleep(0.8); return 1; });\n'
                       'var quick = createTask("quick", () -> { sleep(0.2); return 2; });')
        outputs, busy_seconds = self.run_timed('%tasks --watch')
        views = live_messages(outputs)
        self.assert_one_view(views)
        self.assertLessEqual(len(views) - 1, FRAMES_PER_SECOND * busy_seconds + 2)
        print(f"\n%tasks --watch: {len(views) - 1} update_display_data in {busy_seconds:.2f} s", file=sys.stderr)
        first = views[0]["content"]["data"]["text/plain"]
        self.assertRegex(first, r"slow\s+waiting\s+waiting on sleep\(0.8\)")
        last = views[-1]["content"]["data"]["text/plain"]
        self.assertTrue(last.startswith("All tasks are done."), last)
        self.assertRegex(last, r"slow\s+done")
        self.assertRegex(last, r"quick\s+done")

    def test_stop_ends_the_watch_and_leaves_the_tasks_running(self):
        self.run_timed('var sleeper = createTask("sleeper", () -> { sleep(60); return 1; });')
        msg_id = self.kc.execute('%tasks --watch')
        shown = None
        while shown is None:  # the table is on screen: now press stop
            msg = self.kc.get_iopub_msg(timeout=30)
            if msg["parent_header"].get("msg_id") == msg_id and msg["msg_type"] == "display_data":
                shown = msg
        self.km.interrupt_kernel()
        reply, outputs = self.collect(msg_id)
        self.assertEqual(reply["status"], "ok", outputs)
        last = live_messages([shown] + outputs)[-1]["content"]["data"]["text/plain"]
        self.assertTrue(last.startswith("Stopped watching; tasks go on."), last)
        self.assertRegex(last, r"sleeper\s+waiting\s+waiting on sleep\(60.0\)")
        self.assertEqual(self.value("sleeper.done()"), "false")
        self.run_timed("sleeper.cancel();\ntry { sleeper.await(); } catch (CancelledException e) { }")

    def test_tasks_watch_with_nothing_running_says_so(self):
        outputs, _ = self.run_timed('%tasks --watch')
        self.assertEqual(self.stdout(outputs), "No tasks are running.\n")
        self.assertEqual(live_messages(outputs), [])


class SavedNotebook(unittest.TestCase):
    """nbclient folds each update into the output it replaces: the saved cell holds the last frame only."""

    def test_the_saved_and_exported_notebook_keeps_the_last_frame(self):
        nb = nbformat.v4.new_notebook()
        nb.cells = [nbformat.v4.new_code_cell(PROGRESS_CELL), nbformat.v4.new_code_cell(TIMELINE_CELL)]
        NotebookClient(nb, kernel_name="loomlab", timeout=120).execute()
        progress = [o for o in nb.cells[0].outputs if o.output_type == "display_data"]
        self.assertEqual(len(progress), 1, nb.cells[0].outputs)
        self.assertIn("1000/1000 done", progress[0].data["text/plain"])
        self.assertIn("width: 100.0%", progress[0].data["text/html"])
        timeline = [o for o in nb.cells[1].outputs if o.output_type == "display_data"]
        self.assertEqual(len(timeline), 1, nb.cells[1].outputs)
        self.assertIn("failed: java.lang.ArithmeticException: boom", timeline[0].data["text/plain"])
        with tempfile.TemporaryDirectory() as tmp:
            path = pathlib.Path(tmp) / "live.ipynb"
            nbformat.write(nb, path)
            subprocess.run([sys.executable, "-m", "nbconvert", "--to", "html", str(path)], check=True,
                           capture_output=True)
            html = (pathlib.Path(tmp) / "live.html").read_text()
        self.assertIn("1000/1000 done", html)
        self.assertNotIn("0/1000 done<", html.replace("1000/1000 done<", ""))
        self.assertIn("fetch-b", html)
        self.assertIn('src="data:image/svg+xml;base64,', html, "the exported page keeps the picture as an image")


if __name__ == "__main__":
    unittest.main()
