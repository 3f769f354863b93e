"""Every modal question goes through here, so tests can answer it (monkeypatch these)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sm_card.gui import colours
from sm_card.gui.accessible_names import name_unnamed
from sm_card.gui.labels import wrapped_label


def ask_text(parent: QWidget | None, title: str, label: str, text: str = "") -> str | None:
    value, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal, text)
    return value if ok else None


def confirm(parent: QWidget | None, title: str, question: str, action: str | None = None) -> bool:
    """A question answered by a button named for what it does (``action``, else
    "Continue"), never a bare Yes; for harmless steps only (see confirm_destructive)."""
    box = QMessageBox(QMessageBox.Icon.Question, title, question,
                      QMessageBox.StandardButton.NoButton, parent)
    go = box.addButton(action or QCoreApplication.translate("dialogs", "Continue"),
                       QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(go)
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is go


def choose(parent: QWidget | None, title: str, question: str,
           actions: list[str]) -> int | None:
    """A question with a button per answer, each named for what it does, and Cancel (the
    default: nothing happens); the index of the answer chosen, or None."""
    box = QMessageBox(QMessageBox.Icon.Question, title, question,
                      QMessageBox.StandardButton.NoButton, parent)
    buttons = [box.addButton(action, QMessageBox.ButtonRole.AcceptRole) for action in actions]
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    return next((i for i, b in enumerate(buttons) if b is clicked), None)


def inform(parent: QWidget | None, title: str, message: str) -> None:
    QMessageBox.information(parent, title, message)


def open_file(parent: QWidget | None, title: str, filters: str) -> str | None:
    path, _ = QFileDialog.getOpenFileName(parent, title, "", filters)
    return path or None


def save_file(parent: QWidget | None, title: str, suggested: str, filters: str) -> str | None:
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters)
    return path or None


def ask_passphrase(parent: QWidget | None, title: str, label: str) -> str | None:
    """A passphrase typed into a hidden field; None when cancelled."""
    value, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Password)
    return value if ok else None


@dataclass(frozen=True)
class ExportChoice:
    encrypt: bool
    passphrase: str = ""  # set when encrypt is ticked


class _ExportDialog(QDialog):
    def __init__(self, parent: QWidget | None, min_length: int):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export the record"))
        self.min_length = min_length
        layout = QVBoxLayout(self)
        self.encrypt = QCheckBox(self.tr("Encrypt with a passphrase"), self)
        self.encrypt.setObjectName("encryptCheck")
        layout.addWidget(self.encrypt)
        form = QFormLayout()
        self.first = QLineEdit(self)
        self.first.setObjectName("passphraseEdit")
        self.second = QLineEdit(self)
        self.second.setObjectName("passphraseAgainEdit")
        for edit in (self.first, self.second):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setEnabled(False)
        form.addRow(self.tr("Passphrase"), self.first)
        form.addRow(self.tr("Again"), self.second)
        layout.addLayout(form)
        self.hint = wrapped_label(self, self.tr(
            "Without the passphrase nobody can open the file, not even you: keep it safe."))
        layout.addWidget(self.hint)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Choose where to save…"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.encrypt.toggled.connect(self.first.setEnabled)
        self.encrypt.toggled.connect(self.second.setEnabled)
        name_unnamed(self)

    def _accept(self) -> None:
        if self.encrypt.isChecked():
            if len(self.first.text()) < self.min_length:
                self.hint.setText("⚠ " + self.tr("The passphrase needs at least {n} "
                                                 "characters.").format(n=self.min_length))
                return
            if self.first.text() != self.second.text():
                self.hint.setText("⚠ " + self.tr("The two passphrases differ."))
                return
        self.accept()


def export_choice(parent: QWidget | None, min_length: int) -> ExportChoice | None:
    """Before saving an export: plain, or encrypted with a passphrase (typed twice)."""
    dialog = _ExportDialog(parent, min_length)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    if dialog.encrypt.isChecked():
        return ExportChoice(True, dialog.first.text())
    return ExportChoice(False)


def confirm_destructive(parent: QWidget | None, title: str, question: str, action: str) -> bool:
    """A question whose yes-button says what it does (``action``, e.g. "Delete Mia's
    profile"); Cancel is the default, so Enter never destroys anything."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, question,
                      QMessageBox.StandardButton.NoButton, parent)
    destroy = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is destroy


def about(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.about(parent, title, text)


class ReviewDialog(QDialog):
    """What is about to be printed, in a scrolling box, with the note under it and buttons
    named for what they do: a long card no longer grows a Yes/No box off the screen."""

    def __init__(self, parent: QWidget | None, title: str, report: str, note: str,
                 action: str):
        super().__init__(parent)
        self.setObjectName("reviewDialog")
        self.setWindowTitle(title)
        self.resize(560, 480)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("What will be printed:"), self))
        self.report = QPlainTextEdit(self)
        self.report.setObjectName("reviewText")
        self.report.setReadOnly(True)
        self.report.setPlainText(report)
        self.report.setAccessibleName(title)
        layout.addWidget(self.report, 1)
        self.note = wrapped_label(self, note, name="reviewNote")
        layout.addWidget(self.note)
        buttons = QDialogButtonBox(self)
        self.go = buttons.addButton(action, QDialogButtonBox.ButtonRole.AcceptRole)
        self.go.setObjectName("reviewGo")
        self.cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.go.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        name_unnamed(self)


def review(parent: QWidget | None, title: str, report: str, note: str, action: str) -> bool:
    """Seam for tests: True when the person chose ``action`` after reading ``report``."""
    return ReviewDialog(parent, title, report, note, action).exec() == (
        QDialog.DialogCode.Accepted)


# --- after an export -------------------------------------------------------------------------


def open_url(url: QUrl) -> bool:
    """Seam for tests: hand a file or folder to the desktop (the default app, the file
    manager)."""
    return QDesktopServices.openUrl(url)


class ExportedDialog(QDialog):
    """Non-modal: the file written, where, and a way to open it or its folder."""

    def __init__(self, parent: QWidget | None, path: Path, what: str, notes: str = ""):
        super().__init__(parent)
        self.setObjectName("exportedDialog")
        self.setWindowTitle(self.tr("Saved"))
        self.setModal(False)
        self.path = path
        layout = QVBoxLayout(self)
        self.message = wrapped_label(self, self.tr("{what} saved to:").format(what=what))
        layout.addWidget(self.message)
        self.path_label = wrapped_label(self, str(path), name="exportedPath")
        # Selectable by keyboard too (its path copied without a mouse).
        self.path_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        layout.addWidget(self.path_label)
        # What the file leaves out or the person should fix, where it cannot be missed (on
        # a page it could sit below the fold).
        self.notes = wrapped_label(self, notes, name="exportedNotes", plain=True)
        colours.paint(self.notes, "ink:caution")
        self.notes.setVisible(bool(notes))
        layout.addWidget(self.notes)
        row = QHBoxLayout()
        self.open_button = QPushButton(self.tr("Open"), self)
        self.open_button.setObjectName("openExported")
        self.open_button.clicked.connect(self.open_file)
        self.folder_button = QPushButton(self.tr("Show in folder"), self)
        self.folder_button.setObjectName("showExportedFolder")
        self.folder_button.clicked.connect(self.show_folder)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setObjectName("closeExported")
        self.close_button.clicked.connect(self.close)
        for button in (self.open_button, self.folder_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.close_button)
        layout.addLayout(row)
        self.close_button.setDefault(True)
        # Enter closes: with the focus on Open (the first button) Enter opened the file.
        self.close_button.setFocus()
        name_unnamed(self)
        # Wrapped lines' height depends on the width, which a new top-level dialog does not
        # ask its layout about: sized here, or long notes overlapped the path and were cut.
        layout.activate()
        width = max(self.width(), 480)
        self.resize(width, layout.totalHeightForWidth(width))

    def open_file(self) -> None:
        open_url(QUrl.fromLocalFile(str(self.path)))
        self.close()

    def show_folder(self) -> None:
        # Opening the folder works on every desktop; selecting the file in it would need
        # each file manager's own command.
        open_url(QUrl.fromLocalFile(str(self.path.parent)))
        self.close()


def exported(parent: QWidget | None, path: str | Path, what: str,
             notes: str = "") -> ExportedDialog:
    """Say where an export went, without blocking: the person may carry on editing; with
    ``notes``, what to check in it (what was left out)."""
    if parent is not None:
        # One at a time: a second export replaces the first confirmation.
        for old in parent.window().findChildren(ExportedDialog):
            old.close()
            old.deleteLater()
    dialog = ExportedDialog(parent.window() if parent is not None else None, Path(path), what,
                            notes)
    dialog.show()
    return dialog
