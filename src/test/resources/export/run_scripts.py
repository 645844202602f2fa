"""Runs each exported script named on the command line as __main__ in this one interpreter, so that
PyTorch is imported once rather than once per script, and prints one JSON line per script: its exit
code (as `python3 script.py` would end), its stdout and its stderr."""
import contextlib
import io
import json
import runpy
import sys

for path in sys.argv[1:]:
    out, err = io.StringIO(), io.StringIO()
    code = 0
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            runpy.run_path(path, run_name="__main__")
        except SystemExit as stop:
            if stop.code is None or isinstance(stop.code, int):
                code = stop.code or 0
            else:
                code = 1  # sys.exit("message") prints the message and ends with status 1
                print(stop.code, file=sys.stderr)
        except BaseException as error:  # noqa: B902 - any failure of the script is its result
            code = 1
            print(f"{type(error).__name__}: {error}", file=sys.stderr)
    print(json.dumps({"path": path, "code": code, "stdout": out.getvalue(), "stderr": err.getvalue()}))
