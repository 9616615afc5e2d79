"""Which file system holds the database: network shares are recognised so they can be refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from diaspora_desk.db.filesystem import filesystem_type, is_network_path, is_unc

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


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/mnt/consulate2/desk.sqlite", "ext4"),  # a sibling folder, not under the share
        ("/mnt/consulate", "nfs4"),  # the mount point itself
        ("/srv/tab\there/desk.sqlite", "smb3"),
        ("/srv/back\\slash/desk.sqlite", "fuse.sshfs"),
    ],
)
def test_mount_points_match_whole_folders_and_escaped_names(path: str, expected: str) -> None:
    mounts = MOUNTS + "//nas/t /srv/tab\\011here smb3 rw 0 0\nhost: /srv/back\\134slash fuse.sshfs rw 0 0\n"
    assert filesystem_type(Path(path), mounts) == expected


def test_without_a_readable_mount_table_nothing_is_known() -> None:
    assert filesystem_type(Path("/home/officer/desk.sqlite"), "") is None
    assert filesystem_type(Path("/home/officer/desk.sqlite"), "garbage\n\n") is None
    assert not is_network_path(Path("/home/officer/desk.sqlite"), "")


@pytest.mark.parametrize("fs_type", ["nfs", "nfs4", "cifs", "smb3", "fuse.sshfs", "9p", "nfsd_custom"])
def test_every_kind_of_network_file_system_is_recognised(fs_type: str) -> None:
    mounts = f"/dev/sda1 / ext4 rw 0 0\nsrv:/x /data {fs_type} rw 0 0\n"
    assert is_network_path(Path("/data/desk.sqlite"), mounts)


@pytest.mark.parametrize("fs_type", ["ext4", "btrfs", "xfs", "tmpfs", "vfat", "overlay"])
def test_local_file_systems_are_not_network_shares(fs_type: str) -> None:
    mounts = f"/dev/sda1 / ext4 rw 0 0\n/dev/x /data {fs_type} rw 0 0\n"
    assert not is_network_path(Path("/data/desk.sqlite"), mounts)


def test_unc_paths_are_shares_and_a_local_temporary_folder_is_not(tmp_path: Path) -> None:
    assert is_network_path(Path("\\\\server\\share\\desk.sqlite"))
    assert not is_network_path(tmp_path / "desk.sqlite")


@pytest.mark.parametrize(
    ("text", "share"),
    [
        (r"\\server\share\registry.sqlite", True),
        ("//server/share/registry.sqlite", True),
        (r"\\?\UNC\server\share\registry.sqlite", True),
        (r"\\?\C:\Users\ana\registry.sqlite", False),  # a long local path, not a share
        (r"\\.\C:\registry.sqlite", False),
        (r"C:\Users\ana\AppData\Local\DiasporaDesk\diaspora-desk.sqlite", False),
        ("/home/ana/back\\slash.sqlite", False),  # a backslash is a letter in a Linux file name
    ],
)
def test_windows_network_paths_are_told_from_local_ones(text: str, share: bool) -> None:
    assert is_unc(text) is share
    if share:
        assert is_network_path(Path(text))
