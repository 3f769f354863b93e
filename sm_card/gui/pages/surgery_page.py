"""Preparing for surgery: planned procedures, the letter's live preview, exports, the checklist.

The letter and the FHIR summary are built by the same code as the CLI (core/surgery,
render/letter, render/fhir); this page only shows them and hands them to files or a printer.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QSize, Qt, QTimer
from PySide6.QtGui import QPageSize
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sm_card.core import validation as v
from sm_card.core.atomic import OutputRefused, write_output_file
from sm_card.core.catalog import Catalog
from sm_card.core.models import PremedicationStep, Procedure
from sm_card.core.premedication import format_offset, parse_offset
from sm_card.core.surgery import build_letter, checklist_items, set_checklist_done
from sm_card.gui import colours, dialogs, pdf_pages
from sm_card.gui.catalog_words import catalog_text
from sm_card.gui.field_errors import field_error_text
from sm_card.gui.forms import error_label
from sm_card.gui.i18n import translate
from sm_card.gui.labels import wrapped_label
from sm_card.gui.output_warnings import warning_lines
from sm_card.gui.pages.list_page import Column, ListPage, ListSpec, field_column
from sm_card.gui.pdf_pages import PageImages, PageView, PageViews, PdfPages, PreviewSchedule
from sm_card.gui.session import ProfileSession
from sm_card.gui.window_state import remember
from sm_card.render.output_warnings import OutputWarning

PREVIEW_WIDTH = 560  # pixels of a previewed page the preview asks room for (about 68 dpi)
# Zoom: "fit" draws each page as wide as the preview; a percentage is of the page's true size
# on this screen. Fit width follows the room in steps, so a dragged window redraws few times,
# and never draws a page narrower than FIT_MIN_WIDTH.
ZOOMS = ("fit", "50", "75", "100", "125", "150", "200")
FIT_STEP = 16
FIT_MIN_WIDTH = 240
PRINT_DPI = 300


def procedures_spec() -> ListSpec:
    return ListSpec(
        "procedures", translate("SurgeryPage", "Planned procedures"),
        translate("SurgeryPage", "Operations or procedures ahead: the letter lists those from "
                  "today on."),
        (field_column(Procedure, "procedure", translate("SurgeryPage", "Procedure")),
         field_column(Procedure, "planned_on", translate("SurgeryPage", "Date")),
         field_column(Procedure, "planned_at", translate("SurgeryPage", "Time")),
         field_column(Procedure, "hospital", translate("SurgeryPage", "Hospital")),
         # Kept as it may have been imported, with its line breaks (the list pages' free
         # texts are edited as one line).
         Column("notes", translate("SurgeryPage", "Notes"),
                parse=lambda t: v.parse_text(t if t.strip() else None, multiline=True,
                                             key="notes"))),
        make=Procedure, remove_text=translate("SurgeryPage", "Remove procedure"),
        add_also=("planned_on",),
    )


class PremedicationSteps(QWidget):
    """The selected procedure's premedication steps: the physician's words and when.

    A step with a time becomes an alarm in the app and the calendar once the procedure has a
    date and a start time; one without a time is kept and printed, never alarmed.
    """

    WHEN, WHAT = 0, 1

    def __init__(self, session: ProfileSession, procedures: ListPage,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("premedicationSteps")
        self.session = session
        self.procedures = procedures
        self._loading = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = wrapped_label(self, name="stepsTitle")
        layout.addWidget(self.title)
        add_row = QHBoxLayout()
        self.when_edit = QLineEdit(self)
        self.when_edit.setObjectName("stepWhen")
        self.when_edit.setPlaceholderText(self.tr("When before (e.g. 24 h, 1 h, 30 min)"))
        # The examples whole when the box is too narrow to show them (a 1024-px window).
        self.when_edit.setToolTip(self.when_edit.placeholderText())
        self.what_edit = QLineEdit(self)
        self.what_edit.setObjectName("stepWhat")
        self.what_edit.setMaxLength(v.TEXT_LIMITS["what"])
        self.what_edit.setPlaceholderText(self.tr("What, as the physician wrote it"))
        self.what_edit.returnPressed.connect(self.add_step)
        self.add_button = QPushButton(self.tr("Add step"), self)
        self.add_button.setObjectName("addStepButton")
        self.add_button.clicked.connect(self.add_step)
        # "When" on a line of its own, as wide as its examples: beside the step's words in
        # the 420-px column of a 1024-px window it showed "Cuánto ant…".
        self.when_edit.setMinimumWidth(self.when_edit.fontMetrics().horizontalAdvance(
            self.when_edit.placeholderText()) + 16)
        when_row = QHBoxLayout()
        when_row.addWidget(self.when_edit)
        when_row.addStretch(1)
        layout.addLayout(when_row)
        add_row.addWidget(self.what_edit, 1)
        add_row.addWidget(self.add_button)
        layout.addLayout(add_row)
        self.error = error_label(self, "stepsError")
        layout.addWidget(self.error)
        self.table = QTableWidget(0, 2, self)
        self.table.setObjectName("stepsTable")
        self.table.setAccessibleName(self.tr("Premedication steps"))
        self.table.setHorizontalHeaderLabels([self.tr("Before the start"),
                                              self.tr("What (as the physician wrote it)")])
        self.table.horizontalHeader().setSectionResizeMode(
            self.WHEN, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(
            self.WHAT, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.itemChanged.connect(self._item_changed)
        layout.addWidget(self.table, 1)
        self.remove_button = QPushButton(self.tr("Remove step"), self)
        self.remove_button.setObjectName("removeStepButton")
        self.remove_button.clicked.connect(self.remove_selected)
        remove_row = QHBoxLayout()  # its own width, not the column's
        remove_row.addWidget(self.remove_button)
        remove_row.addStretch(1)
        # The steps ring on a phone once the calendar file is imported there: its export was
        # only on the Injectors page, which this page's words did not lead to.
        self.calendar_button = QPushButton(self.tr("Export to calendar…"), self)
        self.calendar_button.setObjectName("stepsCalendarButton")
        self.calendar_button.clicked.connect(self.export_calendar)
        remove_row.addWidget(self.calendar_button)
        layout.addLayout(remove_row)
        self._procedure_id: str | None = None
        procedures.table.itemSelectionChanged.connect(self._selection_changed)
        session.recordEdited.connect(self.load)
        session.profileChanged.connect(self.load)
        self.load()

    def export_calendar(self) -> None:
        from sm_card.gui.calendar_file import export_calendar

        path, text = export_calendar(self, self.session)
        if path is None and text:  # not written: said where the button is
            self.error.setText("⚠ " + text)
            self.error.show()
        else:
            self.error.hide()

    def _selection_changed(self) -> None:
        rows = self.procedures.table.selectionModel().selectedRows()
        entries = self.procedures.entries
        if rows and rows[0].row() < len(entries):
            self._procedure_id = entries[rows[0].row()].id
        self.load()

    def procedure(self) -> Procedure | None:
        """The procedure last selected (kept by id: the list reloads after each save), or the
        only one."""
        entries = self.procedures.entries
        found = next((p for p in entries if p.id == self._procedure_id), None)
        if found is None and len(entries) == 1:
            return entries[0]
        return found

    def load(self) -> None:
        procedure = self.procedure()
        for widget in (self.when_edit, self.what_edit, self.add_button, self.table,
                       self.remove_button):
            widget.setEnabled(procedure is not None)
        if procedure is None:
            self.title.setText("<b>" + self.tr("Premedication steps") + "</b> — "
                               + self.tr("select a procedure"))
        elif procedure.planned_on is None or procedure.planned_at is None:
            self.title.setText("<b>" + self.tr("Premedication steps for {p}").format(
                p=procedure.procedure) + "</b> — " + self.tr(
                "give the procedure a date and a time for the steps to remind you"))
        else:
            self.title.setText("<b>" + self.tr("Premedication steps for {p}").format(
                p=procedure.procedure) + "</b> — " + self.tr(
                "each step with a time reminds you in the app and in the calendar file"))
        self._loading = True
        try:
            self.table.setRowCount(0)
            for row, step in enumerate(procedure.premedication_steps if procedure else []):
                self.table.insertRow(row)
                self.table.setItem(row, self.WHEN,
                                   QTableWidgetItem(format_offset(step.minutes_before)))
                self.table.setItem(row, self.WHAT, QTableWidgetItem(step.what))
        finally:
            self._loading = False

    def _fail(self, message: str) -> None:
        self.error.setText("⚠ " + message)
        self.error.show()

    def add_step(self) -> None:
        procedure = self.procedure()
        if procedure is None:
            return
        try:
            minutes = parse_offset(self.when_edit.text())
            what = v.parse_text(self.what_edit.text().strip(), required=True, key="what") or ""
        except v.FieldError as err:
            self._fail(field_error_text(self.tr("Premedication step"), err))
            return
        self.error.hide()
        procedure.premedication_steps.append(PremedicationStep(what, minutes))
        if self.session.commit():
            self.when_edit.clear()
            self.what_edit.clear()
            # The steps' table may be below the fold (a 1024-px window): the new step is
            # brought into view, once the table shows it.
            QTimer.singleShot(0, self._show_last_step)

    def _show_last_step(self) -> None:
        row = self.table.rowCount() - 1
        if row < 0:
            return
        self.table.selectRow(row)
        self.table.scrollToBottom()
        area = self.parentWidget()
        while area is not None and not isinstance(area, QScrollArea):
            area = area.parentWidget()
        inner = area.widget() if isinstance(area, QScrollArea) else None
        if isinstance(area, QScrollArea) and inner is not None:
            bottom = self.table.mapTo(inner, self.table.rect().bottomLeft())
            area.ensureVisible(bottom.x(), bottom.y(), 0, 8)

    def _item_changed(self, item: QTableWidgetItem) -> None:
        procedure = self.procedure()
        if self._loading or procedure is None:
            return
        step = procedure.premedication_steps[item.row()]
        try:
            if item.column() == self.WHEN:
                step.minutes_before = parse_offset(item.text())
            else:
                step.what = v.parse_text(item.text().strip(), required=True, key="what") or ""
        except v.FieldError as err:
            self._fail(field_error_text(self.tr("Premedication step"), err))
            self.load()
            return
        self.error.hide()
        self.session.commit()

    def remove_selected(self) -> None:
        procedure = self.procedure()
        rows = self.table.selectionModel().selectedRows()
        if procedure is None or not rows:
            return
        del procedure.premedication_steps[rows[0].row()]
        self.session.commit()


class _ClickableLabel(QLabel):
    """A checkbox's words, wrapped; a click on them ticks the box, as on the box's own text."""

    def __init__(self, text: str, box: QCheckBox, parent: QWidget):
        super().__init__(text, parent)
        self.box = box
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setBuddy(box)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if self.box.isEnabled() and self.rect().contains(event.position().toPoint()):
            self.box.toggle()
        super().mouseReleaseEvent(event)


class _LetterScroll(QScrollArea):
    """The letter's scroll area asks for the room of PREVIEW_WIDTH-pixel pages whatever the
    zoom: the splitter shares the page between form and letter the same way at every zoom, and
    Fit width, which follows the room, cannot feed its own size back into it."""

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        hint = super().sizeHint()
        pages = self.widget()
        layout = pages.layout() if pages is not None else None
        margins = layout.contentsMargins() if layout is not None else None
        extra = (margins.left() + margins.right()) if margins is not None else 0
        width = (PREVIEW_WIDTH + 2 + extra + 2 * self.frameWidth()
                 + self.verticalScrollBar().sizeHint().width())
        return QSize(width, hint.height())


class SurgeryPage(QWidget):
    def __init__(self, session: ProfileSession, catalog: Catalog,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("surgeryPage")
        self.session = session
        self.catalog = catalog
        self._pdf: bytes = b""
        self.renders = 0  # letters rendered for the preview (a hidden page renders none)
        self.pages = PdfPages(self)
        self.page_images = PageImages(self.pages)

        outer = QHBoxLayout(self)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        outer.addWidget(splitter)

        # Left: procedures and the checklist, scrolling on a small screen (the splitter does
        # not give wrapped text the height it needs; a scroll area does).
        left_scroll = QScrollArea(splitter)
        left_scroll.setObjectName("surgeryLeft")
        left_scroll.setAccessibleName(self.tr("Procedures and checklist"))
        left_scroll.setWidgetResizable(True)
        left_scroll.setFrameShape(QFrame.Shape.NoFrame)
        left = QWidget(left_scroll)
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(QLabel("<h2>" + self.tr("Preparing for surgery") + "</h2>", left))
        self.procedures = ListPage(session, procedures_spec(), None, left)
        left_layout.addWidget(self.procedures, 2)
        self.steps = PremedicationSteps(session, self.procedures, left)
        left_layout.addWidget(self.steps, 1)

        left_layout.addWidget(QLabel("<b>" + self.tr("Your preparation checklist") + "</b>",
                                     left))
        checklist_note = wrapped_label(left, self.tr(
            "Steps from published sources; tick them off as you go. Ticks are saved and "
            "printed on the second part of the letter."))
        left_layout.addWidget(checklist_note)
        self.checklist_box = QWidget(left)
        self.checklist_box.setObjectName("checklist")
        self.checklist_layout = QVBoxLayout(self.checklist_box)
        self.checklist_layout.setContentsMargins(0, 0, 0, 0)
        self.checkboxes: dict[str, QCheckBox] = {}
        for item in catalog.preparation_checklist:
            # The box and its words apart: a checkbox's own text never wraps, and the longest
            # step alone made the page wider than a 1024-px screen.
            row = QHBoxLayout()
            box = QCheckBox(self.checklist_box)
            box.setObjectName(f"checklist_{item.id}")
            box.setAccessibleName(catalog_text(item.text))
            tip = self.tr("Source: {sources}").format(
                sources="; ".join(c.label for c in item.sources))
            box.setToolTip(tip)
            box.toggled.connect(lambda checked, i=item.id: self._tick(i, checked))
            words = _ClickableLabel(catalog_text(item.text), box, self.checklist_box)
            words.setObjectName(f"checklistText_{item.id}")
            words.setToolTip(tip)
            row.addWidget(box, 0, Qt.AlignmentFlag.AlignTop)
            row.addWidget(words, 1)
            self.checklist_layout.addLayout(row)
            self.checkboxes[item.id] = box
        left_layout.addWidget(self.checklist_box)
        left_layout.addStretch(1)
        left_scroll.setWidget(left)
        # Wide enough for its content (no sideways scrolling in English, German or Spanish), up
        # to 480 px: the letter's preview fits its pages to whatever room is left (Fit width).
        left_scroll.setMinimumWidth(min(480, left.minimumSizeHint().width()
                                        + left_scroll.verticalScrollBar().sizeHint().width()))

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
        # Print beside the paper it prints on; the exports in a row of their own: all three
        # in one row made the letter's side too wide for a 1024-px screen in longer languages.
        exports = QHBoxLayout()
        exports.addStretch(1)
        for row, name, text, slot in (
            (bar, "printButton", self.tr("Print…"), self.print_letter),
            (exports, "exportPdfButton", self.tr("Export PDF…"), self.export_pdf),
            (exports, "exportFhirButton", self.tr("Export FHIR…"), self.export_fhir),
        ):
            button = QPushButton(text, right)
            button.setObjectName(name)
            button.clicked.connect(slot)
            row.addWidget(button)
        right_layout.addLayout(bar)
        right_layout.addLayout(exports)
        # The page count and the zoom, as a document viewer shows them above its pages.
        bar = QHBoxLayout()
        self.status = wrapped_label(right, name="surgeryStatus", plain=True)
        bar.addWidget(self.status, 1)
        zoom_label = QLabel(self.tr("Zoom:"), right)
        bar.addWidget(zoom_label)
        self.zoom = QComboBox(right)
        self.zoom.setObjectName("zoomCombo")
        self.zoom.setToolTip(self.tr("Ctrl+wheel over the letter zooms too. Printing and "
                                     "exporting are always at true size."))
        zoom_label.setBuddy(self.zoom)
        for value in ZOOMS:
            self.zoom.addItem(self.tr("Fit width") if value == "fit"
                              else self.tr("{percent}%").format(percent=value), value)
        self.zoom.setCurrentIndex(max(0, self.zoom.findData(session.settings.letter_zoom)))
        self.zoom.currentIndexChanged.connect(self._zoom_chosen)
        bar.addWidget(self.zoom)
        right_layout.addLayout(bar)
        # What would not print as written (no glyph, a script that cannot be shaped).
        self.warnings_label = wrapped_label(right, name="letterWarnings", plain=True)
        colours.paint(self.warnings_label, "ink:caution")
        right_layout.addWidget(self.warnings_label)
        self.letter_warnings: list[OutputWarning] = []
        self.letter_scroll = _LetterScroll(right)
        self.letter_scroll.setObjectName("letterPreview")
        self.letter_scroll.setAccessibleName(self.tr("Preview of the letter"))
        self.letter_scroll.setWidgetResizable(True)
        # A letter runs to pages: the bar is always there, and counted in the size the
        # preview asks for, so that a page never needs sideways scrolling when there is room.
        self.letter_scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.letter_scroll.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.pages_widget = QWidget(self.letter_scroll)
        self.pages_layout = QVBoxLayout(self.pages_widget)
        self.pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.letter_scroll.setWidget(self.pages_widget)
        right_layout.addWidget(self.letter_scroll, 1)
        self.page_views = PageViews(self.page_images, PREVIEW_WIDTH, self.pages_widget,
                                    self.pages_layout, "letterPage")
        # A new room (Fit width) and Ctrl+wheel (zoom) arrive at the viewport.
        self.letter_scroll.viewport().installEventFilter(self)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 0)

        # Edits anywhere in the record arrive as a burst of commits: redraw once.
        self._preview = PreviewSchedule(self, self.refresh, today=lambda: session.today())
        session.recordEdited.connect(self._preview.edited)
        session.profileChanged.connect(self.load)
        self.load(render=True)

    # --- the record ------------------------------------------------------------------------

    def load(self, render: bool = False) -> None:
        profile = self.session.profile
        self.setEnabled(profile is not None)
        done = set(profile.checklist_done) if profile else set()
        for item_id, box in self.checkboxes.items():
            box.blockSignals(True)
            box.setChecked(item_id in done)
            box.blockSignals(False)
        if render:
            self.refresh()
        else:
            self._preview.changed()

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
        self.page_views.hide_all()  # none paints a page that may be gone from the new PDF
        if self.session.profile is None:
            self._pdf = b""
            self.page_images.clear()
            self.pages.close()
            self.status.clear()
            self.warnings_label.clear()
            return
        self.renders += 1
        self._pdf = self.letter_pdf()
        if self.letter_warnings:
            self.warnings_label.setText(self.tr("Check before printing:") + "\n"
                                        + warning_lines(self.letter_warnings))
        else:
            self.warnings_label.clear()
        self.page_images.clear()
        self.pages.load(self._pdf)
        self.page_views.set_width(self.page_width())
        self.page_views.show_pages(self.pages.page_count)
        self.status.setText(self.tr("%n page(s), {paper}", "", self.pages.page_count).format(
            paper=self.paper.currentText()))

    # --- zoom ----------------------------------------------------------------------------------

    def _fit_width(self) -> int:
        margins = self.pages_layout.contentsMargins()
        room = self.letter_scroll.viewport().width() - margins.left() - margins.right() - 2
        return max(FIT_MIN_WIDTH, room // FIT_STEP * FIT_STEP)

    def _true_width(self, percent: int) -> int:
        """Pixels of the letter's page at ``percent`` of its true size on this screen."""
        points = (self.pages.point_size(0).width() if self.pages.page_count
                  else QPageSize(QPageSize.PageSizeId.A4).sizePoints().width())
        return round(points / 72 * self.logicalDpiX() * percent / 100)

    def page_width(self) -> int:
        """How wide, in pixels, the preview draws a page at the chosen zoom."""
        zoom = self.zoom.currentData()
        return self._fit_width() if zoom == "fit" else self._true_width(int(zoom))

    def _zoom_chosen(self) -> None:
        self.page_views.set_width(self.page_width())
        zoom = self.zoom.currentData()
        remember(lambda: self.session.settings.set("letter_zoom", zoom))

    def step_zoom(self, steps: int) -> None:
        """Ctrl+wheel: the next larger (or smaller) percentage than the page's width now."""
        now = self.page_views.width
        percents = [int(z) for z in ZOOMS if z != "fit"]
        if steps > 0:
            bigger = [p for p in percents if self._true_width(p) > now]
            choice = bigger[0] if bigger else percents[-1]
        else:
            smaller = [p for p in percents if self._true_width(p) < now]
            choice = smaller[-1] if smaller else percents[0]
        self.zoom.setCurrentIndex(self.zoom.findData(str(choice)))

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if watched is self.letter_scroll.viewport():
            if event.type() == QEvent.Type.Resize and self.zoom.currentData() == "fit":
                self.page_views.set_width(self._fit_width())
            elif (event.type() == QEvent.Type.Wheel
                  and event.modifiers() & Qt.KeyboardModifier.ControlModifier):
                delta = event.angleDelta().y()
                if delta:
                    self.step_zoom(1 if delta > 0 else -1)
                return True  # a zoom, not a scroll
        return super().eventFilter(watched, event)

    @property
    def page_labels(self) -> list[PageView]:
        """The views of the letter's pages on screen, in order."""
        return self.page_views.shown

    @property
    def preview_page_count(self) -> int:
        return len(self.page_views.shown)

    # --- output --------------------------------------------------------------------------------

    def _suggested(self, suffix: str) -> str:
        name = self.session.profile.name if self.session.profile else "letter"
        safe = "".join(c if c.isalnum() or c in "-_" else "-" for c in name).strip("-")
        return str(Path.home() / f"{safe or 'record'}{suffix}")

    def _write(self, path: str, data: bytes, what: str, notes: str = "") -> bool:
        try:
            write_output_file(Path(path), data, self.session.store.path.parent)
        except (OSError, OutputRefused) as err:
            from sm_card.gui.refusal_words import not_written_text

            dialogs.inform(self, self.tr("Not saved"), not_written_text(path, err))
            return False
        self.status.setText(self.tr("Saved {path}").format(path=path))
        dialogs.exported(self, path, what, notes)
        return True

    def export_pdf(self) -> None:
        if self.session.profile is None:
            return
        path = dialogs.save_file(self, self.tr("Export the letter"),
                                 self._suggested("-preoperative-letter.pdf"),
                                 self.tr("PDF files (*.pdf)"))
        if path:
            pdf = self.letter_pdf()  # (sets letter_warnings: what would not print as written)
            self._write(path, pdf, self.tr("The letter"), warning_lines(self.letter_warnings))

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
            self._write(path, text.encode("utf-8"), self.tr("The FHIR patient summary"))

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
