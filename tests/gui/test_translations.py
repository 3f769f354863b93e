"""German and Spanish for real: every string extracted by pyside6-lupdate under the context it
is looked up with at run time, translated in the committed .ts, compiled into the .qm the app
loads, and shown in the window.

When a test here fails after strings changed: run ``python packaging/update_translations.py``,
translate what it lists (pyside6-linguist or a text editor), run it again, commit the
resources/translations files.
"""

from __future__ import annotations

import ast
import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
GUI = ROOT / "sm_card" / "gui"
LANGUAGES = ("de", "es")  # the interface's translations
TS_LANGUAGES = (*LANGUAGES, "en")  # and English's plural forms ("%n page(s)")


def _load_script():
    spec = importlib.util.spec_from_file_location(
        "update_translations", ROOT / "packaging" / "update_translations.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


script = _load_script()
HOW = f"\n\nRun `{script.COMMAND}`, translate what it lists, run it again and commit."


def _known(language: str = "de") -> set[tuple[str, str]]:
    return {(m.context, m.source) for m in script.messages(script.ts_path(language))}


# --- (a) complete and up to date ---------------------------------------------------------

@pytest.mark.parametrize("language", TS_LANGUAGES)
def test_ts_has_every_string_of_the_code_translated(language, tmp_path):
    problems = script.stale(language, tmp_path)
    assert not problems, "\n\n".join(problems) + HOW


SAME = {"A4", "KIT D816V", "{path}: {why}", "{what}: {names}"}
SAME_IN = {  # words that really are the same (add one here only when that is so)
    "de": SAME | {"US Letter", "Status", "Name", "Person", "<h2>Person</h2>", "optional",
                  "Passphrase", "Zoom:"},
    "es": SAME | {"no", "Hospital", "Hospital: {hospital}", "FHIR JSON (*.json)", "Australia",
                  "Zoom:", "Alcohol"},
}


def test_a_new_string_is_named_then_translated_through_the_todo_file(tmp_path, monkeypatch,
                                                                      capsys):
    """The workflow after a merge: the check names the new string and the command; --todo
    writes it out, --fill merges the translation, and the check passes again."""
    import json

    gui = tmp_path / "sm_card" / "gui"
    gui.mkdir(parents=True)
    page = gui / "page.py"
    page.write_text("class Page(QWidget):\n    def build(self):\n"
                    "        self.tr('Keep {n} devices')\n", encoding="utf-8")
    folder = tmp_path / "resources" / "translations"
    monkeypatch.setattr(script, "ROOT", tmp_path)
    monkeypatch.setattr(script, "SOURCES", gui)
    monkeypatch.setattr(script, "FOLDER", folder)
    monkeypatch.setattr(script, "catalog_strings", lambda: [])  # the code's strings only
    assert script.main(["--todo", str(tmp_path / "todo.json"), "de"]) == 0
    todo = json.loads((tmp_path / "todo.json").read_text(encoding="utf-8"))
    assert [(i["context"], i["source"]) for i in todo["de"]] == [("Page", "Keep {n} devices")]
    todo["de"][0]["translation"] = "{n} Autoinjektoren behalten"
    (tmp_path / "todo.json").write_text(json.dumps(todo), encoding="utf-8")
    assert script.main(["--fill", str(tmp_path / "todo.json"), "de"]) == 0
    assert script.main(["--check", "de"]) == 0

    page.write_text(page.read_text(encoding="utf-8") + "        self.tr('Carry two')\n",
                    encoding="utf-8")
    capsys.readouterr()
    assert script.main(["--check", "de"]) == 1
    said = capsys.readouterr().out
    assert "[Page] 'Carry two'" in said and script.COMMAND in said
    assert "'Keep {n} devices'" not in said  # the translated one is not listed


def test_translations_keep_placeholders_and_markup():
    """A translation drops no {placeholder}, %n, <tag>, file pattern or & mnemonic and adds
    none; it is the English text only where the word is the same in both languages."""
    import re

    token = re.compile(r"\{[a-z_]+(?:![rs])?\}|%n|</?[a-z0-9]+>|\n|\(\*[^)]*\)|;;")
    for language in TS_LANGUAGES:
        bad = []
        for m in script.messages(script.ts_path(language)):
            if not m.finished:
                continue
            if m.forms:  # plural forms: each keeps the rest; "%n" may go ("the device")
                bad += [f"[{m.context}] {m.source!r} -> {form!r}" for form in m.forms
                        if sorted(t for t in token.findall(m.source) if t != "%n")
                        != sorted(t for t in token.findall(form) if t != "%n")]
                if not any("%n" in form for form in m.forms[1:]) and "%n" in m.source:
                    bad.append(f"no count in the plural: [{m.context}] {m.source!r}")
                continue
            if sorted(token.findall(m.source)) != sorted(token.findall(m.translation)):
                bad.append(f"[{m.context}] {m.source!r} -> {m.translation!r}")
            if ("&" in m.source) != ("&" in m.translation):
                bad.append(f"mnemonic: [{m.context}] {m.source!r} -> {m.translation!r}")
            if m.translation == m.source and m.source not in SAME_IN[language]:
                bad.append(f"left in English: [{m.context}] {m.source!r}")
        assert not bad, f"{language}:\n" + "\n".join(bad)


# --- (b) what lupdate cannot see, or files under another context ------------------------

def _call_name(node: ast.Call) -> tuple[str, ast.expr | None]:
    func = node.func
    if isinstance(func, ast.Name):
        return func.id, None
    if isinstance(func, ast.Attribute):
        return func.attr, func.value
    return "", None


def _literal(node: ast.expr | None) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def _translation_calls(path: Path):
    """(line, problem) for each marked string lupdate would miss or misfile."""
    text = path.read_text(encoding="utf-8")
    lines = text.splitlines()
    tree = ast.parse(text)
    classes: dict[ast.AST, str] = {}  # each node -> its innermost enclosing class

    def enclose(node: ast.AST, cls: str) -> None:
        for child in ast.iter_child_nodes(node):
            inner = child.name if isinstance(child, ast.ClassDef) else cls
            classes[child] = inner
            enclose(child, inner)

    enclose(tree, "")
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name, receiver = _call_name(node)
        marked = "# i18n: marked" in lines[node.lineno - 1]
        where = f"{path.relative_to(ROOT)}:{node.lineno}"
        if name == "_tr":
            yield where, None, "a _tr() helper hides the string from lupdate"
        elif name == "tr":
            if not (isinstance(receiver, ast.Name) and receiver.id == "self"):
                yield where, None, ("tr() not called on self: lupdate files it under another "
                                    "context than the one looked up")
            elif not node.args or not (_literal(node.args[0]) or marked):
                yield where, None, "tr() of a non-literal: lupdate cannot read it"
            else:
                yield where, classes.get(node, ""), None
        elif name in ("translate", "QT_TRANSLATE_NOOP") and (
                receiver is None or (isinstance(receiver, ast.Name)
                                     and receiver.id in ("QCoreApplication", "QApplication"))):
            if len(node.args) < 2 or not _literal(node.args[0]):
                yield where, None, f"{name}() without a literal context"
            elif not (_literal(node.args[1]) or marked):
                yield where, None, f"{name}() of a non-literal text: lupdate cannot read it"
            else:
                yield where, node.args[0].value, None


def test_every_translated_string_is_visible_to_lupdate_under_its_context():
    contexts = {context for context, _ in _known()}
    problems, seen = [], set()
    for path in sorted(GUI.rglob("*.py")):
        for where, context, problem in _translation_calls(path):
            if problem:
                problems.append(f"{where}: {problem}")
                continue
            seen.add(context)
            if context not in contexts:
                problems.append(f"{where}: context {context!r} is not in the .ts files")
    assert not problems, "\n".join(problems) + HOW
    assert {"MainWindow", "Menus", "Reminders", "ListPage", "App"} <= seen


class _Recorder:
    """Every lookup the running window makes, as (context, source) runs: PySide's self.tr
    asks the object's class, then each base class, until one has a translation."""

    def __init__(self, qapp):
        from PySide6.QtCore import QTranslator

        self.asked: list[tuple[str, str]] = []
        recorder = self

        class Translator(QTranslator):
            def translate(self, context, source, disambiguation=None, n=-1):
                recorder.asked.append((context, source))
                return None

            def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
                return False

        self.translator = Translator(qapp)

    def unknown(self, known: set[tuple[str, str]]) -> list[tuple[str, str]]:
        runs: list[list[tuple[str, str]]] = []
        for context, source in self.asked:
            if runs and runs[-1][-1][1] == source:
                runs[-1].append((context, source))
            else:
                runs.append([(context, source)])
        missing = []
        for run in runs:
            ours = [c for c, _ in run if not (c.startswith("Q") and c[1:2].isupper())]
            if ours and not any(asked in known for asked in run):
                missing.append((ours[0], run[0][1]))
        return missing


def test_the_running_window_asks_only_for_extracted_strings(qtbot, qapp, session):
    """What the window really looks up, page by page, is in the .ts under that context: a
    lookup under another context (a helper's, a subclass's) would stay English."""
    from sm_card.core.catalog import default_catalog
    from sm_card.gui.main_window import PAGES, MainWindow
    from sm_card.gui.services import Services

    recorder = _Recorder(qapp)
    qapp.installTranslator(recorder.translator)
    try:
        win = MainWindow(Services(session, default_catalog()))
        qtbot.addWidget(win)
        for spec in PAGES:
            win.show_page(spec.key)
    finally:
        qapp.removeTranslator(recorder.translator)
    asked = {source for _, source in recorder.asked}
    assert "Wallet card" in asked and "&File" in asked  # the recorder saw the window
    missing = recorder.unknown(_known())
    assert not missing, "looked up but not in the .ts:\n" + "\n".join(
        f"  [{c}] {s!r}" for c, s in missing) + HOW


# --- (c) compiled ----------------------------------------------------------------------

@pytest.mark.parametrize("language", TS_LANGUAGES)
def test_qm_is_compiled_from_the_committed_ts(language, tmp_path):
    problems = script.uncompiled(language, tmp_path)
    assert not problems, "\n".join(problems) + HOW


def test_translations_ship_in_the_package():
    """resources/ is force-included in the wheel as sm_card/resources; the app finds the
    .qm files through resource_path."""
    import tomllib

    from sm_card.gui.i18n import available_languages, translations_dir

    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    force = config["tool"]["hatch"]["build"]["targets"]["wheel"]["force-include"]
    assert force.get("resources") == "sm_card/resources"
    assert translations_dir().resolve() == (ROOT / "resources" / "translations").resolve() \
        or translations_dir().parent.name == "resources"
    assert set(TS_LANGUAGES) <= set(available_languages())


# --- (d) the window in German and Spanish -----------------------------------------------

EXPECTED = {
    "de": {
        "titles": {"diagnosis": "Diagnose", "avoid": "Zu meiden", "injectors": "Autoinjektoren",
                   "card": "Notfallausweis", "surgery": "Operation"},
        "menu": "&Datei",
        "cancel": "Abbrechen",
        "labels": {"person": ["Geburtsdatum"], "injectors": ["Hinzufügen…"],
                   "avoid": ["Hinzufügen"]},
    },
    "es": {
        "titles": {"diagnosis": "Diagnóstico", "avoid": "Evitar", "injectors": "Autoinyectores",
                   "card": "Tarjeta de emergencia", "surgery": "Cirugía"},
        "menu": "&Archivo",
        "cancel": "Cancelar",
        "labels": {"person": ["Fecha de nacimiento"], "injectors": ["Añadir…"],
                   "avoid": ["Añadir"]},
    },
}


@pytest.fixture
def installed_language(qapp):
    from PySide6.QtCore import QLocale

    before = QLocale()
    installed = []

    def use(language: str):
        from sm_card.gui.i18n import install_translations

        installed.extend(install_translations(qapp, language))
        return installed

    yield use
    for translator in installed:
        qapp.removeTranslator(translator)
    QLocale.setDefault(before)


def _texts(widget) -> set[str]:
    from PySide6.QtWidgets import QAbstractButton, QFormLayout, QLabel

    found = {w.text() for w in widget.findChildren(QLabel)}
    found |= {w.text() for w in widget.findChildren(QAbstractButton)}
    for form in widget.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            if item is not None and isinstance(item.widget(), QLabel):
                found.add(item.widget().text())
    return found


@pytest.mark.parametrize("language", LANGUAGES)
def test_window_speaks_the_language(qtbot, session, installed_language, language):
    from PySide6.QtCore import QCoreApplication

    from sm_card.core.catalog import default_catalog
    from sm_card.gui.main_window import PAGES, MainWindow
    from sm_card.gui.services import Services

    assert len(installed_language(language)) == 2  # sm-card's and Qt's own (dialog buttons)
    expected = EXPECTED[language]
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == expected["cancel"]
    win = MainWindow(Services(session, default_catalog()))
    qtbot.addWidget(win)
    titles = {spec.key: win.nav.item(i).text() for i, spec in enumerate(PAGES)}
    for key, title in expected["titles"].items():
        assert titles[key] == title
    english = {"Person", "Diagnosis", "Avoid", "Tolerated", "Medications", "Injectors",
               "Contacts", "Clinicians", "Physician's plans", "Check", "Wallet card",
               "Surgery", "Reminder settings"}
    assert not english & set(titles.values()) - {"Person"}
    assert win.menuBar().actions()[0].text() == expected["menu"]
    for key, labels in expected["labels"].items():
        shown = _texts(win.show_page(key))
        for label in labels:
            assert label in shown, f"{key}: {label!r} not in {sorted(shown)}"
    assert win.windowTitle() != "sm-card — mastocytosis record"


CATALOG_SHOWN = {
    "de": ("Indolente systemische Mastozytose (ISM)", "Die häufigste Form.",
           "Informieren Sie das Anästhesieteam", "Opioide", "Tragen Sie zwei Autoinjektoren"),
    "es": ("Mastocitosis sistémica indolente (ISM)", "La forma más frecuente.",
           "Informe al equipo de anestesia", "Opioides", "Lleve dos autoinyectores"),
}


def test_catalog_strings_are_extracted_from_the_catalog_files():
    """Every subtype name and description, checklist step, device fact, recall note and
    suggestion group the interface shows is in the .ts under "Catalog" (the .ts test above
    then asks for its translation)."""
    import json

    subtypes = json.loads((ROOT / "resources" / "catalog" / "subtypes.json").read_text("utf-8"))
    guidance = json.loads((ROOT / "resources" / "catalog" / "guidance.json").read_text("utf-8"))
    shown = {s["name"] for s in subtypes["subtypes"]} | {s["description"]
                                                        for s in subtypes["subtypes"]}
    shown |= {item["text"] for item in guidance["preparation_checklist"]}
    products = json.loads((ROOT / "resources" / "catalog" / "products.json").read_text("utf-8"))
    shown |= {fact["text"] for fact in products["facts"]}
    shown |= {p["recall"] for p in products["products"] if "recall" in p}
    agents = json.loads((ROOT / "resources" / "catalog" / "agents.json").read_text("utf-8"))
    shown |= {a["class"] for a in agents["agents"] + agents["tolerated_suggestions"]}
    assert set(script.catalog_strings()) == shown
    for language in LANGUAGES:
        assert {("Catalog", text) for text in shown} <= _known(language)


@pytest.mark.parametrize("language", LANGUAGES)
def test_catalog_text_is_shown_in_the_language(qtbot, session, installed_language, language):
    """The subtype list, its description and the surgery checklist speak the interface's
    language; the record still holds the subtype's code and the printed letter stays
    English."""
    from sm_card.core.catalog import default_catalog
    from sm_card.gui.main_window import MainWindow
    from sm_card.gui.services import Services

    installed_language(language)
    name, description, step, group, fact = CATALOG_SHOWN[language]
    win = MainWindow(Services(session, default_catalog()))
    qtbot.addWidget(win)
    page = win.show_page("diagnosis")
    assert page.subtype.currentText() == name
    assert page.subtype_info.text().startswith(description)
    page.subtype.setCurrentIndex(page.subtype.findData("CM"))
    assert session.profile.diagnosis.subtype == "CM"
    assert page.subtype.currentText() != "Cutaneous mastocytosis (CM)"
    surgery = win.show_page("surgery")
    assert any(text.startswith(step) for text in _texts(surgery))
    assert surgery.checkboxes["tell-anesthesia-team"].accessibleName().startswith(step)
    # the suggestion groups' titles (the agents' names stay as the record will hold them)
    groups = win.show_page("avoid").suggestion_groups()
    assert group in groups and "Opioids" not in groups
    assert "morphine" in {name.casefold() for name in groups[group]}
    # a fact about devices, as the Injectors page words its advice (it was half English)
    assert win.show_page("injectors")._fact("", "carry-two").startswith(fact)


def test_language_override_and_english(qapp, installed_language, monkeypatch):
    from PySide6.QtCore import QCoreApplication

    from sm_card.gui.i18n import LANGUAGE_ENV

    monkeypatch.setenv(LANGUAGE_ENV, "en")
    (english,) = installed_language(None)  # the code's words, with English plural forms
    assert not english.translate("MainWindow", "Surgery")  # only the messages that count
    assert english.translate("SurgeryPage", "%n page(s), {paper}", "", 1) == "%n page, {paper}"
    assert QCoreApplication.translate("SurgeryPage", "%n page(s), {paper}", "", 3) == \
        "3 pages, {paper}"
    assert QCoreApplication.translate("MainWindow", "Surgery") == "Surgery"
    monkeypatch.setenv(LANGUAGE_ENV, "es")
    installed_language(None)
    assert QCoreApplication.translate("MainWindow", "Surgery") == "Cirugía"
