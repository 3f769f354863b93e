"""The reaction log: stored, carried in the file, linked to avoid entries, compared."""

import json
from datetime import date

import pytest

from sm_card.core import interchange
from sm_card.core.models import AvoidEntry, Diagnosis, Profile, Reaction
from sm_card.core.reactions import linked_avoid, reactions_for
from sm_card.core.store import Store
from sm_card.render.reaction_text import avoid_note, reaction_line

TODAY = date(2026, 11, 23)


def sam() -> Profile:
    return Profile(
        name="Sam", diagnosis=Diagnosis(subtype="ISM", baseline_tryptase_ng_ml=18),
        avoid=[AvoidEntry("Vancomycin", severity="avoid"), AvoidEntry("NSAIDs")],
        reactions=[
            Reaction(date(2025, 5, 3), "vancomycin infusion", "vancomycin",
                     "hives, hypotension", "epinephrine given", 31, id="r1"),
            Reaction(date(2024, 1, 9), signs="flushing", acute_tryptase_ng_ml=20, id="r2"),
        ])


def test_evidence_lines_compare_the_acute_tryptase_with_the_threshold():
    profile = sam()
    assert reaction_line(profile, profile.reactions[0]) == (
        "2025-05-03 — after vancomycin infusion: hives, hypotension; treatment: epinephrine "
        "given; tryptase 31 ng/mL (threshold 23.6: above)")
    assert reaction_line(profile, profile.reactions[1]) == (
        "2024-01-09 — after trigger not recorded: flushing; tryptase 20 ng/mL "
        "(threshold 23.6: not above)")
    profile.diagnosis.baseline_tryptase_ng_ml = None
    assert reaction_line(profile, profile.reactions[0]).endswith(
        "tryptase 31 ng/mL (no baseline recorded: no threshold)")


def test_a_reaction_is_linked_to_its_avoid_entry_by_name():
    profile = sam()
    assert linked_avoid(profile, profile.reactions[0]) is profile.avoid[0]
    assert linked_avoid(profile, profile.reactions[1]) is None
    assert [r.id for r in reactions_for(profile, profile.avoid[0])] == ["r1"]
    assert avoid_note(profile, profile.avoid[0]) == "reaction recorded 2025-05-03"
    assert avoid_note(profile, profile.avoid[1]) == ""


def test_the_log_survives_the_store_and_the_file(data_dir):
    with Store.open(data_dir) as store:
        store.save_profile(sam())
    with Store.open(data_dir) as store:
        loaded = store.load_profile("Sam")
    assert loaded.reactions == sam().reactions
    text = interchange.dumps([loaded])
    assert json.loads(text)["profiles"][0]["reactions"][0] == {
        "id": "r1", "occurred_on": "2025-05-03", "trigger": "vancomycin infusion",
        "avoid_agent": "vancomycin", "signs": "hives, hypotension",
        "treatment": "epinephrine given", "acute_tryptase_ng_ml": 31}
    assert interchange.loads(text, today=TODAY).profiles[0].reactions == sam().reactions
    assert "reactions" not in json.loads(interchange.dumps([loaded], version=2))["profiles"][0]


def test_reactions_without_ids_get_the_same_ids_on_every_import():
    doc = json.loads(interchange.dumps([sam()]))
    for r in doc["profiles"][0]["reactions"]:
        del r["id"]
    first = interchange.loads(json.dumps(doc), today=TODAY).profiles[0].reactions
    again = interchange.loads(json.dumps(doc), today=TODAY).profiles[0].reactions
    assert [r.id for r in first] == [r.id for r in again] and all(r.id for r in first)


@pytest.mark.parametrize("change, words", [
    (lambda r: r.update(occurred_on="2027-01-01"), "occurred_on"),
    (lambda r: r.pop("occurred_on"), "occurred_on: is required"),
    (lambda r: r.update(acute_tryptase_ng_ml=-1), "acute_tryptase_ng_ml: -1 must be at least 0"),
    (lambda r: r.update(colour="red"), "colour: is not a known key"),
])
def test_bad_reactions_are_refused_naming_the_place(change, words):
    doc = json.loads(interchange.dumps([sam()]))
    change(doc["profiles"][0]["reactions"][0])
    with pytest.raises(interchange.InterchangeError) as err:
        interchange.loads(json.dumps(doc), today=TODAY)
    assert "profiles[0].reactions[0]" in str(err.value) and words in str(err.value)


def test_a_version_2_file_refuses_reactions():
    doc = json.loads(interchange.dumps([sam()]))
    doc["version"] = 2
    with pytest.raises(interchange.InterchangeError, match="reactions: is not a known key"):
        interchange.loads(json.dumps(doc), today=TODAY)
