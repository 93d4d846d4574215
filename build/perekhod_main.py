"""PyInstaller's entry script: the same ``main`` as the ``perekhod`` console script."""

import sys

from ui.launcher import main

if __name__ == "__main__":
    sys.exit(main())
