"""The Card section: live preview of the wallet card, export and true-size printing.

The preview is the PDF itself (render/card.py, the same code as ``sm-card card``) drawn by
PDFium onto white, so what the user sees is what prints. Edits arrive as a burst of commits; the
preview redraws once, right after them (a card renders in a few tens of ms), and only while the
page is on screen.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSizeF, Qt, QTimer
from PySide6.QtGui import QPageSize, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from sm_card.core.atomic import OutputRefused, write_output_file
from sm_card.gui import colours, dialogs, pdf_pages
from sm_card.gui.forms import takes_the_room_left
from sm_card.gui.labels import wrapped_label
from sm_card.gui.output_warnings import warning_lines
from sm_card.gui.pdf_pages import PdfPages, PreviewSchedule
from sm_card.gui.session import ProfileSession

if TYPE_CHECKING:
    from sm_card.render.card import CardRender

FACE_WIDTH = 428  # preview pixels of one face at the least (about 127 dpi)
FACE_MAX_WIDTH = 640  # and at the most, on a wide screen (about 190 dpi)
FACE_STEP = 24  # the width follows the window in steps: a drag redraws few times
SHEET_WIDTH = 300
# Raster resolution sent to the printer (capped by the printer's own): an ID-1 page at 600 dpi
# is 2 MP; an A4 sheet stays at 300 dpi (35 MP) to keep memory sane.
PRINT_DPI = {"card": 600, "sheet": 300}


class CardPage(QWidget):
    def __init__(self, session: ProfileSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("cardPage")
        self.session = session
        self.result: CardRender | None = None  # the last CardRender of the card layout (preview)
        self.renders = 0  # previews drawn so far (a hidden page draws none)
        self._faces = PdfPages(self)
        self._sheet = PdfPages(self)

        outer = QVBoxLayout(self)
        title = QLabel(self.tr("Wallet card"), self)
        title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        outer.addWidget(title)

        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Print as:"), self))
        self.layout_combo = QComboBox(self)
        self.layout_combo.setObjectName("layoutCombo")
        self.layout_combo.addItem(self.tr("Fold-over sheet (cut and fold)"), "sheet")
        self.layout_combo.addItem(self.tr("Card-size pages (front, back)"), "card")
        self.layout_combo.currentIndexChanged.connect(self._options_changed)
        bar.addWidget(self.layout_combo)
        bar.addWidget(QLabel(self.tr("Paper:"), self))
        self.paper_combo = QComboBox(self)
        self.paper_combo.setObjectName("paperCombo")
        self.paper_combo.addItem(self.tr("A4"), "a4")
        self.paper_combo.addItem(self.tr("US Letter"), "letter")
        self.paper_combo.setCurrentIndex(max(0, self.paper_combo.findData(
            session.settings.paper)))
        self.paper_combo.currentIndexChanged.connect(self._options_changed)
        bar.addWidget(self.paper_combo)
        bar.addStretch(1)
        outer.addLayout(bar)
        # A second row: in one, a longer language pushed Export and Print off a 1024-px screen.
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Emergency number:"), self))
        self.number_combo = QComboBox(self)
        self.number_combo.setObjectName("emergencyNumberCombo")
        self.number_combo.setEditable(True)
        self.number_combo.setToolTip(self.tr(
            "The number printed on this person's card and letter to call in an emergency; "
            "type another if yours differs"))
        from sm_card.core.emergency_numbers import NUMBERS

        for entry in NUMBERS:
            self.number_combo.addItem(entry.number)
            self.number_combo.setItemData(self.number_combo.count() - 1,
                                          self._where_it_applies(entry.number),
                                          Qt.ItemDataRole.ToolTipRole)
        self.number_combo.setCurrentText(self.emergency_number)
        number_edit = self.number_combo.lineEdit()
        assert number_edit is not None  # the combo is editable
        number_edit.editingFinished.connect(self._number_changed)
        self.number_combo.activated.connect(self._number_changed)
        bar.addWidget(self.number_combo)
        bar.addStretch(1)
        self.export_button = QPushButton(self.tr("Export PDF…"), self)
        self.export_button.setObjectName("exportPdfButton")
        self.export_button.clicked.connect(self.export_pdf)
        bar.addWidget(self.export_button)
        self.print_button = QPushButton(self.tr("Print…"), self)
        self.print_button.setObjectName("printButton")
        self.print_button.clicked.connect(self.print_card)
        bar.addWidget(self.print_button)
        outer.addLayout(bar)
        # Said in words from the first run on, so that nobody prints "call 112" unaware:
        # where the number comes from, and that it can be changed.
        self.number_note = wrapped_label(self, name="emergencyNumberNote", plain=True,
                                         style="font-weight: bold;")
        note_row = QHBoxLayout()
        note_row.addWidget(self.number_note, 1)
        # The number belongs to this profile; this makes it the default of every profile that
        # has none of its own (a family at home), without touching those that have one.
        self.share_number = QPushButton(self.tr("Default for all profiles"), self)
        self.share_number.setObjectName("shareEmergencyNumber")
        self.share_number.setToolTip(self.tr(
            "Use this number for every profile that has no number of its own"))
        self.share_number.clicked.connect(self.share_emergency_number)
        note_row.addWidget(self.share_number)
        outer.addLayout(note_row)
        self._show_number_note()
        # "Your printed card lacks vancomycin": what changed since the last card was made.
        self.stale_label = wrapped_label(self, name="cardStaleNote", plain=True)
        colours.paint(self.stale_label, "ink:caution")
        bold = self.stale_label.font()
        bold.setBold(True)
        self.stale_label.setFont(bold)
        self.stale_label.hide()
        outer.addWidget(self.stale_label)

        body = QHBoxLayout()
        scroll = QScrollArea(self)
        scroll.setObjectName("cardPreview")
        scroll.setAccessibleName(self.tr("Preview of the card"))
        scroll.setWidgetResizable(True)
        previews = QWidget(scroll)
        column = QVBoxLayout(previews)
        self.front_label = QLabel(previews)
        self.front_label.setObjectName("frontPreview")
        self.back_label = QLabel(previews)
        self.back_label.setObjectName("backPreview")
        self.sheet_label = QLabel(previews)
        self.sheet_label.setObjectName("sheetPreview")
        for caption, label in ((self.tr("Front"), self.front_label),
                               (self.tr("Back"), self.back_label),
                               (self.tr("Printed sheet"), self.sheet_label)):
            label.setStyleSheet("border: 1px solid #999; background: white;")
            label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            heading = QLabel(caption, previews)
            heading.setObjectName(f"{label.objectName()}Caption")
            column.addWidget(heading)
            column.addWidget(label, 0, Qt.AlignmentFlag.AlignLeft)  # frame hugs the page
        column.addStretch(1)
        scroll.setWidget(previews)
        body.addWidget(scroll, 3)
        # The faces grow with the room there is (a wide window shows the small print larger).
        self._preview_scroll = scroll
        self._preview_column = column
        self._face_width = FACE_WIDTH
        scroll.viewport().installEventFilter(self)

        side = QVBoxLayout()
        self.warnings_label = wrapped_label(self, name="cardWarnings", plain=True)
        side.addWidget(self.warnings_label)
        qr_caption = wrapped_label(
            self, self.tr("The QR code holds (a phone camera reads it offline):"))
        side.addWidget(qr_caption)
        self.qr_text = QPlainTextEdit(self)
        self.qr_text.setObjectName("qrText")
        self.qr_text.setReadOnly(True)
        takes_the_room_left(self.qr_text)  # (the page scrolled at 1024×700 for its sake)
        side.addWidget(self.qr_text, 1)
        body.addLayout(side, 2)
        outer.addLayout(body, 1)

        # After an edit the faces are drawn first and the printed sheet (the same faces again,
        # four times) right after them, so the card is on screen sooner.
        self._sheet_timer = QTimer(self)
        self._sheet_timer.setSingleShot(True)
        self._sheet_timer.setInterval(0)
        self._sheet_timer.timeout.connect(self._render_sheet)
        self._preview = PreviewSchedule(self, lambda: self.refresh(sheet_later=True),
                                        today=lambda: session.today())
        session.recordEdited.connect(self._preview.edited)
        session.profileChanged.connect(self._profile_changed)
        self.refresh()

    # --- options ------------------------------------------------------------------------------

    @property
    def layout_choice(self) -> str:
        return self.layout_combo.currentData()

    @property
    def paper(self) -> str:
        return self.paper_combo.currentData()

    @property
    def _profile_id(self) -> int | None:
        profile = self.session.profile
        return profile.db_id if profile is not None else None

    @property
    def emergency_number(self) -> str:
        """This profile's number: its own, else the shared setting, else the locale's."""
        return self.session.settings.emergency_number_for(self._profile_id)

    def _where_it_applies(self, number: str) -> str | None:
        """Where ``number`` is the one to call (core/emergency_numbers.NUMBERS), in the
        person's language; None for a number not in that table."""
        if number == "112":
            return self.tr("European Union, and mobile phones in most of the world")
        if number == "911":
            return self.tr("United States, Canada, Mexico")
        if number == "999":
            return self.tr("United Kingdom, Ireland (also 112)")
        if number == "000":
            return self.tr("Australia")
        if number == "111":
            return self.tr("New Zealand")
        if number == "119":
            return self.tr("Japan (ambulance)")
        if number == "120":
            return self.tr("China (ambulance)")
        from sm_card.core.emergency_numbers import describe

        return describe(number)  # a number added to the table and not worded here yet

    def _show_number_note(self) -> None:
        source = self.session.settings.emergency_number_source(self._profile_id)
        where = {"region": self.tr("from your region"),
                 "setting": self.tr("your setting"),
                 "profile": self.tr("set for this profile")}[source]
        number = self.emergency_number
        applies = self._where_it_applies(number)
        text = self.tr("Emergency number on the card and letter: {number} ({where})").format(
            number=number, where=where)
        if applies:
            text += " \u2014 " + applies
        text += self.tr(". Change it above if it is not the number to call where you are.")
        self.number_note.setText(text)
        self.share_number.setEnabled(
            self._profile_id is not None and number != self.session.settings.emergency_number)

    def share_emergency_number(self) -> None:
        """Make this profile's number the shared default (profiles with their own keep it)."""
        if self._profile_id is None:
            return
        settings = self.session.settings
        number = self.emergency_number
        settings.set_emergency_number_for(None, number)
        settings.set_emergency_number_for(self._profile_id, None)  # now from the shared one
        self._show_number_note()

    def _number_changed(self) -> None:
        number = self.number_combo.currentText().strip()
        valid = bool(number) and len(number) <= 20 and all(
            c.isdigit() or c in "+ -" for c in number)
        if not valid:
            self.number_combo.setCurrentText(self.emergency_number)
            return
        if number != self.emergency_number:
            self.session.settings.set_emergency_number_for(self._profile_id, number)
            self._show_number_note()
            self.refresh()

    def _profile_changed(self) -> None:
        self.number_combo.setCurrentText(self.emergency_number)
        self._show_number_note()
        self._preview.changed()

    def _options_changed(self) -> None:
        self.paper_combo.setEnabled(self.layout_choice == "sheet")
        self.refresh()

    # --- rendering ------------------------------------------------------------------------------

    def build(self, layout: str):
        from sm_card.render.card import build_card

        profile = self.session.profile
        assert profile is not None
        settings = self.session.settings
        return build_card(profile, emergency_number=settings.emergency_number_for(profile.db_id),
                          today=self.session.today(), layout=layout, paper=self.paper,
                          reuse_qr=self.result.matrix if self.result else None,
                          qr_format=settings.qr_format,
                          # the photo only when the person chose it (Person page)
                          photo=profile.photo_jpeg if settings.card_photo_for(profile.db_id)
                          else None)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self._preview.shown()

    def refresh(self, sheet_later: bool = False) -> None:
        self._preview.refreshing()
        self._sheet_timer.stop()
        profile = self.session.profile
        self.setEnabled(profile is not None)
        if profile is None:
            self.result = None
            for label in (self.front_label, self.back_label, self.sheet_label):
                label.clear()
            self.qr_text.clear()
            self.warnings_label.clear()
            return
        self.renders += 1
        self.result = result = self.build("card")
        self._faces.load(result.pdf)
        self._face_width = self._fitting_face_width()
        self._show_faces()
        sheet_visible = self.layout_choice == "sheet"
        self.sheet_label.setVisible(sheet_visible)
        caption = self.findChild(QLabel, "sheetPreviewCaption")
        if caption is not None:
            caption.setVisible(sheet_visible)
        if sheet_visible and sheet_later:
            self._sheet_timer.start()
        elif sheet_visible:
            self._render_sheet()
        self.qr_text.setPlainText(result.qr.text)
        self._show_stale()
        if result.warnings:
            self.warnings_label.setText(self.tr("Check before printing:") + "\n"
                                        + warning_lines(result.warnings))
            colours.paint(self.warnings_label, "ink:caution")
        else:
            self.warnings_label.setText(self.tr("No warnings: everything fits on the card."))
            colours.paint(self.warnings_label, None)

    # --- the card made last time ---------------------------------------------------------

    def stale_changes(self) -> list:
        """What the last card made for this profile says that the record no longer does."""
        from sm_card.core.issued import CARD, stale_outputs
        from sm_card.render.summary import engraving_lines

        profile = self.session.profile
        if profile is None:
            return []
        made = [i for i in self.session.store.issued_outputs(profile) if i.kind == CARD]
        return stale_outputs(made, profile, emergency_number=self.emergency_number,
                             engraving_lines=engraving_lines)

    def _change_text(self, change) -> str:
        sections = {"avoid": self.tr("avoid list"), "epinephrine": self.tr("epinephrine"),
                    "contacts": self.tr("contacts"), "clinicians": self.tr("clinicians"),
                    "tolerated": self.tr("tolerated"), "medications": self.tr("medications"),
                    "plan": self.tr("physician's plan"),
                    "emergency_number": self.tr("emergency number"),
                    "condition": self.tr("condition"), "name": self.tr("name"),
                    "date_of_birth": self.tr("date of birth"),
                    "blood_type": self.tr("blood type")}
        section = sections.get(change.section, change.section)
        item = "\u2068" + change.item + "\u2069"  # a Hebrew name keeps the sentence's order
        if not change.added:
            return self.tr("it still shows {item} ({section})").format(item=item,
                                                                     section=section)
        if change.noted_on is not None:
            return self.tr("it lacks {item} ({section}, added {date})").format(
                item=item, section=section, date=change.noted_on.isoformat())
        return self.tr("it lacks {item} ({section})").format(item=item, section=section)

    def _show_stale(self) -> None:
        stale = self.stale_changes()
        if not stale:
            self.stale_label.hide()
            return
        (out,) = stale
        self.stale_label.setText(self.tr(
            "The card you made on {date} no longer matches the record: {changes}. "
            "Print a new one and replace the card in your wallet.").format(
                date=out.issued.issued_at.date().isoformat(),
                changes="; ".join(self._change_text(c) for c in out.changes)))
        self.stale_label.show()

    def _remember_made(self, result) -> None:
        """The card just exported or printed is what the person now carries."""
        from sm_card.core.issued import CARD, Issued, record_facts
        from sm_card.core.store import StoreError

        profile = self.session.profile
        if profile is None:
            return
        facts = record_facts(profile, emergency_number=self.emergency_number)
        try:
            self.session.store.record_issued(profile, Issued(CARD, self.session.now(), facts, {}))
        except (StoreError, OSError):
            return  # only the "out of date" hint is lost; the card itself is made
        self._show_stale()

    def _fitting_face_width(self) -> int:
        margins = self._preview_column.contentsMargins()
        room = self._preview_scroll.viewport().width() - margins.left() - margins.right() - 2
        fitting = FACE_WIDTH + (room - FACE_WIDTH) // FACE_STEP * FACE_STEP
        return max(FACE_WIDTH, min(FACE_MAX_WIDTH, fitting))

    def _show_faces(self) -> None:
        ratio = self.devicePixelRatioF()
        self.front_label.setPixmap(QPixmap.fromImage(
            self._faces.image(0, self._face_width, ratio)))
        self.back_label.setPixmap(QPixmap.fromImage(
            self._faces.image(1, self._face_width, ratio)))

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        # The preview's room changed: the card already made is drawn again at the new width
        # (a few milliseconds from the PDF in hand; nothing is built again).
        if self.result is not None and watched is self._preview_scroll.viewport():
            if event.type() == QEvent.Type.Resize:
                width = self._fitting_face_width()
                if width != self._face_width:
                    self._face_width = width
                    self._show_faces()
            elif event.type() == QEvent.Type.DevicePixelRatioChange:
                # The window moved to a screen of another density: drawn for its pixels.
                self._show_faces()
                self._show_sheet()
        return super().eventFilter(watched, event)

    def _render_sheet(self) -> None:
        if self.session.profile is None or self.layout_choice != "sheet":
            return
        sheet = self.build("sheet")
        self._sheet.load(sheet.pdf)
        self._show_sheet()

    def _show_sheet(self) -> None:
        if self._sheet.page_count:
            self.sheet_label.setPixmap(QPixmap.fromImage(
                self._sheet.image(0, SHEET_WIDTH, self.devicePixelRatioF())))

    @property
    def warnings(self) -> list[str]:
        return list(self.result.warnings) if self.result else []

    def contents_report(self) -> str:
        """What the card and the QR code hold, and the warnings: shown before printing."""
        if self.result is None:
            return ""
        parts = [self.tr("Front of the card:"), *("  " + t for t in self.result.front_text),
                 "", self.tr("Back of the card:"), *("  " + t for t in self.result.back_text),
                 "", self.tr("The QR code holds:"), self.result.qr.text]
        if self.result.warnings:
            parts += ["", self.tr("Warnings:"), warning_lines(self.result.warnings)]
        return "\n".join(parts).replace("\u00a0", " ")

    # --- output -------------------------------------------------------------------------------

    def _suggested(self) -> str:
        name = self.session.profile.name if self.session.profile else "card"
        safe = "".join(c if c.isalnum() or c in "-_" else "-" for c in name).strip("-")
        return str(Path.home() / f"{safe or 'record'}-wallet-card.pdf")

    def export_pdf(self) -> bool:
        if self.session.profile is None:
            return False
        path = dialogs.save_file(self, self.tr("Export the wallet card"), self._suggested(),
                                 self.tr("PDF files (*.pdf)"))
        if not path:
            return False
        result = self.build(self.layout_choice)
        try:
            write_output_file(Path(path), result.pdf, self.session.store.path.parent)
        except (OSError, OutputRefused) as err:
            from sm_card.gui.refusal_words import not_written_text

            dialogs.inform(self, self.tr("Not saved"), not_written_text(path, err))
            return False
        self._remember_made(result)
        # With what the card leaves out (a shortened QR), as the Travel and Phone pages do.
        dialogs.exported(self, path, self.tr("The wallet card"), warning_lines(result.warnings))
        return True

    def print_card(self) -> bool:
        """Show what will print, then print at 100 %: each page drawn at its true size."""
        if self.session.profile is None:
            return False
        self.refresh()
        if not dialogs.review(self, self.tr("Print the wallet card?"), self.contents_report(),
                              self.tr("In the print dialog choose 100 % / actual size, never "
                                      "\u201cfit to page\u201d."),
                              self.tr("Choose printer…")):
            return False
        result = self.build(self.layout_choice)
        pages = PdfPages(self)
        pages.load(result.pdf)
        if self.layout_choice == "sheet":
            page_size = QPageSize(QPageSize.PageSizeId.A4 if self.paper == "a4"
                                  else QPageSize.PageSizeId.Letter)
        else:
            page_size = QPageSize(QSizeF(85.60, 53.98), QPageSize.Unit.Millimeter,
                                  "ID-1", QPageSize.SizeMatchPolicy.ExactMatch)
        printed = pdf_pages.print_pdf(self, pages, page_size, self.tr("Wallet card"),
                                      PRINT_DPI[self.layout_choice])
        if printed is None:
            dialogs.inform(self, self.tr("Not printed"), self.tr("The printer could not start."))
        if not printed:
            return False
        self._remember_made(result)
        return True
