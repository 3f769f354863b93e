"""Undo and redo for the record: every save and every profile deletion can be taken back.

The model is snapshots, not per-widget edits: the session announces each save with the
profile as it was saved before and as it is saved now (``ProfileSession.snapshotSaved``), and
one step here lays one of those whole records back and saves it. So every kind of change —
a field, a deleted avoid entry, a removed contact — is undone the same way, and an undo is
itself an ordinary save (atomic, merged with other programs' changes like any edit).

One history for the whole window, in the order things were done: undoing an edit of another
profile first switches to that profile, so the person sees what changed back. A deleted
profile is kept here in memory and saved again on undo, with the emergency number set for it
on the Card page.
"""

from __future__ import annotations

import dataclasses
import zlib
from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoCommand, QUndoStack

from sm_card.core.models import Profile
from sm_card.gui.bidi import isolate
from sm_card.gui.i18n import translate
from sm_card.gui.session import ProfileSession

UNDO_LIMIT = 300  # steps kept; older ones fall off the bottom of the stack


class _Snapshot:
    """A profile kept compactly: one compressed byte string instead of a tree of objects.

    A person with a long device history saves a 1,000-entry record on every edit; keeping two
    live copies per step grew memory by millions of objects over a working session. The bytes
    are this process's own pickle of its own record, never read from anywhere else.
    """

    __slots__ = ("_data", "name", "_photo")

    def __init__(self, profile: Profile):
        self.name = profile.name
        # The photo (up to 200 KB of JPEG, which does not compress) is kept by reference, not
        # pickled: bytes never change, and every snapshot of an unchanged photo shares one
        # object, instead of 300 steps holding two copies each.
        self._photo = profile.photo_jpeg
        without = dataclasses.replace(profile, photo_jpeg=None)
        import pickle  # at the first save, not before the window's first paint

        self._data = zlib.compress(pickle.dumps(without, protocol=pickle.HIGHEST_PROTOCOL), 1)

    def profile(self) -> Profile:
        import pickle

        restored = pickle.loads(zlib.decompress(self._data))
        assert isinstance(restored, Profile)
        restored.photo_jpeg = self._photo
        return restored


class _EditCommand(QUndoCommand):
    """One save: ``before`` and ``after`` are whole (compressed) copies of the profile."""

    def __init__(self, history: EditHistory, before: Profile, after: Profile):
        super().__init__(translate("EditHistory", "edit of {name}").format(
            name=isolate(after.name)))
        self.history = history
        self.before, self.after = _Snapshot(before), _Snapshot(after)
        self._done = True  # pushed after the save happened: the first redo() does nothing

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self.history.apply(lambda s: s.restore(self.before.name, self.after.profile()))

    def undo(self) -> None:
        self.history.apply(lambda s: s.restore(self.after.name, self.before.profile()))


class _DeleteCommand(QUndoCommand):
    def __init__(self, history: EditHistory, profile: Profile):
        super().__init__(translate("EditHistory", "deletion of {name}").format(
            name=isolate(profile.name)))
        self.history, self.profile = history, _Snapshot(profile)
        settings = history.session.settings
        self.number = (settings.emergency_number_for(profile.db_id)
                       if settings.emergency_number_source(profile.db_id) == "profile" else None)

    def redo(self) -> None:
        def delete(session: ProfileSession) -> None:
            session.select(self.profile.name)
            session.delete_current()
        self.history.apply(delete)

    def undo(self) -> None:
        self.history.apply(lambda s: s.restore_deleted(self.profile.profile(), self.number))


class EditHistory(QObject):
    """The window's undo stack, fed by the session's saves."""

    def __init__(self, session: ProfileSession, parent: QObject | None = None):
        super().__init__(parent)
        self.session = session
        self.stack = QUndoStack(self)
        self.stack.setUndoLimit(UNDO_LIMIT)
        self._applying = False
        session.snapshotSaved.connect(self._record)

    def _record(self, before: Profile | None, after: Profile) -> None:
        if self._applying or before is None or before == after:
            return  # a save that changed nothing (or an undo's own save) is no step
        self.stack.push(_EditCommand(self, before, after))

    def apply(self, change: Callable[[ProfileSession], object]) -> None:
        self._applying = True
        try:
            change(self.session)
        finally:
            self._applying = False

    def delete_current(self) -> None:
        """Delete the current profile, keeping it so that Undo brings it back."""
        profile = self.session.profile
        if profile is None:
            return
        self.stack.push(_DeleteCommand(self, profile))  # push runs redo()
