"""Draw the application icon (a globe with a desk's document) into resources/icons/.

Run once when the design changes: ``python packaging/make_icon.py``. Writes PNGs in the sizes
Linux desktops use and a multi-size .ico for the Windows executable and installer.
"""

from __future__ import annotations

import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QImage, QPainter, QPen

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"


def draw(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = size / 64
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QBrush(QColor("#1f4e79")))
    p.drawRoundedRect(QRectF(2 * s, 2 * s, 60 * s, 60 * s), 12 * s, 12 * s)
    globe = QPen(QColor("#ffffff"), max(1.0, 2.6 * s))
    p.setPen(globe)
    p.setBrush(Qt.BrushStyle.NoBrush)
    centre, radius = QPointF(27 * s, 29 * s), 17 * s
    p.drawEllipse(centre, radius, radius)
    p.drawEllipse(centre, radius * 0.45, radius)
    p.drawLine(QPointF(centre.x() - radius, centre.y()), QPointF(centre.x() + radius, centre.y()))
    p.drawLine(QPointF(centre.x(), centre.y() - radius), QPointF(centre.x(), centre.y() + radius))
    p.setPen(QPen(QColor("#1f4e79"), max(1.0, 1.6 * s)))
    p.setBrush(QBrush(QColor("#f2c14e")))
    p.drawRoundedRect(QRectF(36 * s, 30 * s, 20 * s, 25 * s), 2.5 * s, 2.5 * s)
    p.setPen(QPen(QColor("#1f4e79"), max(1.0, 2.0 * s)))
    for row in range(3):
        y = (37 + row * 6) * s
        p.drawLine(QPointF(40 * s, y), QPointF(52 * s, y))
    p.end()
    return image


def main() -> None:
    app = QGuiApplication([])
    ICONS.mkdir(parents=True, exist_ok=True)
    for size in (16, 32, 48, 64, 128, 256):
        draw(size).save(str(ICONS / f"diaspora-desk-{size}.png"))
    draw(256).save(str(ICONS / "diaspora-desk.ico"))
    del app


if __name__ == "__main__":
    main()
