"""The person's photo on the Person page: a preview, Choose… and Remove.

The photo is checked and downscaled by core/photo.py (the same code as ``sm-card photo set``);
what the person picks is never stored as it is.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from sm_card.gui import dialogs
from sm_card.gui.labels import wrapped_label
from sm_card.gui.pixmaps import sharp_pixmap
from sm_card.gui.session import ProfileSession

PREVIEW_W, PREVIEW_H = 90, 120


class PhotoBox(QWidget):
    def __init__(self, session: ProfileSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("photoBox")
        self.session = session
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.preview = QLabel(self)
        self.preview.setObjectName("photoPreview")
        self.preview.setFixedSize(PREVIEW_W, PREVIEW_H)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setStyleSheet("border: 1px dashed #888;")
        row.addWidget(self.preview)
        column = QVBoxLayout()
        self.note = wrapped_label(self, self.tr(
            "Optional. Printed on the action plan, and on the wallet card if you choose. Kept "
            "small (at most 200 KB), without the camera's location data."), name="photoNote")
        column.addWidget(self.note)
        buttons = QHBoxLayout()
        self.choose_button = QPushButton(self.tr("Choose photo…"), self)
        self.choose_button.setObjectName("choosePhotoButton")
        self.choose_button.clicked.connect(self.choose)
        buttons.addWidget(self.choose_button)
        self.remove_button = QPushButton(self.tr("Remove photo"), self)
        self.remove_button.setObjectName("removePhotoButton")
        self.remove_button.clicked.connect(self.remove)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        self.on_card = QCheckBox(self.tr("Print the photo on the wallet card"), self)
        self.on_card.setObjectName("photoOnCard")
        self.on_card.toggled.connect(self._on_card_toggled)
        column.addWidget(self.on_card)
        column.addStretch(1)
        row.addLayout(column, 1)
        session.profileChanged.connect(self.load)
        self.load()

    def load(self) -> None:
        profile = self.session.profile
        photo = profile.photo_jpeg if profile is not None else None
        if photo:
            self.preview.setPixmap(sharp_pixmap(QImage.fromData(photo), self.devicePixelRatioF(),
                                                width=PREVIEW_W, height=PREVIEW_H))
        else:
            self.preview.clear()
            self.preview.setText(self.tr("No photo"))
        self.remove_button.setEnabled(bool(photo))
        self.on_card.blockSignals(True)
        self.on_card.setChecked(profile is not None
                                and self.session.settings.card_photo_for(profile.db_id))
        self.on_card.blockSignals(False)

    def choose(self) -> bool:
        from sm_card.core.photo import MAX_INPUT_BYTES, PhotoError, prepare_photo

        if self.session.profile is None:
            return False
        path = dialogs.open_file(self, self.tr("Choose a photo"),
                                 self.tr("Photos (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG)"))
        if not path:
            return False
        try:
            with open(path, "rb") as handle:
                raw = handle.read(MAX_INPUT_BYTES + 1)
            jpeg = prepare_photo(raw)
        except OSError as err:
            dialogs.inform(self, self.tr("Photo not used"), self.tr(
                "{path}: cannot read ({why})").format(path=path, why=err.strerror or err))
            return False
        except PhotoError as err:
            from sm_card.gui.refusal_words import refusal_text

            dialogs.inform(self, self.tr("Photo not used"), self.tr(
                "{path}: {why}").format(path=path, why=refusal_text(err)))
            return False
        self.session.profile.photo_jpeg = jpeg
        saved = self.session.commit()
        self.load()
        return saved

    def remove(self) -> bool:
        if self.session.profile is None or self.session.profile.photo_jpeg is None:
            return False
        self.session.profile.photo_jpeg = None
        saved = self.session.commit()
        self.load()
        return saved

    def _on_card_toggled(self, on: bool) -> None:
        profile = self.session.profile
        if profile is not None and profile.db_id is not None:
            self.session.settings.set_card_photo_for(profile.db_id, on)
            # the card preview listens for edits; a setting is not one, so say so
            self.session.recordEdited.emit()
