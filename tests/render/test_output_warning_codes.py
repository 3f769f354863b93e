"""The warnings of the printed outputs carry a stable code, their facts and the places they are
about, besides the English sentence the CLI prints (render/output_warnings.py)."""

from __future__ import annotations

import ast
import json
from datetime import date
from pathlib import Path

import pytest

from sm_card.core import interchange
from sm_card.core.models import Profile
from sm_card.core.travel import load_languages, travel_content
from sm_card.render import output_warnings
from sm_card.render.action_plan import build_action_plan_pdf
from sm_card.render.action_plan_text import build_action_plan
from sm_card.render.card import build_card
from sm_card.render.lockscreen import build_lockscreen
from sm_card.render.output_warnings import PLACES, WARNING_CODES, OutputWarning, no_room
from sm_card.render.travel import build_travel_card, build_travel_letter, build_travel_sheet

RENDER = Path(output_warnings.__file__).parent
TODAY = date(2026, 12, 6)
HELPERS = {"no_glyph": "no_glyph", "no_room": "no_room", "device_expired": "device_expired"}


def _sites() -> list[tuple[str, str, set[str]]]:
    """(file:line, code, keyword names) of every OutputWarning made in render/."""
    found = []
    for path in sorted(RENDER.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id == "OutputWarning"):
                continue
            assert len(node.args) == 2, f"{path.name}:{node.lineno}: text and code"
            code = node.args[1]
            if path.name == "output_warnings.py" and isinstance(code, ast.Attribute):
                continue  # within(): the same warning about a place
            # one of two literal codes, or one
            codes = [code.body, code.orelse] if isinstance(code, ast.IfExp) else [code]
            for c in codes:
                assert isinstance(c, ast.Constant) and isinstance(c.value, str), (
                    f"{path.name}:{node.lineno}: the code must be a literal")
                keywords = {k.arg for k in node.keywords if k.arg and k.arg != "places"}
                found.append((f"{path.name}:{node.lineno}", c.value, keywords))
    return found


def _places_written() -> set[str]:
    """The literal places given to .within() and to a face's label in render/."""
    found = set()
    for path in sorted(RENDER.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr == "within" and node.args
                    and isinstance(node.args[0], ast.Constant)):
                found.add(node.args[0].value)
    return found


def test_every_warning_made_in_render_is_declared_with_exactly_its_facts():
    sites = _sites()
    assert len(sites) >= 25
    for where, code, params in sites:
        assert code in WARNING_CODES, f"{where}: {code} is not in WARNING_CODES"
        if code not in HELPERS:
            assert params == set(WARNING_CODES[code]), (where, code, params)
    used = {code for _, code, _ in sites}
    assert used == set(WARNING_CODES)  # none declared and unused
    assert _places_written() <= set(PLACES)


def test_no_render_module_words_a_warning_as_a_plain_string():
    # every append/extend of a warnings list goes through OutputWarning (or one made by it)
    for path in sorted(RENDER.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr == "append"
                    and isinstance(node.func.value, (ast.Name, ast.Attribute))
                    and (getattr(node.func.value, "id", "") == "warnings"
                         or getattr(node.func.value, "attr", "") == "warnings")):
                arg = node.args[0]
                assert not isinstance(arg, (ast.Constant, ast.JoinedStr, ast.BinOp)), (
                    f"{path.name}:{node.lineno}: a warning without a code")


def test_a_warning_is_its_english_text_and_keeps_its_facts_within_a_place():
    w = no_room("morphine").within("avoid list").within("Back", ", ")
    assert w == "Back, avoid list: not enough room, left out: morphine"
    assert isinstance(w, str) and w.code == "no_room" and w.params == {"cut": "morphine"}
    assert w.places == (("Back", ""), ("avoid list", ""))
    card = OutputWarning("x", "no_device").within("Translation card", detail="de")
    assert card == "Translation card (de): x" and card.places == (("Translation card", "de"),)


def _many() -> Profile:
    example = json.loads((Path(__file__).parents[1] / "fixtures" / "example-v1.json")
                         .read_text(encoding="utf-8"))
    p = example["profiles"][0]
    p["name"] = "山田 花子 Hanako Yamada"
    del p["diagnosis"]
    p["contacts"] = []
    p["avoid"] = [{"agent": f"agent number {i} with a rather long descriptive name",
                   "severity": "avoid" if i % 2 else "caution"} for i in range(25)]
    p["injectors"] = [{"product": "EpiPen", "dose_mg": 0.3, "expires_on": "2026-01-31",
                       "status": "active"}]
    p["emergency_plan"] = " ".join(f"Sentence {i} of the physician's plan says to do a thing "
                                   "carefully and then wait." for i in range(30))
    return interchange.loads(json.dumps(example), today=TODAY).profiles[0]


@pytest.fixture(scope="module")
def rendered():
    profile = _many()
    known = load_languages()
    source, languages = known["en"], [known["de"]]
    content = travel_content(profile, "112")
    return {
        "card": build_card(profile, today=TODAY, layout="card").warnings,
        "lockscreen": build_lockscreen(profile, 1080, 2340, today=TODAY).warnings,
        "action plan": build_action_plan_pdf(build_action_plan(profile, TODAY, "112")).warnings,
        "travel card": build_travel_card(profile, content, languages, source).warnings,
        "travel sheet": build_travel_sheet(profile, content, languages, source,
                                           today=TODAY).warnings,
        "travel letter": build_travel_letter(profile, content, languages, source, today=TODAY,
                                             start=date(2027, 1, 1),
                                             end=date(2027, 2, 1)).warnings,
    }


def test_every_warning_of_a_real_record_carries_a_declared_code_and_its_facts(rendered):
    codes = set()
    for output, warnings in rendered.items():
        assert warnings, output
        for w in warnings:
            assert isinstance(w, OutputWarning), (output, w)
            assert set(w.params) == set(WARNING_CODES[w.code]), (output, w.code)
            assert {place for place, _ in w.places} <= set(PLACES), (output, w.places)
            codes.add(w.code)
    assert {"no_contact_card", "device_expired", "avoid_unprinted", "no_room",
            "plan_shortened_letter", "no_contact", "device_expired_replace",
            "plan_device_expired", "translation_no_diagnosis",
            "translation_carry_two_left_out", "trip_device_expired",
            "travel_letter_carry_two", "translation_unchecked"} <= codes
    unprinted = next(w for w in rendered["card"] if w.code == "avoid_unprinted")
    assert unprinted.params["total"] == 25 and unprinted.params["missing"] > 0
    assert unprinted.startswith(f"Back, avoid list: {unprinted.params['missing']} of 25 "
                                "entries not printed in full: ")
    expired = next(w for w in rendered["card"] if w.code == "device_expired")
    assert expired.params == {"product": "EpiPen", "dose": "0.3", "date": "2026-01-31"}
    assert expired == "EpiPen 0.3 mg expired on 2026-01-31: replace it (still listed as carried)."
