"""Executes a lesson with nbclient and prints how long each exploring cell took (and the whole
lesson), from the execution timestamps nbclient records in the cell metadata."""
import sys
import time
from datetime import datetime

import nbformat
from nbclient import NotebookClient


def seconds(cell):
    t = cell.metadata.get("execution", {})
    start, end = t.get("iopub.execute_input"), t.get("shell.execute_reply")
    if not start or not end:
        return None
    return (datetime.fromisoformat(end.replace("Z", "+00:00")) - datetime.fromisoformat(start.replace("Z", "+00:00"))).total_seconds()


def main(path):
    nb = nbformat.read(path, as_version=4)
    started = time.monotonic()
    NotebookClient(nb, kernel_name="loomlab", timeout=600, record_timing=True).execute()
    total = time.monotonic() - started
    exploring = 0.0
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        src = cell.source
        if "explore" in src or "ThreadRace" in src or src.lstrip().startswith("%%quiz"):
            s = seconds(cell) or 0.0
            exploring += s
            print(f"  {s:7.2f} s  {src.splitlines()[0][:70]}")
    print(f"  {exploring:7.2f} s  in the cells that explore (quiz proofs included)")
    print(f"  {total:7.2f} s  the whole lesson, kernel start included")


if __name__ == "__main__":
    main(sys.argv[1])
