"""The Qt user interface. The only package that imports PySide6; it talks to services only."""

from diaspora_desk.ui.pyside_hook import install

install()
