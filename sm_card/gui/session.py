"""The current profile and its saving: the one object pages share (narrow by design).

Pages read ``session.profile``, mutate it, then call ``session.commit()``; the whole profile is
saved in one transaction and ``recordEdited`` tells previews to refresh. Switching profile
emits ``profileChanged`` so every page reloads its fields.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import QObject, Signal

from sm_card.core.models import Profile
from sm_card.core.settings import Settings
from sm_card.core.store import Store, StoreError


class ProfileSession(QObject):
    profileChanged = Signal()  # another profile is current (or the list of profiles changed)
    recordEdited = Signal()  # the current profile was edited and saved
    saveFailed = Signal(str)  # a save did not reach the disk; the message says why

    def __init__(
        self,
        store: Store,
        *,
        today: Callable[[], date] = date.today,
        now: Callable[[], datetime] = lambda: datetime.now().astimezone(),
        settings: Settings | None = None,
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self.store = store
        self.today = today
        self.now = now
        self.settings = settings or Settings(store)
        self._profile: Profile | None = None
        names = store.profile_names()
        if names:
            self._profile = store.load_profile(names[0])

    @property
    def profile(self) -> Profile | None:
        return self._profile

    def profile_names(self) -> list[str]:
        return self.store.profile_names()

    def select(self, name: str) -> None:
        if self._profile is not None and self._profile.name == name:
            return
        self._profile = self.store.load_profile(name)
        self.profileChanged.emit()

    def add_profile(self, name: str) -> Profile:
        profile = Profile(name=name)
        self.store.save_profile(profile)
        self._profile = profile
        self.profileChanged.emit()
        return profile

    def delete_current(self) -> None:
        if self._profile is None:
            return
        if self._profile.db_id is not None:  # a later profile may be given the same store id
            self.settings.set_emergency_number_for(self._profile.db_id, None)
        self.store.delete_profile(self._profile.name)
        names = self.store.profile_names()
        self._profile = self.store.load_profile(names[0]) if names else None
        self.profileChanged.emit()

    def reload(self) -> None:
        """Re-read from the store (after an import, say), keeping the current name if present."""
        names = self.store.profile_names()
        current = self._profile.name if self._profile else None
        target = current if current in names else (names[0] if names else None)
        self._profile = self.store.load_profile(target) if target else None
        self.profileChanged.emit()

    def commit(self) -> bool:
        """Save the current profile now. On failure the store keeps its last saved record."""
        if self._profile is None:
            return False
        try:
            self.store.save_profile(self._profile)
        except (StoreError, OSError) as err:
            self.saveFailed.emit(str(err))
            return False
        except Exception as err:  # sqlite3 errors: the transaction was rolled back
            self.saveFailed.emit(f"{self.store.path}: not saved ({err})")
            return False
        self.recordEdited.emit()
        return True
