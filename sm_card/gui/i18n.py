"""Translation set-up, and a pseudo-locale that stretches every translated string.

``SM_CARD_PSEUDO_L10N=1 sm-card`` shows each string through tr() accented and about 40 %
longer, so a label that would be cut in German or Finnish, or a string that skipped tr(), is
seen at a glance (the idea is Vorta's).
"""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from sm_card.core.paths import resource_path

_ACCENTED = str.maketrans("aeiouyAEIOUYcnsz", "àéîõüÿÀÉÎÕÜŸçñšž")


def pseudo(text: str) -> str:
    """Accent the letters and pad by ~40 %, keeping {placeholders}, &mnemonics and <tags>."""
    out, depth = [], 0
    for char in text:
        if char in "{<":
            depth += 1
        elif char in "}>":
            depth = max(0, depth - 1)
            out.append(char)
            continue
        out.append(char if depth else char.translate(_ACCENTED))
    padding = "~" * max(1, len(text) * 2 // 5)
    return f"[{''.join(out)}{padding}]"


class PseudoTranslator(QTranslator):
    def translate(self, context, source_text, disambiguation=None, n=-1):  # noqa: D401
        return pseudo(source_text)

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return False


def install_translations(app: QCoreApplication) -> list[QTranslator]:
    """Install the user's language if a .qm file exists, or the pseudo-locale on request."""
    installed: list[QTranslator] = []
    if os.environ.get("SM_CARD_PSEUDO_L10N"):
        translator: QTranslator = PseudoTranslator(app)
        app.installTranslator(translator)
        installed.append(translator)
        return installed
    folder = resource_path("translations")
    translator = QTranslator(app)
    if folder.is_dir() and translator.load(QLocale(), "sm_card", "_", str(folder)):
        app.installTranslator(translator)
        installed.append(translator)
    return installed
