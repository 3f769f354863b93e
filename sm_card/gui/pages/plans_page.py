"""The physician's emergency and premedication plans, stored exactly as written."""

from __future__ import annotations

from functools import partial

from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from sm_card.gui.forms import TextBinding
from sm_card.gui.labels import wrapped_label
from sm_card.gui.session import ProfileSession


class PlansPage(QWidget):
    def __init__(self, session: ProfileSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("plansPage")
        self.session = session
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("<h2>Physician's plans</h2>"), self))
        note = wrapped_label(self, self.tr(
            "Copy these exactly as your physician wrote them. sm-card never writes a plan of "
            "its own: the card shows standard anaphylaxis first aid when no plan is recorded."
        ))
        layout.addWidget(note)
        self.bindings = []
        for attr, title in (
            ("emergency_plan", self.tr("Emergency plan")),
            ("premedication", self.tr("Premedication plan for procedures")),
        ):
            layout.addWidget(QLabel(f"<b>{title}</b>", self))
            edit = QPlainTextEdit(self)
            edit.setObjectName(f"{attr}Edit")
            edit.setAccessibleName(title)
            layout.addWidget(edit, 1)
            self.bindings.append(TextBinding(
                edit,
                read=partial(self._read, attr),
                apply=partial(self._set, attr),
                key=attr,
            ))
        session.profileChanged.connect(self.load)
        self.load()

    def _read(self, attr: str) -> str:
        return getattr(self.session.profile, attr) or ""

    def _set(self, attr: str, text: str) -> None:
        setattr(self.session.profile, attr, text if text.strip() else None)
        self.session.commit()

    def flush(self) -> None:
        for binding in self.bindings:
            binding.flush()

    def load(self) -> None:
        self.setEnabled(self.session.profile is not None)
        if self.session.profile is not None:
            for binding in self.bindings:
                binding.load()
