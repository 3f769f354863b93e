"""The diagnosis: subtype (from the catalog, with its description), tryptase, KIT, history."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from sm_card.core import validation as v
from sm_card.core.catalog import Catalog
from sm_card.core.models import KIT_VALUES, Diagnosis
from sm_card.gui.catalog_words import catalog_text
from sm_card.gui.forms import (
    PAST_DATE_PLACEHOLDER,
    LineBinding,
    TextBinding,
    add_line_field,
    date_parser,
)
from sm_card.gui.labels import wrapped_label
from sm_card.gui.session import ProfileSession


def _text(value: object) -> str:
    return "" if value is None else f"{value:g}" if isinstance(value, float) else str(value)


class DiagnosisPage(QWidget):
    def __init__(self, session: ProfileSession, catalog: Catalog, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("diagnosisPage")
        self.session = session
        self.catalog = catalog
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("<h2>Diagnosis</h2>"), self))
        form = QFormLayout()
        layout.addLayout(form)

        self.subtype = QComboBox(self)
        self.subtype.setObjectName("subtypeCombo")
        self.subtype.addItem(self.tr("— not recorded —"), None)
        for code, subtype in catalog.subtypes.items():
            self.subtype.addItem(f"{catalog_text(subtype.name)} ({code})", code)
        # As wide as the form, not as its longest name: in German or Spanish the longest
        # subtype alone pushed the form past a 1024-px window (the list still shows it whole).
        self.subtype.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.subtype.setMinimumContentsLength(24)
        form.addRow(self.tr("Subtype"), self.subtype)
        self.subtype_info = wrapped_label(self, name="subtypeDescription")
        form.addRow("", self.subtype_info)
        self.subtype.currentIndexChanged.connect(self._subtype_changed)

        self.bindings: list[LineBinding] = []

        def line(key: str, label: str, placeholder: str, parse, **options) -> None:
            self.bindings.append(add_line_field(
                form, self, key, label, placeholder,
                read=lambda: _text(getattr(self._diagnosis(create=False), key)),
                parse=parse,
                apply=lambda val: self._set(key, val),
                **options,
            ))

        line("diagnosed_on", self.tr("Diagnosed on"), self.tr("03/2019 or 14.03.2019"),
             date_parser(month=True), date_picker=True, month=True)
        line("baseline_tryptase_ng_ml", self.tr("Baseline tryptase (ng/mL)"),
             self.tr("e.g. 38.5"),
             lambda t: v.parse_number(v.number_from_input(t), ge=0))
        line("tryptase_measured_on", self.tr("Tryptase measured on"), PAST_DATE_PLACEHOLDER,
             date_parser(not_after=lambda: self.session.today()), date_picker=True)

        self.kit = QComboBox(self)
        self.kit.setObjectName("kitCombo")
        self.kit.addItem(self.tr("— not recorded —"), None)
        kit_names = {"positive": self.tr("positive"), "negative": self.tr("negative"),
                     "unknown": self.tr("unknown / not tested")}
        for value in KIT_VALUES:
            self.kit.addItem(kit_names[value], value)
        form.addRow(self.tr("KIT D816V"), self.kit)
        self.kit.currentIndexChanged.connect(
            lambda: self._set("kit_d816v", self.kit.currentData()))

        self.history = QComboBox(self)
        self.history.setObjectName("anaphylaxisCombo")
        self.history.addItem(self.tr("— not recorded —"), None)
        self.history.addItem(self.tr("yes, anaphylaxis before"), True)
        self.history.addItem(self.tr("no"), False)
        form.addRow(self.tr("History of anaphylaxis"), self.history)
        self.history.currentIndexChanged.connect(
            lambda: self._set("anaphylaxis_history", self.history.currentData()))

        self.notes = QPlainTextEdit(self)
        self.notes.setObjectName("diagnosisNotes")
        self.notes.setMaximumHeight(100)
        form.addRow(self.tr("Notes"), self.notes)
        self.notes_binding = TextBinding(
            self.notes,
            read=lambda: self._diagnosis(create=False).notes or "",
            apply=lambda text: self._set("notes", text or None),
            key="notes",
        )
        layout.addStretch(1)
        session.profileChanged.connect(self.load)
        self.load()

    def _diagnosis(self, create: bool) -> Diagnosis:
        profile = self.session.current
        if profile.diagnosis is None:
            if not create:
                return Diagnosis()
            profile.diagnosis = Diagnosis()
        return profile.diagnosis

    def _set(self, attr: str, value: object) -> None:
        if self._loading:
            return
        setattr(self._diagnosis(create=True), attr, value)
        self.session.commit()

    def _subtype_changed(self) -> None:
        code = self.subtype.currentData()
        self._show_description(code)
        self._set("subtype", code)

    def _show_description(self, code: str | None) -> None:
        subtype = self.catalog.subtypes.get(code) if code else None
        self.subtype_info.setText(catalog_text(subtype.description) if subtype else "")

    _loading = False

    def flush(self) -> None:
        self.notes_binding.flush()

    def load(self) -> None:
        if self.session.profile is None:
            self.setEnabled(False)
            return
        self.setEnabled(True)
        self._loading = True
        try:
            d = self._diagnosis(create=False)
            self.subtype.setCurrentIndex(max(0, self.subtype.findData(d.subtype)))
            self._show_description(d.subtype)
            self.kit.setCurrentIndex(max(0, self.kit.findData(d.kit_d816v)))
            index = 0 if d.anaphylaxis_history is None else (1 if d.anaphylaxis_history else 2)
            self.history.setCurrentIndex(index)
            for binding in self.bindings:
                binding.load()
            self.notes_binding.load()
        finally:
            self._loading = False
