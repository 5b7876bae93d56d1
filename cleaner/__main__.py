"""``python -m cleaner``: the command line (see :mod:`cleaner.cli`)."""
import sys

if __name__ == "__main__":
    try:
        from .cli import main
    except KeyboardInterrupt:  # Ctrl-C while still importing
        sys.stderr.write("cleaner: interrupted\n")
        sys.exit(130)
    sys.exit(main())
