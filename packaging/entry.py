"""The bundle's entry point: the ``wargame`` command line, frozen.

``freeze_support`` lets the forecast's worker processes start from the frozen binary.
"""

import multiprocessing

from wargame.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()
    raise SystemExit(main())
