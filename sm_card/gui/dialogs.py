"""Every modal question goes through here, so tests can answer it (monkeypatch these)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)


def ask_text(parent: QWidget | None, title: str, label: str, text: str = "") -> str | None:
    value, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal, text)
    return value if ok else None


def confirm(parent: QWidget | None, title: str, question: str) -> bool:
    answer = QMessageBox.question(parent, title, question)
    return answer == QMessageBox.StandardButton.Yes


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
        self.hint = QLabel(self.tr(
            "Without the passphrase nobody can open the file, not even you: keep it safe."),
            self)
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.encrypt.toggled.connect(self.first.setEnabled)
        self.encrypt.toggled.connect(self.second.setEnabled)

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
