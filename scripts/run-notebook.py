#!/usr/bin/env python3
"""Runs a notebook top to bottom, as CI and a new analyst would, and reports its summary line and run time.

    .venv/bin/python scripts/run-notebook.py notebooks/analyst-tour.ipynb [--out executed.ipynb] [--timeout S]

The kernel is this interpreter (the venv's python, whatever kernels the machine has registered), started in the
notebook's folder. The executed copy, outputs and all, goes to test-output/notebooks/ (git-ignored) unless --out
says otherwise. On success it prints the last line of JSON printed by the cell tagged ``summary`` as
``summary: {...}`` and the time taken; on a failing cell it prints the cell and its error and exits 1.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

import nbformat
from jupyter_client.kernelspec import KernelSpec, KernelSpecManager
from jupyter_client.manager import AsyncKernelManager
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError, CellTimeoutError

ROOT = Path(__file__).resolve().parent.parent
ANSI = re.compile(r"\x1b\[[0-9;]*m")


class ThisPythonKernels(KernelSpecManager):
    """Every kernel name resolves to ipykernel on this interpreter, so a user-wide "python3" cannot take over."""

    def get_kernel_spec(self, kernel_name: str) -> KernelSpec:
        return KernelSpec(
            argv=[sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
            display_name=f"Python 3 ({sys.prefix})",
            language="python",
            name=kernel_name,
        )


class ThisPythonKernelManager(AsyncKernelManager):
    """The kernel manager nbclient creates (and so shuts down after the run), on ThisPythonKernels."""

    def __init__(self, **kwargs: object) -> None:
        super().__init__(kernel_spec_manager=ThisPythonKernels(), **kwargs)


def summary_line(notebook: nbformat.NotebookNode) -> str | None:
    """The last line starting with "{" that the cell tagged ``summary`` printed."""
    for cell in notebook.cells:
        if "summary" not in cell.get("metadata", {}).get("tags", []):
            continue
        text = "".join(o.get("text", "") for o in cell.get("outputs", []) if o.get("output_type") == "stream")
        lines = [line for line in text.splitlines() if line.startswith("{")]
        return lines[-1] if lines else None
    return None


def failing_cell(notebook: nbformat.NotebookNode) -> tuple[int, nbformat.NotebookNode] | None:
    for index, cell in enumerate(notebook.cells):
        if any(o.get("output_type") == "error" for o in cell.get("outputs", [])):
            return index, cell
    return None


def report_failure(notebook: nbformat.NotebookNode, error: Exception) -> None:
    found = failing_cell(notebook)
    if found is None:
        print(f"notebook failed: {ANSI.sub('', str(error))}", file=sys.stderr)
        return
    index, cell = found
    tags = ", ".join(cell.get("metadata", {}).get("tags", [])) or "no tags"
    print(f"cell {index} ({cell.get('id')}; {tags}) failed:", file=sys.stderr)
    print("\n".join("    " + line for line in cell.source.splitlines()), file=sys.stderr)
    for output in cell.outputs:
        if output.get("output_type") == "error":
            print(ANSI.sub("", "\n".join(output.get("traceback", []))) or f"{output['ename']}: {output['evalue']}", file=sys.stderr)
        elif output.get("output_type") == "stream":
            print(output.get("text", ""), end="", file=sys.stderr)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("notebook", type=Path)
    parser.add_argument("--out", type=Path, help="where to write the executed copy (default: test-output/notebooks/<name>)")
    parser.add_argument("--timeout", type=float, default=300, help="seconds one cell may run (default 300)")
    args = parser.parse_args()

    source = args.notebook.resolve()
    out = (args.out or ROOT / "test-output" / "notebooks" / source.name).resolve()
    notebook = nbformat.read(source, as_version=4)
    client = NotebookClient(
        notebook,
        kernel_name="python3",
        kernel_manager_class=ThisPythonKernelManager,
        timeout=int(args.timeout),
        resources={"metadata": {"path": str(source.parent)}},
    )
    started = time.monotonic()
    try:
        client.execute()
        failure: Exception | None = None
    except (CellExecutionError, CellTimeoutError) as error:
        failure = error
    elapsed = time.monotonic() - started

    out.parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(notebook, out)
    if failure is not None:
        report_failure(notebook, failure)
        print(f"failed after {elapsed:.1f} s; executed copy: {out}", file=sys.stderr)
        return 1
    line = summary_line(notebook)
    print(f"summary: {line}" if line else "summary: (no cell tagged summary printed a JSON line)")
    print(f"executed {args.notebook} in {elapsed:.1f} s ({len(notebook.cells)} cells); executed copy: {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
