"""Python's cycle collector, run on the GUI thread only.

Left to itself, Python collects reference cycles on whichever thread happens to allocate when a
threshold is crossed: a pool thread opening the database could then free a dialog that an earlier
cycle kept alive, and Qt does not allow a widget to be destroyed off the GUI thread (the process
crashes later, at random, in whatever event was still queued for it). :class:`GuiThreadCollector`
turns automatic collection off and collects from a timer on the GUI thread instead, with the
same generation thresholds Python uses.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

# How often the counts are looked at: collections stay as frequent as Python's own while the
# application allocates (a look costs a microsecond; a young-generation collection about one ms).
CHECK_EVERY_MS = 200


class GuiThreadCollector(QObject):
    """Collects cycles on the thread that created it (the GUI thread), never on another.

    Automatic collection stays off while the collector lives; :meth:`stop` turns it back on.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_EVERY_MS)
        self._timer.timeout.connect(self.collect_if_due)
        self._timer.start()

    def collect_if_due(self) -> int:
        """Collect the generations whose counts crossed Python's thresholds; objects freed."""
        first, second, third = self._thresholds
        young, middle, old = gc.get_count()
        if young < first:
            return 0
        if middle + 1 < second:
            return gc.collect(0)
        if old + 1 < third:
            return gc.collect(1)
        return gc.collect(2)

    def stop(self) -> None:
        """Back to Python's automatic collection (the application is ending)."""
        self._timer.stop()
        gc.enable()
