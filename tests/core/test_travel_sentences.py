"""The travel sentence files, the person's corrections, and what the sentences say."""

from __future__ import annotations

import json
import shutil
from datetime import date

import pytest

from sm_card.core.models import AvoidEntry, Contact, Diagnosis, Injector, PartialDate, Profile
from sm_card.core.store import Store
from sm_card.core.travel import (
    CORRECTED,
    EXPIRED,
    EXPIRES_ON_TRIP,
    NOT_REVIEWED,
    TravelError,
    agent_names,
    load_corrections,
    load_languages,
    parse_language_list,
    placeholders,
    save_correction,
    travel_content,
    travel_folder,
    trip_devices,
    with_corrections,
)
from sm_card.render.travel import content_notes, status_line

REQUIRED = ["de", "fr", "es", "it", "pt", "nl", "pl", "el", "tr", "ja", "zh"]


@pytest.fixture(scope="module")
def languages():
    return load_languages()


def test_every_required_language_is_shipped_and_complete(languages):
    source = languages["en"]
    assert set(REQUIRED) <= set(languages)
    assert 20 <= len(source.sentences) <= 50
    for code in REQUIRED:
        lang = languages[code]
        assert set(lang.sentences) == set(source.sentences), code
        for key, sentence in source.sentences.items():
            assert placeholders(lang.sentences[key].text) == placeholders(sentence.text)
            # a translation that is just the English left in place is not a translation
            if len(sentence.text) > 12:
                assert lang.sentences[key].text != sentence.text, (code, key)


def test_shipped_translations_say_honestly_that_nobody_reviewed_them(languages):
    for code in REQUIRED:
        lang = languages[code]
        assert lang.review.status == NOT_REVIEWED
        assert not lang.review.reviewed
        assert all(s.review.status == NOT_REVIEWED for s in lang.sentences.values())
        assert lang.unreviewed_keys == list(lang.sentences)
    assert languages["en"].review.reviewed


def test_english_reuses_the_card_wording(languages):
    from sm_card.render.first_aid import first_aid_steps

    en = languages["en"]
    card = " ".join(first_aid_steps([], "112"))
    # the facts of the steps are the card's: the thigh, 5 minutes, 4 hours, if in doubt
    for fact in ("outer mid-thigh", "5 minutes", "at least 4 hours", "If in doubt, give "
                 "epinephrine", "second dose (a new device)"):
        assert any(fact in s.text for s in en.sentences.values()), fact
    assert "second dose (a new device)" in card and "at least 4 hours" in card


def _copy_folder(tmp_path):
    folder = tmp_path / "travel"
    shutil.copytree(travel_folder(), folder)
    return folder


def test_a_file_missing_a_key_or_a_placeholder_is_refused(tmp_path):
    folder = _copy_folder(tmp_path)
    doc = json.loads((folder / "de.json").read_text(encoding="utf-8"))
    del doc["sentences"]["hospital"]
    doc["sentences"]["call_number"]["text"] = "Rufen Sie den Notruf an."
    (folder / "de.json").write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(TravelError) as err:
        load_languages(folder)
    assert "'hospital' missing" in str(err.value)
    assert "'call_number' has placeholders []" in str(err.value)


def test_a_reviewed_claim_needs_reviewer_and_date(tmp_path):
    folder = _copy_folder(tmp_path)
    doc = json.loads((folder / "fr.json").read_text(encoding="utf-8"))
    doc["review"] = {"status": "reviewed", "reviewer": None, "date": None}
    (folder / "fr.json").write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(TravelError, match="names its reviewer and date"):
        load_languages(folder)


def test_language_list_parsing(languages):
    assert parse_language_list("de, FR,de", languages) == ["de", "fr"]
    with pytest.raises(TravelError, match="no sentences for xx"):
        parse_language_list("de,xx", languages)
    with pytest.raises(TravelError):
        parse_language_list(" , ", languages)


def test_corrections_are_kept_per_profile_and_replace_the_shipped_sentence(tmp_path, languages):
    en, de = languages["en"], languages["de"]
    with Store.open(tmp_path / "data") as store:
        save_correction(store, 1, en, de, "call_contact", "Bitte  meine Kontaktperson anrufen.")
        with pytest.raises(TravelError, match=r"keep exactly \{number\}"):
            save_correction(store, 1, en, de, "call_number", "Notruf wählen.")
        with pytest.raises(TravelError):
            save_correction(store, 1, en, en, "call_contact", "x")
    with Store.open(tmp_path / "data") as store:  # stored, not just in memory
        assert load_corrections(store, 1) == {
            "de": {"call_contact": "Bitte meine Kontaktperson anrufen."}}
        assert load_corrections(store, 2) == {}
        fixed = with_corrections(de, load_corrections(store, 1)["de"])
        assert fixed.text("call_contact") == "Bitte meine Kontaktperson anrufen."
        assert fixed.sentences["call_contact"].review.status == CORRECTED
        assert fixed.sentences["hospital"].review.status == NOT_REVIEWED
        assert fixed.corrected_count == 1
        assert "1 sentence corrected by the user" in status_line(fixed)
        save_correction(store, 1, en, de, "call_contact", None)
        assert load_corrections(store, 1) == {}


def test_fill_never_reparses_values(languages):
    assert languages["en"].text("call_number", number="{end}") == \
        "Call the emergency number: {end}."


def test_agents_print_under_the_catalog_name_with_its_atc_and_never_an_invented_one():
    profile = Profile("A", avoid=[
        AvoidEntry("my aspirin", catalog_id="aspirin"),
        AvoidEntry("Vancomycin", catalog_id="vancomycin", severity="caution"),
        AvoidEntry("Grandma's  cough syrup"),
    ])
    names = agent_names(profile)
    assert [n.label for n in names] == ["Aspirin (ATC N02BA)", "Grandma's cough syrup",
                                        "Vancomycin (ATC J01XA01 intravenous; A07AA09 oral)"]
    assert [n.severity for n in names] == ["avoid", "avoid", "caution"]


def test_agents_print_under_their_inn_with_the_name_the_person_knows_beside_it():
    profile = Profile("A", avoid=[
        AvoidEntry("Demerol", catalog_id="meperidine"),
        AvoidEntry("Novalgin", catalog_id="metamizole"),
        AvoidEntry("Opioids", catalog_id="opioids"),
        AvoidEntry("Sux", catalog_id="succinylcholine"),
    ])
    assert [n.label for n in agent_names(profile)] == [
        # The bracket that only repeats the INN is dropped, the catalog's name kept.
        "pethidine / Meperidine (ATC N02AB02)",
        # The catalog's name already begins with the INN: printed once.
        "Metamizole (dipyrone) (ATC N02BB02)",
        # A class has no INN; its class code stays.
        "Opioids (ATC N02A)",
        # No INN was read for suxamethonium: the catalog's name, which names it, and the code.
        "Succinylcholine (suxamethonium) (ATC M03AB01)",
    ]


def _injector(product, expires, status="active"):
    return Injector(product, 0.3, PartialDate(*expires), status=status)


def test_content_follows_the_record():
    profile = Profile("B", diagnosis=Diagnosis(subtype="ISM"),
                      injectors=[_injector("EpiPen", (2030, 1)), _injector("neffy", (2030, 1)),
                                 _injector("EpiPen", (2020, 1), status="used")],
                      contacts=[Contact("C", "+49 1", "sister")])
    content = travel_content(profile, "112")
    assert content.condition_key == "condition_sm"
    assert content.steps[:3] == ["lay_flat", "epi_auto_injector", "epi_nasal_spray"]
    assert content.carry_two
    assert content.contacts == [("C (sister)", "+49 1")]
    lone = travel_content(Profile("D", injectors=[_injector("EpiPen", (2030, 1))]), "112")
    assert lone.condition_key == "risk_only"
    assert not lone.carry_two
    assert lone.carried == 1
    assert [n.code for n in content_notes(lone)] == ["translation_no_diagnosis",
                                                     "translation_carry_two_left_out"]
    assert any("left out" in n for n in content_notes(lone))
    assert content_notes(content) == []
    cm = travel_content(Profile("E", diagnosis=Diagnosis(subtype="CM")), "112")
    assert cm.condition_key == "condition_cm" and "epi_other" in cm.steps


def test_trip_flags_devices_that_expire_before_the_trip_ends():
    injectors = [_injector("A", (2027, 3, 31)), _injector("B", (2027, 4)),
                 _injector("C", (2027, 2)), _injector("D", (2027, 4, 9)),
                 _injector("E", (2020, 1), status="used")]
    lines = trip_devices(injectors, date(2027, 3, 1), date(2027, 3, 20), date(2027, 4, 10))
    assert [(x.injector.product, x.flag) for x in lines] == [
        ("A", EXPIRES_ON_TRIP), ("B", None), ("C", EXPIRED), ("D", EXPIRES_ON_TRIP)]
    # in date through the trip's last day is not flagged
    assert trip_devices([_injector("F", (2027, 4, 10))], date(2027, 3, 1), date(2027, 3, 20),
                        date(2027, 4, 10))[0].flag is None
    with pytest.raises(TravelError, match="ends"):
        trip_devices(injectors, date(2027, 3, 1), date(2027, 4, 1), date(2027, 3, 1))


def test_every_english_medical_sentence_is_listed_with_its_sources(languages):
    from pathlib import Path

    page = (Path(__file__).parents[2] / "docs" / "clinical-sources.md").read_text("utf-8")
    section = page.split("## 5b. Travel documents", 1)[1].split("\n## ", 1)[0]
    labels = ("label_", "flag_", "letter_title", "letter_to", "letter_trip", "letter_confirm",
              "card_title")
    for key, sentence in languages["en"].sentences.items():
        if not key.startswith(labels):
            assert f"| `{key}` | {sentence.text} |" in section, key


def test_a_trip_is_kept_per_profile_until_it_is_over(tmp_path):
    from datetime import date

    from sm_card.core.store import Store
    from sm_card.core.travel import Trip, load_trip, save_trip

    today = date(2026, 12, 6)
    with Store.open(tmp_path / "data") as store:
        assert load_trip(store, 1, today) == Trip(today, date(2026, 12, 20))
        save_trip(store, 1, Trip(date(2027, 1, 15), date(2027, 2, 5), ("es", "fr")))
        assert load_trip(store, 1, today) == Trip(date(2027, 1, 15), date(2027, 2, 5),
                                                  ("es", "fr"))
        assert load_trip(store, 2, today).languages == ()  # another profile's own
        after = date(2027, 2, 6)  # over: a new trip from that day; the languages stay
        assert load_trip(store, 1, after) == Trip(after, date(2027, 2, 20), ("es", "fr"))
        store.set_setting("travel_trip:1", {"start": "soon", "languages": ["de", 3]})
        assert load_trip(store, 1, today) == Trip(today, date(2026, 12, 20), ("de",))
        store.set_setting("travel_trip:1", ["not", "a", "trip"])
        assert load_trip(store, 1, today) == Trip(today, date(2026, 12, 20))
        assert load_trip(store, None, today) == Trip(today, date(2026, 12, 20))
