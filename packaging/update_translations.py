"""Regenerate the interface translations: extract every string, merge, compile.

    python packaging/update_translations.py           # update .ts, compile .qm, list gaps
    python packaging/update_translations.py --check   # change nothing; exit 1 if out of date
    python packaging/update_translations.py --todo todo.json   # also write the gaps as JSON
    python packaging/update_translations.py --fill todo.json   # merge translated JSON, compile

Run it after changing any string in sm_card/gui, or a subtype's or a checklist step's text in
resources/catalog. It runs ``pyside6-lupdate`` over sm_card/gui and over the catalog text the
interface shows (written out for it as QT_TRANSLATE_NOOP calls) into
resources/translations/sm_card_<lang>.ts (keeping every translation whose source text is
unchanged, dropping strings the code no longer has), compiles each .ts into the
sm_card_<lang>.qm the app loads (``pyside6-lrelease``), and lists the messages that still
need a translator. Translate them in Qt Linguist (``pyside6-linguist
resources/translations/sm_card_de.ts``) or in a text editor (fill ``<translation>`` and
remove ``type="unfinished"``), then run this script again to compile. Or write the gaps
to a JSON file with ``--todo``, fill in each "translation" and merge it back with ``--fill``.

The .ts files carry no source locations, so moving code does not change them; only a new,
changed or removed string does.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "sm_card" / "gui"
CATALOG = ROOT / "resources" / "catalog"
# Catalog text the interface shows as it is (the record keeps a code or an id, never these
# words), looked up with translate("Catalog", text) in sm_card/gui/catalog_words.py. Agent
# names and evidence notes are not here: a suggestion's name is what the record, and the
# card, then hold; a note is read beside the English sources it cites.
CATALOG_CONTEXT = "Catalog"
FOLDER = ROOT / "resources" / "translations"
LANGUAGES = ("de", "en", "es")
# English is the source language: its file holds only the messages with plural forms
# (self.tr("%n page(s)", "", n) -> "1 page", "2 pages"), which the app loads when the
# interface stays English.
PLURAL_ONLY = ("en",)
DOMAIN = "sm_card"
COMMAND = "python packaging/update_translations.py"


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str
    translation: str
    finished: bool  # translated and not marked unfinished, vanished or obsolete
    forms: tuple[str, ...] = ()  # a %n message's plural forms (then ``translation`` is "")


def find_tool(name: str) -> str | None:
    """pyside6-lupdate / pyside6-lrelease of the running Python's environment, else on
    PATH, else the Qt program inside the PySide6 package (PySide6-Essentials ships both)."""
    here = Path(sys.executable).parent / name
    if here.exists():
        return str(here)
    found = shutil.which(name)
    if found:
        return found
    try:
        import PySide6
    except ImportError:
        return None
    inside = Path(PySide6.__file__).parent / name.removeprefix("pyside6-")
    for candidate in (inside, inside.with_suffix(".exe")):
        if candidate.exists():
            return str(candidate)
    return None


def tool(name: str) -> str:
    found = find_tool(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6 (pip install PySide6-Essentials)")
    return found


def source_files() -> list[Path]:
    return sorted(SOURCES.rglob("*.py"))


def catalog_strings() -> list[str]:
    """The catalog text the interface translates: subtype names and descriptions, the
    preparation checklist's steps, the facts about devices and a product's recall note, and
    the group titles the suggestions are browsed by."""
    def read(name: str) -> dict:
        return json.loads((CATALOG / name).read_text(encoding="utf-8"))

    subtypes, guidance = read("subtypes.json"), read("guidance.json")
    products, agents = read("products.json"), read("agents.json")
    found = [text for s in subtypes["subtypes"] for text in (s["name"], s["description"])]
    found += [item["text"] for item in guidance["preparation_checklist"]]
    found += [fact["text"] for fact in products["facts"]]
    found += [p["recall"] for p in products["products"] if p.get("recall")]
    found += sorted({a["class"] for key in ("agents", "tolerated_suggestions")
                     for a in agents[key]}, key=str.casefold)
    return list(dict.fromkeys(found))


def write_catalog_source(folder: Path) -> Path:
    """The catalog's strings as QT_TRANSLATE_NOOP calls, for lupdate (which reads no JSON)."""
    path = folder / "catalog_strings.py"
    path.write_text("".join(f"QT_TRANSLATE_NOOP({CATALOG_CONTEXT!r}, {text!r})\n"
                            for text in catalog_strings()), encoding="utf-8")
    return path


def ts_path(language: str, folder: Path | None = None) -> Path:
    return (folder or FOLDER) / f"{DOMAIN}_{language}.ts"


def qm_path(language: str, folder: Path | None = None) -> Path:
    return (folder or FOLDER) / f"{DOMAIN}_{language}.qm"


def extract(ts: Path, language: str) -> None:
    """Merge the code's current strings, and the catalog's, into ``ts`` (created if
    missing)."""
    ts.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="sm-card-catalog-") as tmp:
        catalog = write_catalog_source(Path(tmp))
        subprocess.run(
            [tool("pyside6-lupdate"), "-silent", "-locations", "none", "-no-obsolete",
             "-target-language", language,
             *(["-pluralonly"] if language in PLURAL_ONLY else []),
             *map(str, source_files()), str(catalog), "-ts", str(ts)],
            check=True, cwd=ROOT)


def compile_qm(ts: Path, qm: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
                   check=True, cwd=ROOT)


def messages(ts: Path) -> list[Message]:
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type", "") if translation is not None else "unfinished"
            forms = [f.text or "" for f in translation.iter("numerusform")] \
                if translation is not None else []
            text = (translation.text or "") if translation is not None and not forms else ""
            done = all(forms) if forms else bool(text.strip())
            found.append(Message(name, message.findtext("source") or "",
                                 message.findtext("comment") or "", text,
                                 done and kind == "", tuple(forms)))
    return found


def gaps(ts: Path) -> list[Message]:
    return [m for m in messages(ts) if not m.finished]


def write_todo(path: Path, languages) -> int:
    """The untranslated messages as {"de": [{"context", "source", "translation"}...]}; a
    message with plural forms has a list of them to fill (German and English: one, many)."""
    todo = {language: [{"context": m.context, "source": m.source, "comment": m.comment,
                        "translation": list(m.forms) if m.forms else ""}
                       for m in gaps(ts_path(language))]
            for language in languages}
    path.write_text(json.dumps(todo, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return sum(len(items) for items in todo.values())


def fill(path: Path) -> int:
    """Merge translations from a --todo file into the .ts files; returns how many."""
    todo = json.loads(path.read_text(encoding="utf-8"))
    merged = 0
    for language, items in todo.items():
        wanted = {(i["context"], i["source"], i.get("comment", "")): i["translation"]
                  for i in items if i.get("translation") and all(i["translation"])}
        ts = ts_path(language)
        tree = ET.parse(ts)
        for context in tree.getroot().iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                key = (name, message.findtext("source") or "", message.findtext("comment") or "")
                if key not in wanted:
                    continue
                translation = message.find("translation")
                if translation is None:
                    translation = ET.SubElement(message, "translation")
                value = wanted[key]
                if isinstance(value, list):  # plural forms of a %n message
                    for form in list(translation):
                        translation.remove(form)
                    for text in value:
                        ET.SubElement(translation, "numerusform").text = text
                else:
                    translation.text = value
                translation.attrib.pop("type", None)
                merged += 1
        with open(ts, "wb") as handle:
            handle.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
            tree.write(handle, encoding="utf-8", xml_declaration=False)
    return merged


def describe_gaps(language: str, missing: list[Message]) -> str:
    lines = [f"{ts_path(language).relative_to(ROOT)}: {len(missing)} message(s) need a "
             "translation:"]
    lines += [f"  [{m.context}] {m.source!r}" for m in missing]
    return "\n".join(lines)


def stale(language: str, tmp: Path) -> list[str]:
    """Problems of the committed .ts against the code: strings added or removed since it was
    generated, and messages with no finished translation. Works on a copy in ``tmp``."""
    committed = ts_path(language)
    if not committed.exists():
        return [f"{committed.relative_to(ROOT)} is missing"]
    fresh = ts_path(language, tmp)
    shutil.copyfile(committed, fresh)
    extract(fresh, language)
    problems = []
    new_keys = {(m.context, m.source, m.comment) for m in messages(fresh)}
    old_keys = {(m.context, m.source, m.comment) for m in messages(committed)}
    if new_keys != old_keys:
        added, gone = sorted(new_keys - old_keys), sorted(old_keys - new_keys)
        problems.append(
            f"{committed.relative_to(ROOT)} does not match the code: {len(added)} new "
            f"string(s), {len(gone)} removed."
            + "".join(f"\n  new  [{c}] {s!r}" for c, s, _ in added)
            + "".join(f"\n  gone [{c}] {s!r}" for c, s, _ in gone))
    missing = gaps(fresh)
    if missing:
        problems.append(describe_gaps(language, missing))
    return problems


def uncompiled(language: str, tmp: Path) -> list[str]:
    """The committed .qm is not what lrelease makes of the committed .ts."""
    qm = qm_path(language)
    compiled = tmp / qm.name
    compile_qm(ts_path(language), compiled)
    if qm.exists() and qm.read_bytes() == compiled.read_bytes():
        return []
    return [f"{qm.relative_to(ROOT)} is not compiled from the current "
            f"{ts_path(language).name}"]


def check(languages=LANGUAGES) -> list[str]:
    """What is out of date, without writing anything: each problem as one paragraph."""
    problems = []
    with tempfile.TemporaryDirectory(prefix="sm-card-ts-") as tmp:
        for language in languages:
            problems += stale(language, Path(tmp))
            if ts_path(language).exists():
                problems += uncompiled(language, Path(tmp))
    return problems


def update(languages=LANGUAGES) -> list[str]:
    report = []
    for language in languages:
        ts = ts_path(language)
        extract(ts, language)
        compile_qm(ts, qm_path(language))
        missing = gaps(ts)
        if missing:
            report.append(describe_gaps(language, missing))
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true",
                        help="change nothing; exit 1 when a .ts or .qm is out of date")
    parser.add_argument("--todo", type=Path, metavar="FILE.json",
                        help="also write the messages still to translate to FILE.json")
    parser.add_argument("--fill", type=Path, metavar="FILE.json",
                        help="first merge the translations filled in FILE.json")
    parser.add_argument("languages", nargs="*", default=list(LANGUAGES))
    args = parser.parse_args(argv)
    if args.fill:
        print(f"Merged {fill(args.fill)} translation(s) from {args.fill}")
    if args.check:
        problems = check(args.languages)
        for problem in problems:
            print(problem)
        if problems:
            print(f"\nRun: {COMMAND}, translate what it lists, run it again.")
        return 1 if problems else 0
    report = update(args.languages)
    for paragraph in report:
        print(paragraph)
    if args.todo:
        count = write_todo(args.todo, args.languages)
        print(f"\nWrote {count} message(s) to translate to {args.todo}: fill in each "
              f"\"translation\", then run {COMMAND} --fill {args.todo}")
    if report:
        print("\nTranslate these (pyside6-linguist or a text editor), then run "
              f"{COMMAND} again.")
    else:
        print("Translations complete and compiled: " + ", ".join(
            str(qm_path(lang).relative_to(ROOT)) for lang in args.languages))
    return 0


if __name__ == "__main__":
    sys.exit(main())
