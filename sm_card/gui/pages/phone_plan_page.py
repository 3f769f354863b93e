"""The "Phone and action plan" section: the lock-screen image and the action plan PDF.

Both are made by the same code as ``sm-card lockscreen`` and ``sm-card action-plan``
(render/lockscreen.py, render/action_plan.py): the preview is the saved image itself.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from sm_card.core.atomic import OutputRefused, write_output_file
from sm_card.gui import colours, dialogs
from sm_card.gui.labels import wrapped_label
from sm_card.gui.output_warnings import warning_lines
from sm_card.gui.pdf_pages import PreviewSchedule
from sm_card.gui.pixmaps import sharp_pixmap
from sm_card.gui.session import ProfileSession

PREVIEW_HEIGHT = 520
DEBOUNCE_MS = 300


class PhonePlanPage(QWidget):
    def __init__(self, session: ProfileSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("phonePlanPage")
        self.session = session
        self.result = None  # the last LockScreen rendered for the preview

        outer = QVBoxLayout(self)
        title = QLabel(self.tr("Phone and action plan"), self)
        title.setObjectName("phonePlanTitle")
        title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        outer.addWidget(title)
        # What an image or plan made earlier says that the record no longer does.
        self.stale_label = wrapped_label(self, name="phonePlanStale", plain=True)
        colours.paint(self.stale_label, "ink:caution")
        bold = self.stale_label.font()
        bold.setBold(True)
        self.stale_label.setFont(bold)
        self.stale_label.hide()
        outer.addWidget(self.stale_label)

        scroll = QScrollArea(self)
        scroll.setAccessibleName(self.tr("Phone and action plan"))
        scroll.setWidgetResizable(True)
        body = QWidget(scroll)
        row = QHBoxLayout(body)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)

        self.preview = QLabel(body)
        self.preview.setObjectName("lockscreenPreview")
        self.preview.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.preview.setStyleSheet("border: 1px solid #999;")
        row.addWidget(self.preview, 0, Qt.AlignmentFlag.AlignTop)

        side = QVBoxLayout()
        row.addLayout(side, 1)
        heading = QLabel(self.tr("Lock-screen image"), body)
        heading.setObjectName("lockscreenHeading")
        heading.setStyleSheet("font-weight: bold;")
        side.addWidget(heading)
        intro = wrapped_label(body, self.tr(
            "Whoever picks up your phone sees this without unlocking it: the condition, what "
            "to do, what not to give, who to call, and the card's QR code. The top and bottom "
            "are left empty for the clock and the phone's buttons (an approximation: phones "
            "differ)."), name="lockscreenIntro")
        side.addWidget(intro)
        phone_row = QHBoxLayout()
        phone_row.addWidget(QLabel(self.tr("Phone:"), body))
        self.preset_combo = QComboBox(body)
        self.preset_combo.setObjectName("presetCombo")
        from sm_card.render.lockscreen import DEFAULT_PRESET, PRESETS

        for key, preset in PRESETS.items():
            self.preset_combo.addItem(f"{preset.label} ({preset.width} × {preset.height})", key)
        self.preset_combo.setCurrentIndex(self.preset_combo.findData(DEFAULT_PRESET))
        self.preset_combo.currentIndexChanged.connect(self.refresh)
        phone_row.addWidget(self.preset_combo, 1)
        side.addLayout(phone_row)
        self.save_button = QPushButton(self.tr("Save image…"), body)
        self.save_button.setObjectName("saveLockscreenButton")
        self.save_button.clicked.connect(self.save_image)
        side.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignLeft)
        how = wrapped_label(body, self.tr(
            "<b>iPhone:</b> copy the image to the phone, open it in Photos, tap Share, then "
            "Use as Wallpaper, and choose the lock screen.<br>"
            "<b>Android:</b> copy the image to the phone, long-press the home or lock screen, "
            "tap Wallpaper (or Wallpaper &amp; style), pick the image and set it for the lock "
            "screen. The wording differs between makers.<br>"
            "Save a new image after changing your record."), name="lockscreenHowTo")
        side.addWidget(how)
        self.warnings_label = wrapped_label(body, name="lockscreenWarnings", plain=True)
        side.addWidget(self.warnings_label)

        plan_heading = QLabel(self.tr("Anaphylaxis action plan"), body)
        plan_heading.setObjectName("actionPlanHeading")
        plan_heading.setStyleSheet("font-weight: bold;")
        side.addWidget(plan_heading)
        plan_intro = wrapped_label(body, self.tr(
            "One page for school, work and carers: your photo, the signs of a reaction, what "
            "to do with your own device, your physician's plan and your contacts, with room "
            "for the physician's signature and a review date."), name="actionPlanIntro")
        side.addWidget(plan_intro)
        plan_row = QHBoxLayout()
        plan_row.addWidget(QLabel(self.tr("Paper:"), body))
        self.paper_combo = QComboBox(body)
        self.paper_combo.setObjectName("planPaperCombo")
        self.paper_combo.addItem(self.tr("A4"), "a4")
        self.paper_combo.addItem(self.tr("US Letter"), "letter")
        self.paper_combo.setCurrentIndex(max(0, self.paper_combo.findData(
            session.settings.paper)))
        plan_row.addWidget(self.paper_combo)
        self.plan_button = QPushButton(self.tr("Export action plan PDF…"), body)
        self.plan_button.setObjectName("exportActionPlanButton")
        self.plan_button.clicked.connect(self.export_action_plan)
        plan_row.addWidget(self.plan_button)
        plan_row.addStretch(1)
        side.addLayout(plan_row)
        side.addStretch(1)

        self._preview = PreviewSchedule(self, self.refresh, DEBOUNCE_MS,
                                        today=lambda: session.today())
        session.recordEdited.connect(self._preview.edited)
        session.profileChanged.connect(self.refresh)
        self.refresh()

    # --- rendering ----------------------------------------------------------------------

    @property
    def preset(self) -> str:
        return self.preset_combo.currentData()

    def build_lockscreen(self):
        from sm_card.render.lockscreen import PRESETS, build_lockscreen

        profile = self.session.profile
        assert profile is not None
        settings = self.session.settings
        size = PRESETS[self.preset]
        return build_lockscreen(profile, size.width, size.height,
                                emergency_number=settings.emergency_number_for(profile.db_id),
                                today=self.session.today(),
                                qr_format=settings.qr_format)

    def build_action_plan(self):
        from sm_card.render.action_plan import build_action_plan_pdf
        from sm_card.render.action_plan_text import build_action_plan

        profile = self.session.profile
        assert profile is not None
        number = self.session.settings.emergency_number_for(profile.db_id)
        plan = build_action_plan(profile, self.session.today(), number)
        return build_action_plan_pdf(plan, self.paper_combo.currentData())

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self._preview.shown()

    def refresh(self) -> None:
        self._preview.refreshing()
        profile = self.session.profile
        self.setEnabled(profile is not None)
        if profile is None:
            self.result = None
            self.preview.clear()
            self.warnings_label.clear()
            self.stale_label.hide()
            return
        self._show_stale()
        self.result = result = self.build_lockscreen()
        self.preview.setPixmap(sharp_pixmap(QImage.fromData(result.png), self.devicePixelRatioF(),
                                            height=PREVIEW_HEIGHT))
        if result.warnings:
            self.warnings_label.setText(self.tr("Check before saving:") + "\n"
                                        + warning_lines(result.warnings))
        else:
            self.warnings_label.setText(self.tr("No warnings: everything fits."))

    # --- what was made last time ---------------------------------------------------------

    @property
    def _emergency_number(self) -> str:
        profile = self.session.profile
        return self.session.settings.emergency_number_for(profile.db_id if profile else None)

    def stale_outputs(self) -> list:
        """The lock-screen image and action plan made for this profile that the record no
        longer matches (core/issued.py)."""
        from sm_card.core.issued import ACTION_PLAN, LOCKSCREEN, stale_outputs
        from sm_card.render.summary import engraving_lines

        profile = self.session.profile
        if profile is None:
            return []
        made = [i for i in self.session.store.issued_outputs(profile)
                if i.kind in (LOCKSCREEN, ACTION_PLAN)]
        return stale_outputs(made, profile, emergency_number=self._emergency_number,
                             engraving_lines=engraving_lines)

    def _show_stale(self) -> None:
        from sm_card.core.issued import LOCKSCREEN

        lines = []
        for out in self.stale_outputs():
            items = "; ".join(
                (self.tr("it lacks {item}") if c.added else self.tr("it still shows {item}"))
                .format(item="\u2068" + c.item + "\u2069") for c in out.changes)
            what = (self.tr("The lock-screen image you saved on {date} no longer matches the "
                            "record: {changes}. Save a new one and set it again.")
                    if out.kind == LOCKSCREEN else
                    self.tr("The action plan you exported on {date} no longer matches the "
                            "record: {changes}. Export a new one and replace the printed "
                            "copies."))
            lines.append(what.format(date=out.issued.issued_at.date().isoformat(),
                                     changes=items))
        self.stale_label.setText("\n".join(lines))
        self.stale_label.setVisible(bool(lines))

    def _remember_made(self, kind: str) -> None:
        from sm_card.core.issued import Issued, output_facts
        from sm_card.core.store import StoreError

        profile = self.session.profile
        if profile is None:
            return
        facts = output_facts(kind, profile, emergency_number=self._emergency_number)
        try:
            self.session.store.record_issued(profile, Issued(kind, self.session.now(), facts,
                                                             {}))
        except (StoreError, OSError):
            return  # only the "out of date" hint is lost; the file itself is written
        self._show_stale()

    # --- output -------------------------------------------------------------------------

    def _suggested(self, what: str, suffix: str) -> str:
        name = self.session.profile.name if self.session.profile else "record"
        safe = "".join(c if c.isalnum() or c in "-_" else "-" for c in name).strip("-")
        return str(Path.home() / f"{safe or 'record'}-{what}{suffix}")

    def _write(self, path: str, data: bytes, what: str, warnings=()) -> bool:
        try:
            write_output_file(Path(path), data, self.session.store.path.parent)
        except (OSError, OutputRefused) as err:
            from sm_card.gui.refusal_words import not_written_text

            dialogs.inform(self, self.tr("Not saved"), not_written_text(path, err))
            return False
        dialogs.exported(self, path, what, warning_lines(warnings))
        return True

    def save_image(self) -> bool:
        if self.session.profile is None:
            return False
        path = dialogs.save_file(self, self.tr("Save the lock-screen image"),
                                 self._suggested("lock-screen", ".png"),
                                 self.tr("PNG images (*.png)"))
        if not path:
            return False
        image = self.build_lockscreen()
        if not self._write(path, image.png, self.tr("The lock-screen image"), image.warnings):
            return False
        from sm_card.core.issued import LOCKSCREEN

        self._remember_made(LOCKSCREEN)
        return True

    def export_action_plan(self) -> bool:
        if self.session.profile is None:
            return False
        path = dialogs.save_file(self, self.tr("Export the action plan"),
                                 self._suggested("action-plan", ".pdf"),
                                 self.tr("PDF files (*.pdf)"))
        if not path:
            return False
        plan = self.build_action_plan()
        if not self._write(path, plan.pdf, self.tr("The action plan"), plan.warnings):
            return False
        from sm_card.core.issued import ACTION_PLAN

        self._remember_made(ACTION_PLAN)
        return True
