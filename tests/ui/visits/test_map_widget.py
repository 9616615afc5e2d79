"""The offline map: draws a plan, zooms around the pointer, moves when dragged, graticule steps."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from diaspora_desk.ui.visits.map_drawing import MAX_SCALE
from diaspora_desk.ui.visits.map_widget import MapWidget, View
from tests.ui.visits.scenes import hand_made_plan


def _colours(image: QImage) -> set[int]:
    return {image.pixel(x, y) for x in range(0, image.width(), 4) for y in range(0, image.height(), 4)}


def test_the_map_draws_a_plan_and_zooms_around_the_pointer(qtbot: QtBot) -> None:
    widget = MapWidget()
    qtbot.addWidget(widget)
    widget.resize(640, 480)
    empty = widget.grab().toImage()
    widget.set_plan(hand_made_plan())
    drawn = widget.grab().toImage()
    assert not drawn.isNull()
    # Towns, consulate, sites and the legend add colours an empty map does not have.
    assert len(_colours(drawn)) > len(_colours(empty)) + 10
    site = widget.to_screen(36.7477, -119.7724)
    assert 0 < site.x() < 640
    assert 0 < site.y() < 480
    assert QColor(drawn.pixel(site.toPoint())) != QColor("#f7f9fb")

    scale, radius = widget.scale, widget.km_to_pixels(60)
    step = widget.grid_step()
    anchor = QPointF(site)
    widget.zoom(4.0, anchor)
    assert widget.scale == scale * 4
    assert widget.km_to_pixels(60) == radius * 4
    assert widget.grid_step() <= step
    moved = widget.to_screen(36.7477, -119.7724)
    assert abs(moved.x() - anchor.x()) < 0.5
    assert abs(moved.y() - anchor.y()) < 0.5
    # Dragging moves the map with the pointer.
    qtbot.mousePress(widget, Qt.MouseButton.LeftButton, pos=QPoint(300, 200))
    qtbot.mouseMove(widget, QPoint(340, 230))
    qtbot.mouseRelease(widget, Qt.MouseButton.LeftButton, pos=QPoint(340, 230))
    after = widget.to_screen(36.7477, -119.7724)
    assert abs(after.x() - moved.x() - 40) < 1
    assert abs(after.y() - moved.y() - 30) < 1
    assert not widget.grab().toImage().isNull()


def test_graticule_lines_are_every_1_5_or_10_degrees_by_zoom(qtbot: QtBot) -> None:
    widget = MapWidget()
    qtbot.addWidget(widget)
    widget.resize(400, 300)
    steps = {}
    for scale in (4.0, 20.0, 80.0):
        widget.view = View(35.0, -119.0, scale)
        steps[scale] = widget.grid_step()
    assert steps == {4.0: 10, 20.0: 5, 80.0: 1}
    widget.view = View(35.0, -119.0, 20.0)
    widget.zoom(1000.0)
    assert widget.scale == MAX_SCALE  # zooming in stops at the closest scale
