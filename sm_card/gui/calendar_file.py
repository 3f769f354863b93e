"""Export to calendar: the .ics file of every profile's devices and planned procedures.

From the Injectors page and from the Surgery page's premedication steps (the steps ring in
the phone's calendar only once the file is imported there). The window remembers what the
file held (core/calendar_export.py), so that the Injectors page can say when it is out of date
and the next file cancels the events of a device no record holds any more.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from sm_card.core.atomic import OutputRefused, write_output_file
from sm_card.core.calendar_export import gone_since, record_export
from sm_card.gui import dialogs
from sm_card.gui.session import ProfileSession
from sm_card.gui.window_state import remember


class CalendarFile(QObject):
    """Its words (self.tr: lupdate reads a plural only there)."""

    def export(self, parent: QWidget, session: ProfileSession) -> tuple[str | None, str]:
        """Ask where, write the file, show the Saved dialog: (the path, or None when nothing
        was written, and what to say about it: empty when the person cancelled)."""
        # In the home folder, as the other exports suggest (a bare name went to wherever the
        # file dialog happened to be).
        path = dialogs.save_file(parent, self.tr("Export to calendar"),
                                 str(Path.home() / "sm-card-injectors.ics"),
                                 self.tr("iCalendar files (*.ics)"))
        if not path:
            return None, ""
        from sm_card.gui.calendar_words import TranslatedCalendarWords
        from sm_card.render.ics import render_ics

        settings = session.settings
        profiles = session.store.load_all()
        # The events in the window's language (the command line's file is English).
        data = render_ics(profiles, now=session.now(), lead_days=settings.lead_days,
                          prepare_days=settings.prepare_days,
                          lead_events=settings.lead_events,
                          gone=gone_since(session.store, profiles),
                          words=TranslatedCalendarWords(self))
        if b"BEGIN:VEVENT" not in data:  # an empty calendar file is refused by calendar apps
            return None, self.tr("Not saved: no device in use and no planned procedure to "
                                 "put in a calendar.")
        try:
            write_output_file(Path(path), data, session.store.path.parent)
        except (OSError, OutputRefused) as err:
            from sm_card.gui.refusal_words import not_written_text

            return None, self.tr("Not saved: {error}").format(
                error=not_written_text(path, err))
        remember(lambda: record_export(session.store, profiles, session.now()))
        count = sum(len(p.active_injectors) for p in profiles)
        text = self.tr(
            "Saved %n device(s) to {path}. Open it with your calendar app; importing a newer "
            "file again updates the same events.", "", count).format(path=path)
        if any(p.planned_on is not None for profile in profiles for p in profile.procedures):
            # The file holds them (a day to prepare, the start, the premedication steps).
            text += " " + self.tr("The planned procedures and their premedication steps are "
                                  "in it too.")
        dialogs.exported(parent, path, self.tr("The calendar file"))
        return path, text


def export_calendar(parent: QWidget, session: ProfileSession) -> tuple[str | None, str]:
    """The calendar file written from ``parent``'s page: (its path or None, what to say)."""
    return CalendarFile(parent).export(parent, session)
