#!/usr/bin/env python3
"""Execute every notebook in Notebooks/ and report which ones pass.

Each notebook runs with nbclient (at most 300 s per cell) in the Python 3 kernel of the interpreter that runs this
script -- run it with the project's virtual environment: `.venv/bin/python Scripts/run_notebooks.py` (`make notebooks`
does). The notebooks run in a temporary copy of Notebooks/ that sees ../Models and ../.build through symbolic links,
so the committed notebooks and the repository are never written to. With --update, the executed notebooks (with
their fresh outputs) are copied back over the committed ones -- only when every notebook passed.

Prints one line per notebook and a final line "N passed, M failed"; the exit status is 1 if a notebook failed and
2 if there was nothing to run or the tools are missing.
"""
import argparse
import os
import re
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = ROOT / "Notebooks"
CELL_TIMEOUT = 300
ANSI = re.compile(r"\x1b\[[0-9;]*m")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("notebooks", nargs="*", help="notebooks to run (default: every Notebooks/*.ipynb)")
    parser.add_argument("--update", action="store_true",
                        help="copy the executed notebooks back over the committed ones if all pass")
    args = parser.parse_args()

    try:
        import nbformat
        from nbclient import NotebookClient
        from nbclient.exceptions import CellExecutionError, CellTimeoutError
    except ImportError as error:
        print(f"run_notebooks: {error.name} is missing; run Scripts/setup.sh --python and use .venv/bin/python",
              file=sys.stderr)
        return 2

    paths = [Path(p).resolve() for p in args.notebooks] or sorted(NOTEBOOKS.glob("*.ipynb"))
    if not paths:
        print("run_notebooks: no notebooks in Notebooks/", file=sys.stderr)
        return 2
    binary = os.environ.get("COHERENCE_BIN") or ROOT / ".build" / "debug" / "coherence"
    if not Path(binary).exists() and not shutil.which("coherence"):
        print(f"run_notebooks: {binary} is missing; run `swift build` first (or set COHERENCE_BIN)", file=sys.stderr)
        return 2

    passed, failed, executed = 0, 0, []
    with tempfile.TemporaryDirectory(prefix="coherence-notebooks-") as tmp:
        work = Path(tmp) / "Notebooks"
        shutil.copytree(NOTEBOOKS, work, ignore=shutil.ignore_patterns("output", ".ipynb_checkpoints"))
        for name in ("Models", ".build"):
            if (ROOT / name).exists():
                (Path(tmp) / name).symlink_to(ROOT / name)
        for path in paths:
            copy = work / path.name
            if not copy.exists():
                shutil.copy(path, copy)
            notebook = nbformat.read(copy, as_version=4)
            for cell in notebook.cells:  # no timestamps: outputs change only when results change
                cell.metadata.pop("execution", None)
            client = NotebookClient(notebook, timeout=CELL_TIMEOUT, kernel_name="python3", record_timing=False,
                                    coalesce_streams=True,
                                    resources={"metadata": {"path": str(work)}})
            start = time.monotonic()
            try:
                client.execute()
            except (CellExecutionError, CellTimeoutError) as error:
                failed += 1
                lines = [ANSI.sub("", line) for line in str(error).strip().splitlines()]
                reason = next((line for line in reversed(lines) if line.strip()), "cell failed")
                print(f"FAIL {path.name} ({time.monotonic() - start:.1f} s): {reason}")
                print("\n".join("     " + line for line in lines[-15:]), file=sys.stderr)
                continue
            except Exception as error:  # the kernel did not start, the notebook is not valid JSON, ...
                failed += 1
                print(f"FAIL {path.name}: {type(error).__name__}: {error}")
                continue
            passed += 1
            nbformat.write(notebook, copy)
            executed.append((copy, path))
            print(f"ok   {path.name} ({time.monotonic() - start:.1f} s)")
        if args.update:
            if failed:
                print("run_notebooks: not updating the committed notebooks, because a notebook failed", file=sys.stderr)
            else:
                for copy, path in executed:
                    shutil.copy(copy, path)
                print(f"updated {len(executed)} notebook(s) with their outputs")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
