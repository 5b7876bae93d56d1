"""``python -m cleaner`` and the ``cleaner`` command: the command line (see :mod:`cleaner.cli`)."""
import sys


def run() -> None:
    """Run the command line and exit with its status; Ctrl-C even while it starts up is one line, 130."""
    try:
        from .cli import main  # noqa: PLC0415
        code = main()
    except KeyboardInterrupt:
        sys.stderr.write("cleaner: interrupted\n")
        code = 130
    sys.exit(code)


if __name__ == "__main__":
    run()
