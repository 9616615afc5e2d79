"""The bundled executable's entry point: the same ``main`` as the ``diaspora-desk`` command."""

import sys

from diaspora_desk.main import main

if __name__ == "__main__":
    sys.exit(main())
