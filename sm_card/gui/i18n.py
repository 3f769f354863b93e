"""Translation set-up, and a pseudo-locale that stretches every translated string.

The interface follows the system's language when resources/translations holds it
(sm_card_<lang>.qm, compiled from the .ts sources by ``packaging/update_translations.py``);
``SM_CARD_LANG=de`` (or es, en...) overrides it, ``SM_CARD_LANG=en`` keeps it English.

Strings are marked so that ``pyside6-lupdate`` finds each under the context it is looked up
with at run time: ``self.tr("...")`` in a method of a QObject class (context: the class),
``translate("Context", "...")`` anywhere else, and ``QT_TRANSLATE_NOOP("Context", "...")``
for text kept in data and translated where it is shown. lupdate reads only literal strings at
the call: a helper such as ``_tr(text)``, ``other.tr(...)`` or a ``tr`` passed as an argument
hides the string or files it under another context (tests/gui/test_translations.py).

``SM_CARD_PSEUDO_L10N=1 sm-card`` shows each string through tr() accented and about 40 %
longer, so a label that would be cut in German or Finnish, or a string that skipped tr(), is
seen at a glance (the idea is Vorta's).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from sm_card.core.paths import resource_path

LANGUAGE_ENV = "SM_CARD_LANG"
DOMAIN = "sm_card"  # sm_card_de.ts, sm_card_de.qm

# translate("Context", "text"): the spelling lupdate recognises outside a QObject method.
translate = QCoreApplication.translate

if TYPE_CHECKING:
    # PySide's stub says the marker returns object; it returns the text it is given, and
    # PageSpec.title is a str.
    def QT_TRANSLATE_NOOP(context: str, text: str, /) -> str: ...  # noqa: N802
else:
    from PySide6.QtCore import QT_TRANSLATE_NOOP  # noqa: F401 - re-exported for pages

_ACCENTED = str.maketrans("aeiouyAEIOUYcnsz", "àéîõüÿÀÉÎÕÜŸçñšž")


def pseudo(text: str) -> str:
    """Accent the letters and pad by ~40 %, keeping {placeholders}, &mnemonics and <tags>."""
    out, depth = [], 0
    for index, char in enumerate(text):
        if char == "n" and text[index - 1:index] == "%":  # Qt's count, %n
            out.append(char)
            continue
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


def translations_dir() -> Path:
    return resource_path("translations")


def available_languages() -> list[str]:
    """The languages with a compiled translation, e.g. ["de", "es"]."""
    folder = translations_dir()
    prefix = f"{DOMAIN}_"
    return sorted(f.stem[len(prefix):] for f in folder.glob(f"{prefix}*.qm"))


def install_translations(app: QCoreApplication,
                         language: str | None = None) -> list[QTranslator]:
    """Install the interface's translation for ``language`` (else $SM_CARD_LANG, else the
    system's languages) with Qt's own (dialog buttons, context menus), or the pseudo-locale
    when $SM_CARD_PSEUDO_L10N is set. In English, and in a language nobody translated yet,
    only English plural forms ("1 page", "2 pages"). Returns what was installed."""
    installed: list[QTranslator] = []
    if os.environ.get("SM_CARD_PSEUDO_L10N"):
        translator: QTranslator = PseudoTranslator(app)
        app.installTranslator(translator)
        installed.append(translator)
        return installed
    language = language or os.environ.get(LANGUAGE_ENV, "").strip() or None
    if language:
        # Qt's dialogs, dates and numbers follow the chosen language too.
        QLocale.setDefault(QLocale(language))
    locale = QLocale()
    if locale.name().partition("_")[0] == "en":
        return english_plurals(app)
    ours = QTranslator(app)
    if not ours.load(locale, DOMAIN, "_", str(translations_dir())):
        return english_plurals(app)  # a language nobody translated yet
    app.installTranslator(ours)
    installed.append(ours)
    # Imported here: PySide builds the class and its enum on first use (~0.2 ms of the first
    # paint in English, which needs neither).
    from PySide6.QtCore import QLibraryInfo

    qt_own = QTranslator(app)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_own.load(locale, "qtbase", "_", qt_folder):
        app.installTranslator(qt_own)
        installed.append(qt_own)
    return installed


def english_plurals(app: QCoreApplication) -> list[QTranslator]:
    """English words as written in the code, with English plural forms for the messages that
    count (self.tr("%n page(s)", "", n)): sm_card_en.qm holds only those."""
    translator = QTranslator(app)
    if not translator.load(f"{DOMAIN}_en", str(translations_dir())):
        return []
    app.installTranslator(translator)
    return [translator]
