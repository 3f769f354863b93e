"""The person's details: name, date of birth, weight, blood type, languages."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from sm_card.core import validation as v
from sm_card.gui.forms import (
    PAST_DATE_PLACEHOLDER,
    LineBinding,
    add_line_field,
    date_parser,
)
from sm_card.gui.session import ProfileSession


def _text(value: object) -> str:
    return "" if value is None else str(value)


def _number_text(value: float | None) -> str:
    return "" if value is None else f"{value:g}"


class PersonPage(QWidget):
    def __init__(self, session: ProfileSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("personPage")
        self.session = session
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("<h2>Person</h2>"), self)
        layout.addWidget(heading)
        form = QFormLayout()
        layout.addLayout(form)
        layout.addStretch(1)
        self.bindings: dict[str, LineBinding] = {}

        def field(key: str, label: str, placeholder: str, parse, read, apply,
                  **options) -> QLineEdit:
            binding = add_line_field(form, self, key, label, placeholder, read, parse, apply,
                                     **options)
            self.bindings[key] = binding
            return binding.edit

        p = lambda: self.session.current  # noqa: E731 - always the current profile
        self.name_edit = field(
            "name", self.tr("Name"), self.tr("as on your ID"),
            v.parse_name, lambda: p().name, self._rename,
        )
        field(
            "date_of_birth", self.tr("Date of birth"), PAST_DATE_PLACEHOLDER,
            date_parser(not_after=lambda: self.session.today()),
            lambda: _text(p().date_of_birth), lambda val: self._set("date_of_birth", val),
            date_picker=True,
        )
        field(
            "weight_kg", self.tr("Weight (kg)"), self.tr("optional"),
            lambda t: v.parse_weight(v.number_from_input(t)),
            lambda: _number_text(p().weight_kg), lambda val: self._set("weight_kg", val),
        )
        field(
            "blood_type", self.tr("Blood type"), self.tr("e.g. A+, O-"),
            lambda t: v.parse_text(t.strip() or None, key="blood_type"),
            lambda: _text(p().blood_type), lambda val: self._set("blood_type", val),
        )
        field(
            "languages", self.tr("Languages spoken"), self.tr("e.g. en, de"),
            lambda t: [v.parse_language(x.strip()) for x in t.split(",") if x.strip()],
            lambda: ", ".join(p().languages), lambda val: self._set("languages", val),
        )
        from sm_card.gui.photo_box import PhotoBox

        self.photo_box = PhotoBox(session, self)
        form.addRow(self.tr("Photo"), self.photo_box)
        session.profileChanged.connect(self.load)
        self.load()

    def _set(self, attr: str, value: object) -> None:
        setattr(self.session.profile, attr, value)
        self.session.commit()

    def _rename(self, name: str) -> None:
        if name != self.session.current.name and name in self.session.profile_names():
            err = self.bindings["name"].error
            err.setText("⚠ " + self.tr("Another profile already has this name"))
            err.show()
            return
        self._set("name", name)
        self.session.profileChanged.emit()  # the switcher shows the new name

    def load(self) -> None:
        enabled = self.session.profile is not None
        self.setEnabled(enabled)
        if enabled:
            for binding in self.bindings.values():
                binding.load()
