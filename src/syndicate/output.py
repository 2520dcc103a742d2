"""Writing output files atomically: a temp file beside the target, then rename.

An interrupted run never leaves a half-written file that looks complete. The new
file gets the mode of the file it replaces, or else the mode a plain ``open()``
would give (0666 less the umask: 0644 under the usual umask 022), so a web server
running as another user can read what a cron job wrote. A file whose content is
unchanged is not rewritten at all (its mtime, ETag and inode stay as they were).
"""

from __future__ import annotations

import os
import stat
import tempfile
import threading
from pathlib import Path

__all__ = ["default_mode", "write_atomic"]

_umask_lock = threading.Lock()


def default_mode() -> int:
    """The mode ``open(path, "w")`` gives a new file: 0o666 less the process umask."""
    with _umask_lock:  # reading the umask means setting it: keep other threads out
        mask = os.umask(0o022)
        os.umask(mask)
    return 0o666 & ~mask


def _same_content(target: Path, raw: bytes) -> bool:
    try:
        if target.stat().st_size != len(raw):
            return False
        return target.read_bytes() == raw
    except OSError:
        return False


def write_atomic(path: str | os.PathLike[str], data: str | bytes, *,
                 skip_unchanged: bool = True) -> bool:
    """Write ``data`` to ``path`` via a temporary file in the same folder and ``os.replace``.

    Returns False when ``path`` already held exactly ``data`` and was left alone
    (``skip_unchanged``), True when it was written.
    """
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    raw = data.encode("utf-8") if isinstance(data, str) else data
    if skip_unchanged and _same_content(target, raw):
        return False
    try:
        mode = stat.S_IMODE(target.stat().st_mode)
    except OSError:
        mode = default_mode()
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(raw)
            fh.flush()
            os.fchmod(fh.fileno(), mode)  # mkstemp makes 0600 files
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
    return True
