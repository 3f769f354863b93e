"""The frozen bundle's entry point: the same `sm-card` command as the pip install's script."""

import sys

from sm_card.entry import main

if __name__ == "__main__":
    sys.exit(main())
