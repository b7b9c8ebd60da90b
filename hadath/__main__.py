"""`python -m hadath` is the `hadath` command."""
import sys

from hadath.cli import main

if __name__ == "__main__":
    sys.exit(main())
