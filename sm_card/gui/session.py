"""The current profile and its saving: the one object pages share (narrow by design).

Pages read ``session.profile``, mutate it, then call ``session.commit()``; the whole profile is
saved in one transaction and ``recordEdited`` tells previews to refresh. Switching profile
emits ``profileChanged`` so every page reloads its fields.

Another program may write to the store while the app runs (``sm-card import`` from a
terminal or a script). The session notices it through SQLite's ``data_version``: polled on a
timer, and checked under the write lock before every save. A save never writes back a stale
copy: the fields edited here since the last load are laid over what is on disk now (a
three-way merge, field by field), so the other program's changes survive and the page shows
them; where both changed the same field, the edit made here wins and ``changedElsewhere``
names the field.
"""

from __future__ import annotations

import copy
import dataclasses
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from sm_card.core.models import Profile
from sm_card.core.settings import Settings
from sm_card.core.store import Store, StoreChanged, StoreError

POLL_MS = 1500  # how soon a change made by another program shows in the window


class ProfileSession(QObject):
    profileChanged = Signal()  # another profile is current (or the list of profiles changed)
    recordEdited = Signal()  # the current profile was edited and saved
    saveFailed = Signal(str)  # a save did not reach the disk; the message says why
    # Another program changed the store and the session now shows it. The list names the
    # fields changed both there and here, where the edit made here was kept.
    changedElsewhere = Signal(list)
    # Emitted (synchronously) before the session re-reads the store: text still waiting for
    # its debounce is to be saved now, so it is merged rather than overwritten.
    aboutToReload = Signal()
    # After every successful save: (the profile as saved before, as saved now), both copies.
    # The undo history (gui/undo.py) keeps them; nothing here depends on it.
    snapshotSaved = Signal(object, object)

    def __init__(
        self,
        store: Store,
        *,
        today: Callable[[], date] = date.today,
        now: Callable[[], datetime] = lambda: datetime.now().astimezone(),
        settings: Settings | None = None,
        parent: QObject | None = None,
        poll_ms: int = POLL_MS,
    ):
        super().__init__(parent)
        self.store = store
        self.today = today
        self.now = now
        self.settings = settings or Settings(store)
        self._profile: Profile | None = None
        self._base: Profile | None = None  # the current profile as last read or saved
        self._seen = store.data_version()
        names = store.profile_names()
        if names:
            self._set_current(store.load_profile(names[0]))
        # profileChanged after a merge is sent from the event loop: a flush of several pages
        # finishes before any page reloads its fields (a reload would drop pending text).
        self._announce = QTimer(self)
        self._announce.setSingleShot(True)
        self._announce.setInterval(0)
        self._announce.timeout.connect(self.profileChanged.emit)
        self._poll = QTimer(self)
        self._poll.setInterval(poll_ms)
        self._poll.timeout.connect(self.check_for_changes)
        if poll_ms > 0:
            self._poll.start()

    @property
    def profile(self) -> Profile | None:
        return self._profile

    @property
    def current(self) -> Profile:
        """The current profile, for code that runs only while there is one (a page's edits:
        pages are disabled or empty without a profile)."""
        assert self._profile is not None, "no current profile"
        return self._profile

    def _set_current(self, profile: Profile | None) -> None:
        self._profile = profile
        self._base = copy.deepcopy(profile)

    def profile_names(self) -> list[str]:
        return self.store.profile_names()

    def select(self, name: str) -> None:
        if self._profile is not None and self._profile.name == name:
            return
        self._set_current(self.store.load_profile(name))
        self.profileChanged.emit()

    def add_profile(self, name: str) -> Profile:
        profile = Profile(name=name)
        self.store.save_profile(profile)
        self._set_current(profile)
        self.profileChanged.emit()
        return profile

    def delete_current(self) -> None:
        if self._profile is None:
            return
        if self._profile.db_id is not None:  # a later profile may be given the same store id
            self.settings.set_emergency_number_for(self._profile.db_id, None)
        self.store.delete_profile(self._profile.name)
        names = self.store.profile_names()
        self._set_current(self.store.load_profile(names[0]) if names else None)
        self.profileChanged.emit()

    def restore(self, name: str, snapshot: Profile) -> bool:
        """Make the profile now called ``name`` equal to ``snapshot`` and save it (undo/redo).
        The current profile object is changed in place: pages keep their reference."""
        self.select(name)
        if self._profile is None or self._profile.name != name:
            return False
        for f in dataclasses.fields(snapshot):
            if f.name != "db_id":
                setattr(self._profile, f.name, copy.deepcopy(getattr(snapshot, f.name)))
        saved = self.commit()
        self.profileChanged.emit()  # pages show the restored values
        return saved

    def restore_deleted(self, profile: Profile, emergency_number: str | None = None) -> Profile:
        """Save a deleted profile again (undo of a deletion) and make it current, with the
        emergency number it had of its own (kept under its new store id)."""
        again = copy.deepcopy(profile)
        again.db_id = None
        self.store.save_profile(again)
        if emergency_number and again.db_id is not None:
            self.settings.set_emergency_number_for(again.db_id, emergency_number)
        self._set_current(again)
        self.profileChanged.emit()
        return again

    def reload(self) -> None:
        """Re-read from the store (after an import, say), keeping the current name if present."""
        self._seen = self.store.data_version()  # before reading: a later change is seen again
        names = self.store.profile_names()
        current = self._profile.name if self._profile else None
        target = current if current in names else (names[0] if names else None)
        self._set_current(self.store.load_profile(target) if target else None)
        self.profileChanged.emit()

    def check_for_changes(self) -> bool:
        """Show what another program wrote since the last look; True when it had written."""
        try:
            if self.store.data_version() == self._seen:
                return False
            self.aboutToReload.emit()  # pending edits are saved (merged, announced) first
            if self.store.data_version() == self._seen:
                return True  # that save merged the change in already
            self._announce.stop()
            self.reload()
        except Exception:  # noqa: BLE001 - closed, or busy for longer than its timeout
            return False  # nothing is lost by waiting: the next look tries again
        self.changedElsewhere.emit([])
        return True

    def commit(self) -> bool:
        """Save the current profile now. On failure the store keeps its last saved record.

        When another program wrote to the store since it was read, the edits made here are
        merged into what is on disk now, and that is saved (never the stale copy)."""
        if self._profile is None:
            return False
        conflicts: list[str] | None = None
        before = self._base
        try:
            for _ in range(5):  # each turn lost to yet another writer merges again
                try:
                    self.store.save_profile(self._profile, unchanged_since=self._seen)
                except StoreChanged:
                    conflicts = (conflicts or []) + self._merge_from_disk()
                    continue
                break
            else:
                raise StoreError(self.tr("{path}: the store keeps changing; not saved").format(
                    path=self.store.path))
        except (StoreError, OSError) as err:
            from sm_card.gui.refusal_words import refusal_text

            self.saveFailed.emit(refusal_text(err))
            return False
        except Exception as err:  # noqa: BLE001 - sqlite3 errors: the transaction rolled back
            self.saveFailed.emit(self.tr("{path}: not saved ({error})").format(
                path=self.store.path, error=err))
            return False
        self._base = copy.deepcopy(self._profile)
        self.snapshotSaved.emit(before, copy.deepcopy(self._profile))
        self.recordEdited.emit()
        if conflicts is not None:
            self._announce.start()
            self.changedElsewhere.emit(sorted(set(conflicts)))
        return True

    def _merge_from_disk(self) -> list[str]:
        """Lay the edits made here (current vs. base) over the profile as stored now, in place
        (pages keep their reference). Returns the fields both sides changed."""
        mine = self._profile
        assert mine is not None
        self._seen = self.store.data_version()
        base = self._base if self._base is not None else Profile(name=mine.name)
        names = self.store.profile_names()
        theirs = self.store.load_profile(base.name) if base.name in names else None
        if theirs is None:
            mine.db_id = None  # gone from the store: saved again whole, nothing typed is lost
            self._base = Profile(name=mine.name)
            return []
        conflicts = _merge_into(mine, base, theirs, prefix="")
        mine.db_id = theirs.db_id
        self._base = theirs
        return conflicts


def _merge_into(mine: Any, base: Any, theirs: Any, prefix: str) -> list[str]:
    """Field by field: what was not edited here takes the stored value; what was edited here
    stays (nested records such as the diagnosis merge per field too)."""
    conflicts = []
    for f in dataclasses.fields(mine):
        if f.name == "db_id":
            continue
        m, b, t = getattr(mine, f.name), getattr(base, f.name), getattr(theirs, f.name)
        if m == b:
            setattr(mine, f.name, copy.deepcopy(t))
        elif dataclasses.is_dataclass(m) and dataclasses.is_dataclass(b) \
                and dataclasses.is_dataclass(t) and type(m) is type(b) is type(t):
            conflicts += _merge_into(m, b, t, prefix=f"{prefix}{f.name}.")
        elif t != b and t != m:
            conflicts.append(prefix + f.name)
    return conflicts
