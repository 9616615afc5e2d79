"""Drawing helpers of the offline map: symbols, colours, nice scale-bar lengths."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QPainter, QPen, QPolygonF

MIN_SCALE, MAX_SCALE = 2.0, 4000.0  # pixels per degree of latitude
TOWN = QColor("#1f77b4")
ASSOCIATION = QColor("#2ca02c")
CONSULATE = QColor("#b00020")
SITE = QColor("#ff7f0e")
GRID = QColor("#d8dde3")


def town_radius(people: int) -> float:
    """Circle radius in pixels: area grows with the number of people."""
    return 2.0 + 1.2 * math.sqrt(max(0, people))


def clamp(scale: float) -> float:
    return max(MIN_SCALE, min(MAX_SCALE, scale))


def nice(value: float) -> float:
    exponent = 10 ** math.floor(math.log10(max(value, 1e-9)))
    for factor in (1, 2, 5, 10):
        if factor * exponent >= value:
            return float(factor * exponent)
    return float(10 * exponent)


def degrees(value: float, positive: str, negative: str) -> str:
    return f"{abs(value):.0f}°{positive if value >= 0 else negative}"


def star(centre: QPointF, outer: float, inner: float) -> QPolygonF:
    points = []
    for i in range(10):
        radius = outer if i % 2 == 0 else inner
        angle = math.pi / 2 + i * math.pi / 5
        points.append(QPointF(centre.x() + radius * math.cos(angle), centre.y() - radius * math.sin(angle)))
    return QPolygonF(points)


def triangle(centre: QPointF, size: float) -> QPolygonF:
    return QPolygonF(
        [
            QPointF(centre.x(), centre.y() - size),
            QPointF(centre.x() + size * 0.9, centre.y() + size * 0.6),
            QPointF(centre.x() - size * 0.9, centre.y() + size * 0.6),
        ]
    )


def legend_symbol(painter: QPainter, centre: QPointF, kind: str) -> None:
    """The small symbol before a legend entry, drawn like the map draws that kind."""
    if kind == "town":
        fill = QColor(TOWN)
        fill.setAlpha(120)
        painter.setPen(QPen(TOWN.darker(130), 1))
        painter.setBrush(fill)
        painter.drawEllipse(centre, 6, 6)
    elif kind == "association":
        painter.setPen(QPen(ASSOCIATION.darker(140), 1))
        painter.setBrush(ASSOCIATION)
        painter.drawRect(QRectF(centre.x() - 3, centre.y() - 3, 6, 6))
    elif kind == "consulate":
        painter.setPen(QPen(QColor("white"), 1))
        painter.setBrush(CONSULATE)
        painter.drawPolygon(star(centre, 8, 3.5))
    else:
        painter.setPen(QPen(SITE.darker(110), 1))
        painter.setBrush(SITE.darker(110))
        painter.drawPolygon(triangle(centre, 7))
