"""An offline map of a plan: towns, associations, consulates and proposed sites, no tiles.

Equirectangular projection around the view's centre, longitudes scaled by cos(latitude) so
distances look right near the centre. Wheel zooms around the pointer; dragging pans.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QShowEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QWidget

from diaspora_desk.domain.planning import Plan
from diaspora_desk.ui.visits.map_drawing import (
    ASSOCIATION,
    CONSULATE,
    GRID,
    SITE,
    TOWN,
    clamp,
    degrees,
    legend_symbol,
    nice,
    star,
    town_radius,
    triangle,
)

KM_PER_DEGREE = 111.32


@dataclass(frozen=True, slots=True)
class View:
    """Centre (degrees) and scale (pixels per degree of latitude)."""

    latitude: float
    longitude: float
    scale: float


class MapWidget(QWidget):
    """Draws a :class:`Plan`. Signals: ``view_changed()`` after a zoom or pan."""

    view_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("visitMap")
        self.setMinimumSize(320, 240)
        self.setMouseTracking(False)
        self.plan: Plan | None = None
        self.selected_rank: int | None = None
        self.view = View(0.0, 0.0, 10.0)
        self._drag_from: QPointF | None = None
        self._needs_fit = False
        self._label_boxes: list[QRectF] = []

    def sizeHint(self) -> QSize:
        return QSize(800, 600)

    # Data and view ---------------------------------------------------------------------------
    def set_plan(self, plan: Plan | None) -> None:
        self.plan = plan
        self.selected_rank = None
        self.fit()
        # A hidden map (another tab in front) has no real size yet: fit again once shown.
        self._needs_fit = not self.isVisible()

    def select(self, rank: int | None) -> None:
        self.selected_rank = rank
        self.update()

    @property
    def scale(self) -> float:
        return self.view.scale

    def fit(self) -> None:
        """Centre on everything in the plan, leaving a margin."""
        points = self._all_points()
        if not points:
            self.view = View(0.0, 0.0, 10.0)
            self.update()
            return
        lats = [p[0] for p in points]
        lons = [p[1] for p in points]
        lat0 = (min(lats) + max(lats)) / 2
        lon0 = (min(lons) + max(lons)) / 2
        cos0 = max(0.1, math.cos(math.radians(lat0)))
        span_x = max(0.5, (max(lons) - min(lons)) * cos0)
        span_y = max(0.5, max(lats) - min(lats))
        scale = min(self.width() * 0.85 / span_x, self.height() * 0.85 / span_y)
        self.view = View(lat0, lon0, clamp(scale))
        self.update()

    def zoom(self, factor: float, around: QPointF | None = None) -> None:
        """Zoom by ``factor`` keeping the point under ``around`` (default: the centre) still."""
        anchor = around if around is not None else QPointF(self.width() / 2, self.height() / 2)
        latitude, longitude = self.to_geo(anchor)
        self.view = View(self.view.latitude, self.view.longitude, clamp(self.view.scale * factor))
        self._place(latitude, longitude, anchor)
        self.view_changed.emit()

    def pan(self, dx: float, dy: float) -> None:
        """Move the map by (dx, dy) pixels, as a drag does."""
        centre = QPointF(self.width() / 2, self.height() / 2)
        latitude, longitude = self.to_geo(centre)
        self._place(latitude, longitude, centre + QPointF(dx, dy))
        self.view_changed.emit()

    def _place(self, latitude: float, longitude: float, at: QPointF) -> None:
        """Move the centre so (latitude, longitude) is drawn exactly at ``at``."""
        scale = self.view.scale
        centre_lat = max(-85.0, min(85.0, latitude + (at.y() - self.height() / 2) / scale))
        cos0 = max(0.1, math.cos(math.radians(centre_lat)))
        centre_lon = longitude - (at.x() - self.width() / 2) / (cos0 * scale)
        self.view = View(centre_lat, centre_lon, scale)
        self.update()

    def to_screen(self, latitude: float, longitude: float) -> QPointF:
        v = self.view
        cos0 = max(0.1, math.cos(math.radians(v.latitude)))
        x = self.width() / 2 + (longitude - v.longitude) * cos0 * v.scale
        y = self.height() / 2 - (latitude - v.latitude) * v.scale
        return QPointF(x, y)

    def to_geo(self, point: QPointF) -> tuple[float, float]:
        v = self.view
        cos0 = max(0.1, math.cos(math.radians(v.latitude)))
        longitude = v.longitude + (point.x() - self.width() / 2) / (cos0 * v.scale)
        latitude = v.latitude - (point.y() - self.height() / 2) / v.scale
        return latitude, longitude

    def km_to_pixels(self, km: float) -> float:
        return km / KM_PER_DEGREE * self.view.scale

    def grid_step(self) -> int:
        """Graticule spacing in degrees: 1, 5 or 10 so lines stay at least ~50 px apart."""
        for step in (1, 5):
            if step * self.view.scale >= 50:
                return step
        return 10

    def _all_points(self) -> list[tuple[float, float]]:
        plan = self.plan
        if plan is None:
            return []
        points = [(p.latitude, p.longitude) for p in plan.places]
        points += [(c.latitude, c.longitude) for c in plan.consulates]
        points += [(s.latitude, s.longitude) for s in plan.proposals]
        if not points:
            points = [(a.latitude, a.longitude) for a in plan.associations]
        return points

    # Events -----------------------------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._needs_fit and self.isVisible():
            self._needs_fit = False
            self.fit()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._needs_fit:
            self._needs_fit = False
            self.fit()

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120
        if steps:
            self.zoom(1.25**steps, event.position())
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._drag_from = event.position()
            self.setCursor(Qt.CursorShape.ClosedHandCursor)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drag_from is not None:
            delta = event.position() - self._drag_from
            self._drag_from = event.position()
            self.pan(delta.x(), delta.y())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._drag_from = None
        self.unsetCursor()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self.fit()

    # Painting ---------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#f7f9fb"))
        self._paint_grid(painter)
        if self.plan is None:
            painter.setPen(QColor("#555555"))
            painter.drawText(
                self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("Run the planner to see the map.")
            )
            painter.end()
            return
        self._label_boxes = []
        self._paint_site_areas(painter)
        self._paint_towns(painter)
        self._paint_associations(painter)
        self._paint_consulates(painter)
        self._paint_site_markers(painter)
        self._paint_legend(painter)
        self._paint_scale_bar(painter)
        painter.end()

    def _paint_grid(self, painter: QPainter) -> None:
        step = self.grid_step()
        top_lat, left_lon = self.to_geo(QPointF(0, 0))
        bottom_lat, right_lon = self.to_geo(QPointF(self.width(), self.height()))
        painter.setPen(QPen(GRID, 1))
        small = QFont(self.font())
        small.setPointSizeF(max(6.0, small.pointSizeF() - 1.5))
        painter.setFont(small)
        lon = math.floor(left_lon / step) * step
        while lon <= right_lon:
            x = self.to_screen(0, lon).x()
            painter.setPen(QPen(GRID, 1))
            painter.drawLine(QPointF(x, 0), QPointF(x, self.height()))
            if x > 40:  # clear of the latitude labels at the left edge
                painter.setPen(QColor("#8a94a0"))
                painter.drawText(QPointF(x + 3, self.height() - 4), degrees(lon, "E", "W"))
            lon += step
        lat = math.floor(bottom_lat / step) * step
        while lat <= top_lat:
            y = self.to_screen(lat, self.view.longitude).y()
            painter.setPen(QPen(GRID, 1))
            painter.drawLine(QPointF(0, y), QPointF(self.width(), y))
            if 16 < y < self.height() - 16:
                painter.setPen(QColor("#8a94a0"))
                painter.drawText(QPointF(3, y - 3), degrees(lat, "N", "S"))
            lat += step
        painter.setFont(self.font())

    def _paint_towns(self, painter: QPainter) -> None:
        assert self.plan is not None
        painter.setPen(QPen(TOWN.darker(130), 1))
        fill = QColor(TOWN)
        fill.setAlpha(120)
        painter.setBrush(QBrush(fill))
        for place in self.plan.places:
            radius = town_radius(place.people)
            painter.drawEllipse(self.to_screen(place.latitude, place.longitude), radius, radius)

    def _paint_associations(self, painter: QPainter) -> None:
        assert self.plan is not None
        painter.setPen(QPen(ASSOCIATION.darker(140), 1))
        painter.setBrush(QBrush(ASSOCIATION))
        for association in self.plan.associations:
            centre = self.to_screen(association.latitude, association.longitude)
            painter.drawRect(QRectF(centre.x() - 3, centre.y() - 3, 6, 6))

    def _paint_consulates(self, painter: QPainter) -> None:
        assert self.plan is not None
        for consulate in self.plan.consulates:
            centre = self.to_screen(consulate.latitude, consulate.longitude)
            painter.setPen(QPen(QColor("white"), 1.5))
            painter.setBrush(QBrush(CONSULATE))
            painter.drawPolygon(star(centre, 9, 4))
            self._label(painter, centre, consulate.city, CONSULATE)

    def _paint_site_areas(self, painter: QPainter) -> None:
        assert self.plan is not None
        radius = self.km_to_pixels(self.plan.options.radius_km)
        for proposal in self.plan.proposals:
            centre = self.to_screen(proposal.latitude, proposal.longitude)
            selected = proposal.rank == self.selected_rank
            ring = QColor(SITE)
            ring.setAlpha(90 if selected else 45)
            painter.setBrush(QBrush(ring))
            painter.setPen(QPen(SITE.darker(120), 2.5 if selected else 1.2, Qt.PenStyle.DashLine))
            painter.drawEllipse(centre, radius, radius)

    def _paint_site_markers(self, painter: QPainter) -> None:
        assert self.plan is not None
        for proposal in self.plan.proposals:
            centre = self.to_screen(proposal.latitude, proposal.longitude)
            painter.setPen(QPen(QColor("white"), 1.5))
            painter.setBrush(QBrush(SITE.darker(110)))
            painter.drawPolygon(triangle(centre, 9))
            self._label(painter, centre, f"{proposal.rank}. {proposal.city}", SITE.darker(160))

    def _label(self, painter: QPainter, at: QPointF, text: str, colour: QColor) -> None:
        metrics = QFontMetrics(painter.font())
        box = QRectF(
            at.x() + 10,
            at.y() - metrics.height() - 2,
            metrics.horizontalAdvance(text) + 8,
            metrics.height() + 2,
        )
        # Step down past labels already drawn so close places stay readable.
        for _ in range(8):
            if not any(box.intersects(other) for other in self._label_boxes):
                break
            box.translate(0, box.height() + 1)
        self._label_boxes.append(box)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(255, 255, 255, 210))
        painter.drawRoundedRect(box, 3, 3)
        painter.setPen(colour)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)

    def _paint_legend(self, painter: QPainter) -> None:
        entries = (
            (self.tr("Nationals (circle size: people)"), "town"),
            (self.tr("Association"), "association"),
            (self.tr("Permanent consulate"), "consulate"),
            (self.tr("Proposed site and radius"), "site"),
        )
        metrics = QFontMetrics(painter.font())
        line = max(18, metrics.height() + 4)
        width = max(metrics.horizontalAdvance(text) for text, _ in entries) + 44
        box = QRectF(self.width() - width - 10, 10, width, line * len(entries) + 10)
        painter.setPen(QPen(QColor("#c5ccd3"), 1))
        painter.setBrush(QColor(255, 255, 255, 230))
        painter.drawRoundedRect(box, 4, 4)
        for i, (text, kind) in enumerate(entries):
            centre = QPointF(box.left() + 16, box.top() + 5 + line * i + line / 2)
            legend_symbol(painter, centre, kind)
            painter.setPen(QColor("#222222"))
            painter.drawText(
                QRectF(box.left() + 32, centre.y() - line / 2, width - 36, line),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                text,
            )

    def _paint_scale_bar(self, painter: QPainter) -> None:
        target = 120.0  # pixels
        km = target / self.view.scale * KM_PER_DEGREE
        bar_km = nice(km)
        length = self.km_to_pixels(bar_km)
        y = self.height() - 24.0
        x = self.width() - length - 20
        painter.setPen(QPen(QColor("#333333"), 2))
        painter.drawLine(QPointF(x, y), QPointF(x + length, y))
        painter.drawLine(QPointF(x, y - 4), QPointF(x, y + 4))
        painter.drawLine(QPointF(x + length, y - 4), QPointF(x + length, y + 4))
        painter.drawText(QPointF(x, y - 6), self.tr("{km} km").format(km=f"{bar_km:,.0f}"))
