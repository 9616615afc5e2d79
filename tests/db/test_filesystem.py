"""Which file system holds the database: network shares are recognised so they can be refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from diaspora_desk.db.filesystem import filesystem_type, is_network_path

MOUNTS = """\
/dev/sda1 / ext4 rw,relatime 0 0
proc /proc proc rw 0 0
server:/export /mnt/consulate nfs4 rw,relatime 0 0
//fs/share /media/share\\040drive cifs rw 0 0
/dev/sdb1 /mnt/consulate/local ext4 rw 0 0
"""


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/home/officer/desk.sqlite", "ext4"),
        ("/mnt/consulate/desk.sqlite", "nfs4"),
        ("/mnt/consulate/local/desk.sqlite", "ext4"),
        ("/media/share drive/desk.sqlite", "cifs"),
    ],
)
def test_filesystem_type_uses_the_longest_mount_point(path: str, expected: str) -> None:
    assert filesystem_type(Path(path), MOUNTS) == expected


def test_network_share_is_recognised() -> None:
    assert is_network_path(Path("/mnt/consulate/desk.sqlite"), MOUNTS)
    assert not is_network_path(Path("/mnt/consulate/local/desk.sqlite"), MOUNTS)
    assert is_network_path(Path("//server/share/desk.sqlite"))
