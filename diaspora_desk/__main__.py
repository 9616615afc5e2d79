"""Allow ``python -m diaspora_desk``."""

from diaspora_desk.main import main

raise SystemExit(main())
