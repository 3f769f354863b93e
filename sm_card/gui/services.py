"""What pages and the window need from the rest of the app, handed to them in one object.

Pages get this in their constructor instead of looking things up on their window at run
time: what a page depends on is visible in its signature, and a test builds a page with a
``Services`` of its own (a real session, any catalog, no window at all).

The reminder service is installed after the window's first paint, so it is not there when the
first pages are built: ``ReminderSlot`` holds it once it exists and tells whoever waits.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from sm_card.gui.session import ProfileSession

if TYPE_CHECKING:
    from sm_card.core.catalog import Catalog
    from sm_card.core.settings import Settings
    from sm_card.gui.reminder_service import ReminderService


def default_catalog() -> Catalog:
    from sm_card.core.catalog import default_catalog as load

    return load()


class ReminderSlot(QObject):
    """The reminder service once it exists (None before, and in windows without one)."""

    installed = Signal(object)  # the ReminderService, once, when it is put in

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._service: ReminderService | None = None

    @property
    def service(self) -> ReminderService | None:
        return self._service

    def install(self, service: ReminderService) -> None:
        if self._service is not None:
            raise RuntimeError("a reminder service is installed already")
        self._service = service
        self.installed.emit(service)

    def when_installed(self, callback: Callable[[ReminderService], object]) -> None:
        """Call ``callback(service)`` now if the service exists, else when it is installed.
        Pass a bound method of a QObject: Qt drops the connection when that object dies."""
        if self._service is not None:
            callback(self._service)
        else:
            self.installed.connect(callback)

    def check(self, reason: str = "change") -> None:
        """Re-check reminders now (after a settings change), if the service runs yet."""
        if self._service is not None:
            self._service.check(reason)


@dataclass(eq=False)
class Services:
    """The session (store, current profile, settings, clock), the catalog, demo mode and the
    reminder service: everything a page may be given."""

    session: ProfileSession
    # A Catalog, or a loader called when a page first needs it: reading the catalog costs
    # start-up time, and the first page shown (Person) does not use it.
    catalog_source: Catalog | Callable[[], Catalog] = default_catalog
    demo: bool = False  # a demo record in a temporary folder: touch nothing of the person's
    reminders: ReminderSlot = field(default_factory=ReminderSlot)
    _catalog: Catalog | None = field(default=None, init=False, repr=False)

    def catalog(self) -> Catalog:
        if self._catalog is None:
            source = self.catalog_source
            self._catalog = source() if callable(source) else source
        return self._catalog

    # The session owns these; read through it so a test that swaps the session's clock
    # is seen everywhere.
    @property
    def settings(self) -> Settings:
        return self.session.settings

    def today(self) -> date:
        return self.session.today()

    def now(self) -> datetime:
        return self.session.now()
