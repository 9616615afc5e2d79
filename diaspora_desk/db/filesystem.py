"""Refuse databases on network shares: SQLite's locking is unreliable there."""

from __future__ import annotations

import os
import sys
from pathlib import Path, PureWindowsPath

NETWORK_FILESYSTEMS = frozenset(
    {
        "nfs",
        "nfs4",
        "cifs",
        "smb",
        "smb2",
        "smb3",
        "smbfs",
        "ncpfs",
        "afs",
        "9p",
        "davfs",
        "fuse.sshfs",
        "sshfs",
        "fuse.rclone",
        "fuse.gvfsd-fuse",
        "glusterfs",
        "ceph",
        "lustre",
    }
)


def _unescape_mount(path: str) -> str:
    # /proc/mounts escapes space, tab, newline and backslash as octal.
    for code, char in (("\\040", " "), ("\\011", "\t"), ("\\012", "\n"), ("\\134", "\\")):
        path = path.replace(code, char)
    return path


def filesystem_type(path: Path, mounts: str) -> str | None:
    """The type of the file system holding ``path``, per a ``/proc/mounts`` text."""
    best: tuple[int, str] | None = None
    target = str(path)
    for line in mounts.splitlines():
        parts = line.split()
        if len(parts) < 3:
            continue
        mount_point, fs_type = _unescape_mount(parts[1]), parts[2]
        prefix = mount_point.rstrip("/") + "/"
        if (target == mount_point or target.startswith(prefix) or mount_point == "/") and (
            best is None or len(mount_point) > best[0]
        ):
            best = (len(mount_point), fs_type)
    return best[1] if best else None


def is_unc(text: str) -> bool:
    """True for a Windows network path: ``\\\\server\\share\\...``, ``//server/share/...`` or
    ``\\\\?\\UNC\\server\\share\\...``; not for a long local path such as ``\\\\?\\C:\\data``."""
    drive = PureWindowsPath(text).drive
    if drive.startswith(("\\\\?\\", "\\\\.\\")):  # the long-path and device prefixes
        return drive[4:].upper().startswith("UNC\\")
    return drive.startswith("\\\\")


def is_network_path(path: Path, mounts: str | None = None) -> bool:
    """True when ``path`` lies on a network share (UNC path, mapped drive or NFS/SMB mount)."""
    if is_unc(str(path)):
        return True
    resolved = path.resolve()
    text = str(resolved)
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        import ctypes

        drive = os.path.splitdrive(text)[0] + "\\"
        drive_remote = 4
        return bool(ctypes.windll.kernel32.GetDriveTypeW(drive) == drive_remote)  # type: ignore[attr-defined]
    if mounts is None:
        try:
            mounts = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return False
    fs_type = filesystem_type(resolved, mounts)
    return fs_type is not None and (fs_type in NETWORK_FILESYSTEMS or fs_type.startswith("nfs"))
