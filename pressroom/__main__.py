"""``python -m pressroom`` runs the command line (used by tests that start real processes)."""

from .cli import main

if __name__ == "__main__":
    main()
