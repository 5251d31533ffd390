"""``python -m strife.schema [--write]``: print the JSON Schema of the output record, or write it."""

from __future__ import annotations

import sys
from pathlib import Path

from strife.schema import SCHEMA_FILE, render


def main(argv: list[str]) -> int:
    text = render()
    if "--write" in argv:
        Path(__file__).with_name(SCHEMA_FILE).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
