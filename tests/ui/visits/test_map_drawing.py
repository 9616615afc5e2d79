"""The offline map's drawing helpers: symbol sizes, zoom limits, round scale-bar lengths, legends."""

from __future__ import annotations

from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QImage, QPainter

from diaspora_desk.ui.visits.map_drawing import (
    ASSOCIATION,
    CONSULATE,
    MAX_SCALE,
    MIN_SCALE,
    clamp,
    degrees,
    legend_symbol,
    nice,
    star,
    town_radius,
)


def test_a_town_circle_grows_with_its_people_by_area() -> None:
    assert town_radius(0) == town_radius(-3) == 2.0
    assert town_radius(100) - 2.0 == 2 * (town_radius(25) - 2.0)


def test_zoom_stays_within_its_limits() -> None:
    assert clamp(0.1) == MIN_SCALE
    assert clamp(1e9) == MAX_SCALE
    assert clamp(50.0) == 50.0


def test_scale_bars_are_round_lengths_no_shorter_than_asked() -> None:
    assert [nice(v) for v in (0.7, 1, 1.5, 3, 7, 42, 120, 999)] == [1, 1, 2, 5, 10, 50, 200, 1000]


def test_coordinates_read_with_their_hemisphere() -> None:
    assert degrees(36.7, "N", "S") == "37°N"
    assert degrees(-119.8, "E", "W") == "120°W"


def test_legend_symbols_are_drawn_in_the_maps_colours() -> None:
    assert star(QPointF(0, 0), 8, 3).size() == 10
    for kind, colour in (("consulate", CONSULATE), ("association", ASSOCIATION)):
        image = QImage(20, 20, QImage.Format.Format_ARGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        legend_symbol(painter, QPointF(10, 10), kind)
        painter.end()
        assert image.pixelColor(10, 10) == colour
