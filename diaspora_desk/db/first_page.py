"""The associations list's first page, read with the SQLite driver alone for start-up.

The window shows real rows a few milliseconds after it appears, while SQLAlchemy (not imported
here), the migrations check and the rest of the application load on a worker thread. Read-only
(the file is opened with ``mode=ro``, so a missing file is never created), and only when the
database is already at the code's schema version; otherwise there is no preview and start-up
goes on as before. An encrypted file has no preview: its key comes from the passphrase, asked
for after the window shows.
"""

from __future__ import annotations

from pathlib import Path

from diaspora_desk.db import cipher
from diaspora_desk.db.filesystem import is_network_path
from diaspora_desk.db.schema_version import SCHEMA_HEAD

# The list's default query: active associations by folded name (ix_association_name_key), with
# the date of the last interaction as the list shows it.
_PAGE = """
SELECT a.id, a.name, a.acronym, a.type, a.country, a.city, a.members_estimate, a.registered,
       a.archived_at,
       (SELECT max(i.occurred_on) FROM interaction AS i WHERE i.association_id = a.id)
FROM association AS a
WHERE a.archived_at IS NULL
ORDER BY a.name_key, a.id
LIMIT ?
"""
# Every association less the archived ones: the first count reads the smallest index, the second
# the partial index of archived ones (ix_association_archived). "WHERE archived_at IS NULL" read
# every row of the table instead: ~20 ms of the start-up at 50,000 associations.
_COUNT = """
SELECT (SELECT count(*) FROM association)
     - (SELECT count(*) FROM association WHERE archived_at IS NOT NULL)
"""


def first_associations(path: Path, limit: int) -> tuple[int, list[tuple[object, ...]]] | None:
    """(active associations, the first `limit` rows as the repository's page returns them).

    None when the preview cannot be read quickly and safely: no file, a network share, another
    schema version, a locked or damaged file, an encrypted one.
    """
    if not path.is_file() or is_network_path(path) or cipher.is_encrypted(path):
        return None
    try:
        connection = cipher.connect(path, read_only=True, timeout=0.2, key=None)
    except cipher.Error:
        return None
    try:
        version = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        if version is None or version[0] != SCHEMA_HEAD:
            return None
        total = int(connection.execute(_COUNT).fetchone()[0])
        return total, [tuple(row) for row in connection.execute(_PAGE, (limit,))]
    except cipher.Error:
        return None
    finally:
        connection.close()
