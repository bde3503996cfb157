"""``python -m stance``: the ``stance`` command."""

from .cli import main

if __name__ == "__main__":
    raise SystemExit(main())
