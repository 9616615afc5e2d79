"""Allow ``python -m diaspora_desk``."""

from diaspora_desk.cli.main import main

raise SystemExit(main())
