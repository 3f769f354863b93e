"""The pre-operative letter's content: record quoted as is, catalog text with references."""

from __future__ import annotations

from datetime import date

import pytest

from sm_card.core import interchange
from sm_card.core.catalog import default_catalog
from sm_card.core.first_aid import Devices
from sm_card.core.models import (
    AvoidEntry,
    Diagnosis,
    Injector,
    PartialDate,
    Procedure,
    Profile,
)
from sm_card.core.surgery import (
    build_letter,
    checklist_items,
    set_checklist_done,
    upcoming_procedures,
)
from sm_card.render.first_aid import form_route, steps_for
from sm_card.render.letter import NONE_RECORDED, recorded_text

TODAY = date(2026, 11, 23)


@pytest.fixture
def profile(example_text) -> Profile:
    return interchange.loads(example_text, today=TODAY).profiles[0]


def test_letter_carries_the_record(profile):
    letter = build_letter(profile, default_catalog(), TODAY)
    assert letter.name == "Alex Example"
    assert letter.date_of_birth == date(1981, 4, 12)
    assert letter.printed_on == TODAY
    d = letter.diagnosis
    assert (d.subtype_code, d.subtype_name) == ("ISM", "Indolent systemic mastocytosis")
    assert d.tryptase == "38.5 ng/mL"
    assert d.tryptase_measured_on == date(2025, 3, 2)
    assert d.kit_d816v == "positive"
    assert d.anaphylaxis_history is True
    assert [a.agent for a in letter.avoid] == [
        "NSAIDs", "atracurium", "morphine", "iodinated contrast media"
    ]
    assert letter.avoid[2].severity == "caution"
    assert [t.agent for t in letter.tolerated] == ["propofol", "paracetamol"]
    assert [m.name for m in letter.medications][0] == "cetirizine"
    # only the devices the person carries: the used Jext is left out
    assert [(i.product, i.lot) for i in letter.injectors] == [
        ("EpiPen", "LX2491"), ("EpiPen", "MB0317")
    ]
    assert [c.name for c in letter.clinicians] == ["Dr Robin Vale"]
    assert [c.name for c in letter.contacts] == ["Sam Example"]


def test_physician_plans_are_quoted_exactly_or_reported_missing(profile):
    plan = "Line one.\n  Indented <b>line</b> & more."
    profile.emergency_plan = plan
    profile.premedication = None
    letter = build_letter(profile, default_catalog(), TODAY)
    assert letter.emergency_plan == plan
    assert letter.premedication is None
    assert recorded_text(letter.emergency_plan) == plan
    assert recorded_text(letter.premedication) == NONE_RECORDED
    profile.premedication = "   "
    assert build_letter(profile, default_catalog(), TODAY).premedication is None


def test_subtype_names_come_from_the_catalog():
    catalog = default_catalog()
    for code, subtype in catalog.subtypes.items():
        profile = Profile(name="P", diagnosis=Diagnosis(subtype=code))
        assert build_letter(profile, catalog, TODAY).diagnosis.subtype_name == subtype.name
    empty = build_letter(Profile(name="P"), catalog, TODAY).diagnosis
    assert empty.subtype_name is None
    assert empty.kit_d816v is None
    assert empty.anaphylaxis_history is None
    profile = Profile(name="P", diagnosis=Diagnosis(kit_d816v="later"))
    assert build_letter(profile, catalog, TODAY).diagnosis.kit_d816v is None


def test_literature_is_the_catalog_perioperative_items_with_numbered_references(profile):
    catalog = default_catalog()
    letter = build_letter(profile, catalog, TODAY)
    # An adult's letter: the study's figures for adults in place of the combined item.
    adults = next(i for i in catalog.rema_figures if i.group == "adults")
    expected = [adults if i.id == "rema-figures" else i for i in catalog.perioperative]
    assert [i.text for i in letter.literature] == [i.text for i in expected]
    # the letter marks a point no verified source backs (render/letter.py)
    assert [i.verified for i in letter.literature] == [
        any(c.verified for c in i.sources) for i in expected]
    assert [i.id for i in letter.literature if not i.verified] == [
        "tms-considerations", "premedication-regimen"]
    numbers = [r.number for r in letter.references]
    assert numbers == list(range(1, len(numbers) + 1))
    by_number = {r.number: r for r in letter.references}
    for item, source_item in zip(letter.literature, expected, strict=True):
        assert item.references, item.id
        cited = [by_number[n].source_id for n in item.references]
        assert cited == [c.id for c in source_item.sources]
    bonadonna = next(r for r in letter.references if r.source_id == "bonadonna-2015")
    assert "PMID 25824492" in bonadonna.text


def test_checklist_follows_the_catalog_and_the_ticks(profile):
    catalog = default_catalog()
    first, second = (item.id for item in catalog.preparation_checklist[:2])
    profile.checklist_done = [second, "an-item-a-later-catalog-dropped"]
    items = checklist_items(profile, catalog)
    assert [i.id for i in items] == [i.id for i in catalog.preparation_checklist]
    assert [i.done for i in items[:2]] == [False, True]
    assert all(i.sources for i in items)

    set_checklist_done(profile, first, True)
    set_checklist_done(profile, first, True)
    set_checklist_done(profile, second, False)
    assert profile.checklist_done == ["an-item-a-later-catalog-dropped", first]


def test_upcoming_procedures_soonest_first_then_undated():
    profile = Profile(name="P", procedures=[
        Procedure("later", date(2027, 3, 1)),
        Procedure("past", date(2026, 1, 1)),
        Procedure("undated"),
        Procedure("today", TODAY),
    ])
    assert [p.procedure for p in upcoming_procedures(profile, TODAY)] == [
        "today", "later", "undated"
    ]


# --- issue 8: first aid, route per device, REMA figures by age, nothing invented ----------


def _rema_texts(letter) -> list[str]:
    return [i.text for i in letter.literature if i.id.startswith("rema-figures")]


@pytest.mark.parametrize(("born", "expected"), [
    (date(2018, 6, 1), ["children"]),  # 8 on the letter's date
    (date(2008, 11, 24), ["children"]),  # 18 tomorrow: still a child today
    (date(2008, 11, 23), ["adults"]),  # 18 today
    (date(1960, 1, 1), ["adults"]),
    (None, ["adults", "children"]),  # not recorded: both, each saying whose they are
])
def test_rema_figures_follow_the_age_on_the_letter_date(born, expected):
    catalog = default_catalog()
    by_group = {item.group: item.text for item in catalog.rema_figures}
    letter = build_letter(Profile(name="P", date_of_birth=born), catalog, TODAY)
    texts = _rema_texts(letter)
    assert texts == [by_group[who] for who in expected]
    joined = " ".join(texts)
    assert ("4 %" in joined and "anaphylaxis in 2 %" in joined) == ("children" in expected)
    assert ("0.4 %" in joined) == ("adults" in expected)
    for item in letter.literature:  # every item still cites a numbered reference
        assert item.references


def test_first_aid_is_always_in_the_letter_with_the_route_of_each_device():
    catalog = default_catalog()
    profile = Profile(name="P", emergency_plan="Antihistamine first. Then call.",
                      injectors=[Injector("neffy", 2, PartialDate(2027, 5)),
                                 Injector("Mystery Pen", 0.3, PartialDate(2027, 5))])
    letter = build_letter(profile, catalog, TODAY, "911")
    assert letter.devices == Devices(("nasal spray",), unknown=True)
    steps = steps_for(letter.devices, letter.emergency_number)
    assert len(steps) == 7
    assert "nasal spray into one nostril" in steps[1]
    assert "thigh" not in " ".join(steps)
    assert "Call the emergency number: 911" in steps
    assert letter.injector_forms == ("nasal spray", None)
    assert tuple(form_route(f) for f in letter.injector_forms) == (
        "nasal spray: one nostril",
        "form not known (product not in the catalog): see the device's label")
    assert letter.emergency_plan == "Antihistamine first. Then call."  # in addition


def test_a_catalog_suggestion_never_becomes_tolerated():
    catalog = default_catalog()
    nsaids = catalog.agent("nsaids")
    assert nsaids is not None and nsaids.usually_tolerated  # the catalog suggests some
    profile = Profile(name="P", avoid=[AvoidEntry("NSAIDs", catalog_id="nsaids")])
    assert build_letter(profile, catalog, TODAY).tolerated == ()
