"""The main window: navigation between areas, menus, shortcuts and the status bar."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QMainWindow, QStackedWidget, QWidget

from diaspora_desk.ui.change_relay import ChangeRelay
from diaspora_desk.ui.undo import UndoBar
from diaspora_desk.ui.window_state import WindowState

if TYPE_CHECKING:
    from PySide6.QtGui import QAction, QCloseEvent, QKeySequence

    from diaspora_desk.domain.changes import Change
    from diaspora_desk.services.associations.rows import FirstPage
    from diaspora_desk.services.composition import Services
    from diaspora_desk.ui.about import AboutDialog
    from diaspora_desk.ui.associations.page import AssociationsPage
    from diaspora_desk.ui.help import UserGuideDialog
    from diaspora_desk.ui.partners.area import PartnersArea
    from diaspora_desk.ui.people.area import PeopleArea
    from diaspora_desk.ui.practices_page import PracticesPage
    from diaspora_desk.ui.report_preview import ReportPreviewDialog
    from diaspora_desk.ui.reports_page import ReportsPage
    from diaspora_desk.ui.setup_dialog import SetupDialog
    from diaspora_desk.ui.trust.dialog import TrustDialog
    from diaspora_desk.ui.visits.area import VisitsArea


def tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class MainWindow(QMainWindow):
    """Areas in a stack, chosen from the list on the left.

    Created without services it shows at once, with the ``preview`` (the associations list's first
    page, read at start-up) or a notice that the database is opening; the areas are built by
    :meth:`attach` once the database is open (heavy imports happen then, not before
    the window is on screen). Signals: ``ready()`` after :meth:`attach`; ``data_shown()`` once
    rows of the associations list are on screen (the start-up preview or the real list).
    """

    ASSOCIATIONS, PEOPLE, VISITS, CAMPAIGNS, PARTNERS, PRACTICES, REPORTS = range(7)
    ready = Signal()
    data_shown = Signal()

    def __init__(self, services: Services | None = None, *, preview: FirstPage | None = None) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowTitle(tr("Diaspora Desk"))
        self._state = WindowState()
        self._state.restore_window(self)
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setFixedWidth(170)
        self.stack = QStackedWidget()
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.addWidget(self.navigation)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.navigation.currentRowChanged.connect(self._on_navigation_changed)
        self.database_label = QLabel()
        self.database_label.setObjectName("databasePath")
        self.statusBar().addPermanentWidget(self.database_label)
        self.undo_bar = UndoBar(self.statusBar())
        self._relay = ChangeRelay(self)
        self._relay.changed.connect(self._on_data_changed)
        self._unsubscribe: Callable[[], None] | None = None
        self.backup_warning: QLabel | None = None
        if services is not None:
            self.attach(services)
        elif preview is not None:
            self.show_preview(preview)
        else:
            self._show_opening_notice()

    def _show_opening_notice(self) -> None:
        """What the window shows while the database opens, when there is no preview to show."""
        from diaspora_desk.ui.placeholder import PlaceholderPage

        self.stack.addWidget(PlaceholderPage(tr("Opening the database…"), tr("One moment.")))

    def show_preview(self, first: FirstPage) -> None:
        """Show the associations list's first page (read at start-up) until :meth:`attach`."""
        from diaspora_desk.ui.associations.preview import AssociationsPreview

        if self.services is not None:
            return
        while (widget := self.stack.widget(0)) is not None:
            self.stack.removeWidget(widget)
            widget.deleteLater()
        self.preview = AssociationsPreview(first)
        self.stack.addWidget(self.preview)
        QTimer.singleShot(0, self.data_shown.emit)  # once the event loop has painted it

    def attach(self, services: Services) -> None:
        """Build every area over the open database."""
        self._services = services
        self._stop_listening()
        self._clear()
        pages = self._build_areas(services)
        for title, page in pages:
            self.navigation.addItem(title)
            self.stack.addWidget(page)
        self.database_label.setText(tr("Database: {path}").format(path=services.database_path))
        self._connect_areas()
        self._build_menus()
        self._unsubscribe = services.changes.subscribe(self._relay.changed.emit)
        self._state.restore_views(self)
        last = self._state.last_area
        self.navigation.setCurrentRow(
            last if last is not None and 0 <= last < len(pages) else self.ASSOCIATIONS
        )
        self._update_title()
        self._warn_about_backups()
        # Imported here: the accounts' dialogs are not needed for the first rows at start-up.
        from diaspora_desk.ui.accounts.guard import install_accounts

        self.accounts_guard = install_accounts(self, services)  # who is signed in, idle lock, grants
        self.ready.emit()
        self.data_shown.emit()

    def _clear(self) -> None:
        """Attaching again (after the demo is created) starts from a clean window."""
        self.navigation.blockSignals(True)
        self.navigation.clear()
        self.navigation.blockSignals(False)
        self.menuBar().clear()
        for action in self.actions():
            self.removeAction(action)
        while (widget := self.stack.widget(0)) is not None:
            self.stack.removeWidget(widget)
            widget.deleteLater()

    def _build_areas(self, services: Services) -> list[tuple[str, QWidget]]:
        """Each area with only the facades it uses; the pages in navigation order."""
        from diaspora_desk.reports.catalogue import printer_for
        from diaspora_desk.ui.associations.page import AssociationsPage
        from diaspora_desk.ui.campaigns.area import CampaignsArea
        from diaspora_desk.ui.partners.area import PartnersArea
        from diaspora_desk.ui.people.area import PeopleArea
        from diaspora_desk.ui.people.import_dialog import PeopleImportDialog
        from diaspora_desk.ui.people.person_dialog import PersonServices
        from diaspora_desk.ui.people.person_picker import people_search
        from diaspora_desk.ui.practices_page import PracticesPage
        from diaspora_desk.ui.report_targets import reports_page_for
        from diaspora_desk.ui.visits.area import VisitsArea
        from diaspora_desk.ui.visits.area_services import VisitsAreaServices

        print_report = printer_for(services)
        self.associations: AssociationsPage = AssociationsPage(
            services.associations, services.practices, services.settings, services.gazetteer, print_report
        )
        self.people: PeopleArea = PeopleArea(
            PersonServices(
                services.people, services.settings, services.gazetteer, services.audit, services.trust.erasure
            ),
            services.practices,
            services.clock,
            print_report,
            lambda path, parent: PeopleImportDialog(services, path, parent),
        )
        self.visits: VisitsArea = VisitsArea(
            VisitsAreaServices(
                visits=services.visits,
                people=services.people.registry,
                hosts=services.associations.registry,
                practices=services.practices,
                gazetteer=services.gazetteer,
                settings=services.settings,
                print_report=print_report,
            )
        )
        people = people_search(services.people.registry)
        self.campaigns: CampaignsArea = CampaignsArea(
            services.campaigns, services.practices, print_report, services.clock.today, find_people=people
        )
        self.partners: PartnersArea = PartnersArea(services.partners, services.practices, services.clock)
        self.practices: PracticesPage = PracticesPage(services.practices)
        self.print_report = print_report
        self.reports: ReportsPage = reports_page_for(self, services, print_report)
        return [
            (tr("Associations"), self.associations),
            (tr("People & Skills"), self.people),
            (tr("Mobile Visits"), self.visits),
            (tr("Campaigns"), self.campaigns),
            (tr("Partners"), self.partners),
            (tr("Practices"), self.practices),
            (tr("Reports"), self.reports),
        ]

    def _connect_areas(self) -> None:
        for area in (self.associations, self.people, self.visits, self.campaigns, self.partners):
            area.status.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.people.undo_offered.connect(self.undo_bar.offer)
        self.associations.undo_offered.connect(self.undo_bar.offer)
        self.practices.open_association.connect(self.show_association)

    @property
    def services(self) -> Services | None:
        return getattr(self, "_services", None)

    def _on_data_changed(self, change: Change) -> None:
        """Every area refreshes what the committed write changed, whichever area made it."""
        self.associations.on_changed(change)
        self.people.on_changed(change)
        self.visits.on_changed(change)
        self.campaigns.on_changed(change)
        self.partners.on_changed(change)
        self.practices.on_changed(change)

    def _stop_listening(self) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None

    def _build_menus(self) -> None:
        # QtGui's action and key types and the Qt namespace (in _action) load here, once the areas
        # exist: building their enum types is not needed for the first rows at start-up.
        from PySide6.QtGui import QKeySequence

        file_menu = self.menuBar().addMenu(tr("&File"))
        self.new_action = self._action(tr("&New"), QKeySequence.StandardKey.New, self.new_item)
        self.find_action = self._action(tr("&Find"), QKeySequence.StandardKey.Find, self.focus_search)
        self.print_action = self._action(
            tr("&Print or report…"), QKeySequence.StandardKey.Print, self.print_current
        )
        import_action = self._action(
            tr("&Import associations…"), None, lambda: self.associations.import_file()
        )
        export_action = self._action(
            tr("&Export associations…"), None, lambda: self.associations.export_file()
        )
        import_people = self._action(tr("Import &people…"), None, lambda: self.people.import_file())
        export_people = self._action(tr("Export p&eople…"), None, lambda: self.people.export_file())
        settings_action = self._action(tr("&Settings…"), None, self.open_settings)
        quit_action = self._action(tr("&Quit"), QKeySequence.StandardKey.Quit, self.close)
        for action in (self.new_action, self.find_action, self.print_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        for action in (import_action, export_action, import_people, export_people):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(settings_action)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)
        go_menu = self.menuBar().addMenu(tr("&Go"))
        for row in range(self.navigation.count()):
            title = self.navigation.item(row).text()
            go = self._action(title, None, lambda _checked=False, r=row: self.show_area(r))
            go.setShortcut(QKeySequence(f"Ctrl+{row + 1}"))
            go.setToolTip(tr("Show {area} (Ctrl+{n})").format(area=title, n=row + 1))
            go_menu.addAction(go)
        tools_menu = self.menuBar().addMenu(tr("&Tools"))
        tools_menu.addAction(self._action(tr("&Audit, backups and erasure…"), None, self.open_trust))
        help_menu = self.menuBar().addMenu(tr("&Help"))
        guide = self._action(tr("User &guide"), QKeySequence.StandardKey.HelpContents, self.show_user_guide)
        help_menu.addAction(guide)
        help_menu.addAction(self._action(tr("&About Diaspora Desk"), None, self.show_about))

    def _action(self, text: str, shortcut: QKeySequence.StandardKey | None, slot: object) -> QAction:
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QAction, QKeySequence

        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _on_navigation_changed(self, row: int) -> None:
        if self.services is None:
            return
        self.stack.setCurrentIndex(row)
        self.print_action.setEnabled(row != self.PARTNERS)  # every other area has a report

    def show_area(self, row: int) -> None:
        self.navigation.setCurrentRow(row)

    def show_association(self, association_id: int) -> None:
        self.show_area(self.ASSOCIATIONS)
        self.associations.show_association(association_id)

    # Ctrl+N, Ctrl+F and Ctrl+P act on the area in view.
    def new_item(self) -> None:
        if self.stack.currentIndex() == self.PEOPLE:
            if self.people.tabs.currentWidget() is self.people.needs:
                self.people.needs.new_need()
            else:
                self.people.tabs.setCurrentWidget(self.people.people)
                self.people.people.new_person()
            return
        if self.stack.currentIndex() == self.VISITS:
            self.visits.new_item()
            return
        if self.stack.currentIndex() == self.CAMPAIGNS:
            self.campaigns.new_item()  # a campaign, or an event on the Events tab
            return
        if self.stack.currentIndex() == self.PARTNERS:
            self.partners.new_item()
            return
        self.show_area(self.ASSOCIATIONS)
        self.associations.new_association()

    def focus_search(self) -> None:
        if self.stack.currentIndex() == self.PEOPLE:
            self.people.tabs.setCurrentWidget(self.people.people)
            self.people.people.focus_search()
            return
        if self.stack.currentIndex() == self.VISITS:
            self.visits.focus_search()
            return
        if self.stack.currentIndex() != self.ASSOCIATIONS:
            self.show_area(self.ASSOCIATIONS)
        self.associations.focus_search()

    def print_current(self) -> ReportPreviewDialog | None:
        """Ctrl+P: the report of the item in view, in the shared preview (save or print from there)."""
        from diaspora_desk.ui.report_preview import open_report_preview
        from diaspora_desk.ui.report_targets import current_report

        if self.stack.currentIndex() == self.REPORTS:
            self.reports.make_preview()
            return None
        request = current_report(self)
        if request is None:
            self.statusBar().showMessage(tr("Select an item to print its report."), 6000)
            return None
        self.preview_dialog, _task = open_report_preview(self, self.print_report, request)
        return self.preview_dialog

    def open_settings(self) -> SetupDialog:
        from diaspora_desk.ui.setup_dialog import SetupDialog

        dialog = SetupDialog(self._services.settings, self._services.gazetteer, self)
        dialog.accepted.connect(self._update_title)
        dialog.open()
        return dialog

    def open_trust(self) -> TrustDialog:
        from diaspora_desk.ui.people.person_picker import people_search
        from diaspora_desk.ui.trust.dialog import TrustDialog

        people = people_search(self._services.people.registry)  # whom to erase, picked by name
        dialog = TrustDialog(self._services.trust, self, find_people=people)
        dialog.finished.connect(lambda _result: self._warn_about_backups())
        dialog.open()
        return dialog

    def _warn_about_backups(self) -> None:
        from diaspora_desk.ui.trust.notice import show_backup_warning

        backups = self._services.trust.backups
        self.backup_warning = show_backup_warning(backups, self.statusBar(), self.backup_warning)

    def _update_title(self) -> None:
        settings = self._services.settings.current()
        consulate = settings.consulate.name if settings.consulate else tr("no consulate set")
        self.setWindowTitle(
            tr("Diaspora Desk — {consulate} — {officer}").format(
                consulate=consulate, officer=self._services.accounts.session() or tr("no officer set")
            )
        )

    def show_user_guide(self) -> UserGuideDialog:
        from diaspora_desk.ui.help import UserGuideDialog

        dialog = UserGuideDialog(self)
        dialog.open()
        return dialog

    def show_about(self) -> AboutDialog:
        from diaspora_desk.ui.about import AboutDialog

        dialog = AboutDialog(self)
        dialog.open()
        return dialog

    def closeEvent(self, event: QCloseEvent) -> None:
        self._state.save_window(self)
        if self.services is not None:
            self._state.save_views(self)
            self._state.last_area = self.stack.currentIndex()
        self._state.sync()
        self._stop_listening()
        if self.services is not None:
            from diaspora_desk.ui.trust.notice import back_up_on_close

            back_up_on_close(self.services.trust.backups)
            self.services.close()
        event.accept()
