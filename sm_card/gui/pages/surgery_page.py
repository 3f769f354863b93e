"""Preparing for surgery: planned procedures, the letter's live preview, exports, the checklist.

The letter and the FHIR summary are built by the same code as the CLI (core/surgery,
render/letter, render/fhir); this page only shows them and hands them to files or a printer.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPageSize, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from sm_card.core import validation as v
from sm_card.core.atomic import OutputRefused, write_output_file
from sm_card.core.catalog import Catalog
from sm_card.core.models import Procedure
from sm_card.core.surgery import build_letter, checklist_items, set_checklist_done
from sm_card.gui import dialogs, pdf_pages
from sm_card.gui.pages.list_page import Column, ListPage, ListSpec
from sm_card.gui.pdf_pages import PdfPages, PreviewSchedule
from sm_card.gui.session import ProfileSession

PREVIEW_WIDTH = 560  # pixels of one previewed page
PRINT_DPI = 300


def procedures_spec(tr) -> ListSpec:
    return ListSpec(
        "procedures", tr("Planned procedures"),
        tr("Operations or procedures ahead: the letter lists those from today on."),
        (Column("procedure", tr("Procedure"), required=True),
         Column("planned_on", tr("Date"),
                parse=lambda t: v.parse_date(t.strip() or None)),
         Column("hospital", tr("Hospital")),
         Column("notes", tr("Notes"),
                parse=lambda t: v.parse_text(t if t.strip() else None, multiline=True,
                                             key="notes"))),
        make=Procedure,
    )


class SurgeryPage(QWidget):
    def __init__(self, session: ProfileSession, catalog: Catalog,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("surgeryPage")
        self.session = session
        self.catalog = catalog
        self._pdf: bytes = b""
        self.pages = PdfPages(self)

        outer = QHBoxLayout(self)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        outer.addWidget(splitter)

        # Left: procedures and the checklist.
        left = QWidget(splitter)
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(QLabel("<h2>" + self.tr("Preparing for surgery") + "</h2>", left))
        self.procedures = ListPage(session, procedures_spec(self.tr), None, left)
        left_layout.addWidget(self.procedures, 2)

        left_layout.addWidget(QLabel("<b>" + self.tr("Your preparation checklist") + "</b>",
                                     left))
        checklist_note = QLabel(self.tr(
            "Steps from published sources; tick them off as you go. Ticks are saved and "
            "printed on the second part of the letter."), left)
        checklist_note.setWordWrap(True)
        left_layout.addWidget(checklist_note)
        self.checklist_box = QWidget(left)
        self.checklist_box.setObjectName("checklist")
        self.checklist_layout = QVBoxLayout(self.checklist_box)
        self.checklist_layout.setContentsMargins(0, 0, 0, 0)
        self.checkboxes: dict[str, QCheckBox] = {}
        for item in catalog.preparation_checklist:
            box = QCheckBox(item.text, self.checklist_box)
            box.setObjectName(f"checklist_{item.id}")
            box.setToolTip(self.tr("Source: {sources}").format(
                sources="; ".join(c.label for c in item.sources)))
            box.toggled.connect(lambda checked, i=item.id: self._tick(i, checked))
            self.checklist_layout.addWidget(box)
            self.checkboxes[item.id] = box
        left_layout.addWidget(self.checklist_box)
        left_layout.addStretch(1)

        # Right: the letter's preview and what to do with it.
        right = QWidget(splitter)
        right_layout = QVBoxLayout(right)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Paper:"), right))
        self.paper = QComboBox(right)
        self.paper.setObjectName("paperCombo")
        self.paper.addItem(self.tr("A4"), "a4")
        self.paper.addItem(self.tr("US Letter"), "letter")
        self.paper.setCurrentIndex(max(0, self.paper.findData(session.settings.paper)))
        self.paper.currentIndexChanged.connect(self.refresh)
        bar.addWidget(self.paper)
        bar.addStretch(1)
        for name, text, slot in (
            ("exportPdfButton", self.tr("Export PDF…"), self.export_pdf),
            ("printButton", self.tr("Print…"), self.print_letter),
            ("exportFhirButton", self.tr("Export FHIR…"), self.export_fhir),
        ):
            button = QPushButton(text, right)
            button.setObjectName(name)
            button.clicked.connect(slot)
            bar.addWidget(button)
        right_layout.addLayout(bar)
        self.status = QLabel(right)
        self.status.setObjectName("surgeryStatus")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        right_layout.addWidget(self.status)
        # What would not print as written (no glyph, a script that cannot be shaped).
        self.warnings_label = QLabel(right)
        self.warnings_label.setObjectName("letterWarnings")
        self.warnings_label.setWordWrap(True)
        self.warnings_label.setTextFormat(Qt.TextFormat.PlainText)
        self.warnings_label.setStyleSheet("color: #8a1c00;")
        right_layout.addWidget(self.warnings_label)
        self.letter_warnings: list[str] = []
        self.letter_scroll = QScrollArea(right)
        self.letter_scroll.setObjectName("letterPreview")
        self.letter_scroll.setWidgetResizable(True)
        self.letter_scroll.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.pages_widget = QWidget(self.letter_scroll)
        self.pages_layout = QVBoxLayout(self.pages_widget)
        self.pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.letter_scroll.setWidget(self.pages_widget)
        right_layout.addWidget(self.letter_scroll, 1)
        self.page_labels: list[QLabel] = []
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)

        # Edits anywhere in the record arrive as a burst of commits: redraw once.
        self._preview = PreviewSchedule(self, self.refresh, 150)
        session.recordEdited.connect(self._preview.edited)
        session.profileChanged.connect(self.load)
        self.load()

    # --- the record ------------------------------------------------------------------------

    def load(self) -> None:
        profile = self.session.profile
        self.setEnabled(profile is not None)
        done = set(profile.checklist_done) if profile else set()
        for item_id, box in self.checkboxes.items():
            box.blockSignals(True)
            box.setChecked(item_id in done)
            box.blockSignals(False)
        self.refresh()

    def _tick(self, item_id: str, checked: bool) -> None:
        if self.session.profile is None:
            return
        set_checklist_done(self.session.profile, item_id, checked)
        self.session.commit()

    @property
    def paper_size(self) -> str:
        return self.paper.currentData()

    def letter_pdf(self) -> bytes:
        from sm_card.render.letter import build_letter_pdf

        profile = self.session.profile
        assert profile is not None
        letter = build_letter(profile, self.catalog, self.session.today(),
                              self.session.settings.emergency_number_for(profile.db_id))
        result = build_letter_pdf(letter, self.paper_size)
        self.letter_warnings = result.warnings
        return result.pdf

    def checklist_state(self) -> dict[str, bool]:
        profile = self.session.profile
        if profile is None:
            return {}
        return {i.id: i.done for i in checklist_items(profile, self.catalog)}

    # --- preview -----------------------------------------------------------------------------

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self._preview.shown()

    def refresh(self) -> None:
        self._preview.refreshing()
        for label in self.page_labels:
            label.deleteLater()
        self.page_labels = []
        if self.session.profile is None:
            self._pdf = b""
            self.pages.close()
            self.status.clear()
            self.warnings_label.clear()
            return
        self._pdf = self.letter_pdf()
        if self.letter_warnings:
            self.warnings_label.setText(self.tr("Check before printing:") + "\n"
                                        + "\n".join("• " + w for w in self.letter_warnings))
        else:
            self.warnings_label.clear()
        self.pages.load(self._pdf)
        for index in range(self.pages.page_count):
            image = self.pages.image(index, PREVIEW_WIDTH)
            label = QLabel(self.pages_widget)
            label.setObjectName(f"letterPage{index + 1}")
            label.setPixmap(QPixmap.fromImage(image))
            label.setStyleSheet("border: 1px solid #999;")
            self.pages_layout.addWidget(label)
            self.page_labels.append(label)
        self.status.setText(self.tr("{n} page(s), {paper}").format(
            n=self.pages.page_count, paper=self.paper.currentText()))

    @property
    def preview_page_count(self) -> int:
        return len(self.page_labels)

    # --- output --------------------------------------------------------------------------------

    def _suggested(self, suffix: str) -> str:
        name = self.session.profile.name if self.session.profile else "letter"
        safe = "".join(c if c.isalnum() or c in "-_" else "-" for c in name).strip("-")
        return str(Path.home() / f"{safe or 'record'}{suffix}")

    def _write(self, path: str, data: bytes) -> bool:
        try:
            write_output_file(Path(path), data, self.session.store.path.parent)
        except (OSError, OutputRefused) as err:
            why = err.strerror if isinstance(err, OSError) and err.strerror else err
            dialogs.inform(self, self.tr("Not saved"),
                           self.tr("{path}: cannot write ({why})").format(path=path, why=why))
            return False
        self.status.setText(self.tr("Saved {path}").format(path=path))
        return True

    def export_pdf(self) -> None:
        if self.session.profile is None:
            return
        path = dialogs.save_file(self, self.tr("Export the letter"),
                                 self._suggested("-preoperative-letter.pdf"),
                                 self.tr("PDF files (*.pdf)"))
        if path:
            self._write(path, self.letter_pdf())

    def export_fhir(self) -> None:
        from sm_card.render.fhir import bundle_json, lookup_from

        profile = self.session.profile
        if profile is None:
            return
        path = dialogs.save_file(self, self.tr("Export FHIR patient summary"),
                                 self._suggested("-patient-summary.json"),
                                 self.tr("FHIR JSON (*.json)"))
        if path:
            text = bundle_json(profile, lookup_from(self.catalog), self.session.now())
            self._write(path, text.encode("utf-8"))

    def print_letter(self) -> bool:
        """Print at 100 %: each PDF page drawn at the printer's resolution, full page."""
        if self.session.profile is None:
            return False
        self.refresh()
        page_id = QPageSize.PageSizeId.A4 if self.paper_size == "a4" else (
            QPageSize.PageSizeId.Letter)
        printed = pdf_pages.print_pdf(self, self.pages, QPageSize(page_id),
                                      self.tr("Pre-operative letter"), PRINT_DPI)
        if printed is None:
            dialogs.inform(self, self.tr("Not printed"), self.tr("The printer could not start."))
        if not printed:
            return False
        self.status.setText(self.tr("Sent to the printer"))
        return True
