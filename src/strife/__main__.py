"""``python -m strife``: the same as the ``strife`` command."""

from strife.cli import main

if __name__ == "__main__":
    main()
