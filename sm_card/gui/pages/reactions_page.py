"""The reaction log: dated reactions (trigger, signs, treatment, acute tryptase), kept as
evidence for the physicians and printed on the pre-operative letter."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sm_card.core import validation as v
from sm_card.core.dates import read_date
from sm_card.core.models import Diagnosis, Reaction
from sm_card.core.reactions import in_order, linked_avoid
from sm_card.core.tryptase import above_threshold, acute_threshold, baseline_of, format_ng
from sm_card.gui.cut_text import CutTextDelegate
from sm_card.gui.field_errors import field_error_text
from sm_card.gui.forms import error_label, with_picker
from sm_card.gui.labels import wrapped_label
from sm_card.gui.session import ProfileSession


class ReactionsPage(QWidget):
    COLUMNS = 6

    def __init__(self, session: ProfileSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("reactionsPage")
        self.session = session
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("<h2>" + self.tr("Reactions") + "</h2>", self))
        intro = wrapped_label(self, self.tr(
            "Reactions you lived through, as evidence for your physicians. The pre-operative "
            "letter prints them, and an avoid entry linked to a reaction shows its date."))
        layout.addWidget(intro)
        self.threshold = wrapped_label(self, name="thresholdLabel", plain=True)
        layout.addWidget(self.threshold)

        form = QFormLayout()
        self.edits: dict[str, QLineEdit] = {}
        for key, label, hint in (
            ("occurred_on", self.tr("Date"), self.tr("e.g. 2025-05-03 or 3.5.2025")),
            ("trigger", self.tr("Trigger"), self.tr("what set it off, as you would write it")),
            ("signs", self.tr("Signs"), self.tr("e.g. hives, low blood pressure")),
            ("treatment", self.tr("Treatment given"), self.tr("e.g. epinephrine")),
            ("tryptase", self.tr("Acute tryptase (ng/mL)"), self.tr("optional")),
        ):
            edit = QLineEdit(self)
            edit.setObjectName(f"reaction_{key}")
            edit.setPlaceholderText(hint)
            if key in v.TEXT_LIMITS:
                edit.setMaxLength(v.TEXT_LIMITS[key])
            self.edits[key] = edit
            if key == "occurred_on":  # typed as written, or picked from a calendar
                box, self.date_picker = with_picker(edit, lambda: None)
                form.addRow(label, box)
            else:
                form.addRow(label, edit)
        self.avoid_combo = QComboBox(self)
        self.avoid_combo.setObjectName("reactionAvoid")
        form.addRow(self.tr("Linked avoid entry"), self.avoid_combo)
        layout.addLayout(form)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add reaction"), self)
        self.add_button.setObjectName("addReactionButton")
        self.add_button.clicked.connect(self.add_reaction)
        buttons.addWidget(self.add_button)
        self.remove_button = QPushButton(self.tr("Remove selected"), self)
        self.remove_button.setObjectName("removeReactionButton")
        self.remove_button.clicked.connect(self.remove_selected)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.error = error_label(self, "reactionError")
        layout.addWidget(self.error)

        self.table = QTableWidget(0, self.COLUMNS, self)
        self.table.setObjectName("reactionsTable")
        self.table.setAccessibleName(self.tr("Reactions recorded"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Date"), self.tr("Trigger"), self.tr("Avoid entry"), self.tr("Signs"),
            self.tr("Treatment given"), self.tr("Acute tryptase")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for column in (0, self.COLUMNS - 1):  # the date and the tryptase: as wide as they are
            self.table.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setItemDelegate(CutTextDelegate(self.table))  # a cut cell shows all on hover
        layout.addWidget(self.table, 1)
        self._ids: list[str] = []
        session.profileChanged.connect(self.load)
        session.recordEdited.connect(self.load)
        self.load()

    def load(self) -> None:
        profile = self.session.profile
        self.setEnabled(profile is not None)
        self.table.setRowCount(0)
        self._ids = []
        self.avoid_combo.clear()
        self.avoid_combo.addItem(self.tr("(none)"), None)
        if profile is None:
            self.threshold.clear()
            return
        for entry in profile.avoid:
            self.avoid_combo.addItem(entry.agent, entry.agent)
        self.threshold.setText(self.threshold_words(profile.diagnosis))
        for row, reaction in enumerate(in_order(profile)):
            self.table.insertRow(row)
            linked = linked_avoid(profile, reaction)
            avoid = "" if reaction.avoid_agent is None else (
                reaction.avoid_agent if linked is not None
                else self.tr("{agent} (no longer in the avoid list)").format(
                    agent=reaction.avoid_agent))
            cells = [reaction.occurred_on.isoformat(), reaction.trigger or "", avoid,
                     reaction.signs or "", reaction.treatment or "",
                     self.tryptase_words(reaction.acute_tryptase_ng_ml,
                                         baseline_of(profile.diagnosis))]
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
            self._ids.append(reaction.id)

    # core/tryptase words these for the printed letter and the action plan (English); the page
    # words the same facts itself so that they are translated.
    def threshold_words(self, diagnosis: Diagnosis | None) -> str:
        baseline = baseline_of(diagnosis)
        if baseline is None:
            return self.tr("Baseline tryptase: not recorded, so no acute threshold can be given.")
        facts = {"baseline": format_ng(baseline),
                 "threshold": format_ng(acute_threshold(baseline))}
        measured = diagnosis.tryptase_measured_on if diagnosis is not None else None
        if measured is None:
            return self.tr("Baseline tryptase {baseline} ng/mL → an acute value above "
                           "{threshold} ng/mL supports mast-cell activation (20 % + 2 formula)."
                           ).format(**facts)
        return self.tr("Baseline tryptase {baseline} ng/mL (measured {date}) → an acute value "
                       "above {threshold} ng/mL supports mast-cell activation (20 % + 2 "
                       "formula).").format(date=measured.isoformat(), **facts)

    def tryptase_words(self, acute: float | None, baseline: float | None) -> str:
        if acute is None:
            return ""
        above = above_threshold(acute, baseline)
        if baseline is None or above is None:
            return self.tr("{acute} ng/mL (no baseline recorded: no threshold)").format(
                acute=format_ng(acute))
        facts = {"acute": format_ng(acute), "threshold": format_ng(acute_threshold(baseline))}
        if above:
            return self.tr("{acute} ng/mL (threshold {threshold}: above)").format(**facts)
        return self.tr("{acute} ng/mL (threshold {threshold}: not above)").format(**facts)

    def _fail(self, message: str) -> None:
        self.error.setText("⚠ " + message)
        self.error.show()

    def add_reaction(self) -> None:
        profile = self.session.profile
        if profile is None:
            return
        e = self.edits
        labels = {"occurred_on": self.tr("Date"), "trigger": self.tr("Trigger"),
                  "signs": self.tr("Signs"), "treatment": self.tr("Treatment given"),
                  "tryptase": self.tr("Acute tryptase")}
        try:
            key = "occurred_on"
            occurred = read_date(e[key].text())
            v.parse_date(occurred, required=True, not_after=self.session.today())
            values = {}
            for key in ("trigger", "signs", "treatment"):
                values[key] = v.parse_text(e[key].text().strip() or None, key=key)
            key = "tryptase"
            tryptase = v.parse_acute_tryptase(v.number_from_input(e[key].text()))
        except v.FieldError as err:
            self._fail(field_error_text(labels[key], err))
            return
        if len(profile.reactions) >= v.LIST_LIMITS["reactions"]:
            self._fail(self.tr("The reaction log is full."))
            return
        self.error.hide()
        profile.reactions.append(Reaction(
            occurred_on=occurred, trigger=values["trigger"],
            avoid_agent=self.avoid_combo.currentData(), signs=values["signs"],
            treatment=values["treatment"], acute_tryptase_ng_ml=tryptase))
        if self.session.commit():
            for edit in e.values():
                edit.clear()
            self.avoid_combo.setCurrentIndex(0)

    def remove_selected(self) -> None:
        profile = self.session.profile
        rows = self.table.selectionModel().selectedRows()
        if profile is None or not rows:
            return
        reaction_id = self._ids[rows[0].row()]
        profile.reactions = [r for r in profile.reactions if r.id != reaction_id]
        self.session.commit()
