"""What a printed card said, kept in a real store and compared with the record later."""

from __future__ import annotations

from datetime import UTC, date, datetime

from sm_card.core import issued
from sm_card.core.interchange import loads
from sm_card.core.models import AvoidEntry, Contact, Injector, PartialDate
from sm_card.core.store import SCHEMA_VERSION, Store
from sm_card.render.summary import engraving_lines

MADE = datetime(2026, 11, 3, 9, 30, tzinfo=UTC)


def _example(example_file):
    return loads(example_file.read_text(encoding="utf-8"), today=date(2026, 11, 1)).profiles[0]


def _saved(data_dir, example_file):
    store = Store.open(data_dir)
    profile = _example(example_file)
    store.save_profile(profile)
    return store, profile


def test_a_card_matches_the_record_it_was_made_from(data_dir, example_file):
    store, profile = _saved(data_dir, example_file)
    with store:
        facts = issued.record_facts(profile, emergency_number="112")
        store.record_issued(profile, issued.Issued(issued.CARD, MADE, facts, {}))
        assert facts["avoid"][:2] == ["NSAIDs", "atracurium"]
        again = store.load_profile(profile.name)
        assert issued.stale_outputs(store.issued_outputs(again), again,
                                    emergency_number="112", engraving_lines=engraving_lines) == []


def test_an_agent_added_since_is_named_with_its_date(data_dir, example_file):
    store, profile = _saved(data_dir, example_file)
    with store:
        store.record_issued(profile, issued.Issued(
            issued.CARD, MADE, issued.record_facts(profile, emergency_number="112"), {}))
        profile.avoid.append(AvoidEntry("vancomycin", noted_on=date(2026, 12, 3)))
        removed = profile.contacts.pop(0)
        store.save_profile(profile)
    with Store.open(data_dir) as store:  # a later run of the app or the CLI
        now = store.load_profile(profile.name)
        (out,) = issued.stale_outputs(store.issued_outputs(now), now, emergency_number="112",
                                      engraving_lines=engraving_lines)
    assert out.kind == issued.CARD and out.issued.issued_at == MADE
    assert issued.Change("avoid", "vancomycin", True, date(2026, 12, 3)) in out.changes
    gone = [c for c in out.changes if not c.added]
    assert [c.section for c in gone] == ["contacts"] and removed.name in gone[0].item
    assert out.changes[0].section == "avoid"  # read in the card's order, additions first


def test_replacing_a_pen_by_the_same_product_changes_no_printed_word(example_file):
    profile = _example(example_file)
    before = issued.record_facts(profile, emergency_number="112")
    old = profile.active_injectors[0]
    old.status = "used"
    profile.injectors.append(Injector(old.product, old.dose_mg, PartialDate(2028, 5),
                                      location=old.location))
    assert issued.changes(before, issued.record_facts(profile, emergency_number="112")) == []
    profile.injectors.append(Injector("Neffy", 2.0, PartialDate(2028, 5)))
    found = issued.changes(before, issued.record_facts(profile, emergency_number="112"))
    assert [c.section for c in found] == ["epinephrine"] and found[0].added


def test_a_new_emergency_number_or_reordered_list(example_file):
    profile = _example(example_file)
    before = issued.record_facts(profile, emergency_number="112")
    profile.contacts.reverse()
    assert issued.changes(before, issued.record_facts(profile, emergency_number="112")) == []
    moved = issued.changes(before, issued.record_facts(profile, emergency_number="911"))
    assert moved == [issued.Change("emergency_number", "911", True),
                     issued.Change("emergency_number", "112", False)]


def test_an_engraving_is_stale_when_the_same_options_engrave_other_text(data_dir,
                                                                          example_file):
    from sm_card.render.summary import engraving

    store, profile = _saved(data_dir, example_file)
    options = {"lines": 5, "width": 20, "ascii_only": False}
    text = engraving(profile, lines=5, width=20).text.splitlines()
    with store:
        store.record_issued(profile, issued.Issued(issued.ENGRAVING, MADE,
                                                   issued.engraving_facts(text), options))
        assert issued.stale_outputs(store.issued_outputs(profile), profile,
                                    emergency_number="112", engraving_lines=engraving_lines) == []
        profile.contacts[0].phone = "+44 7700 900999"  # the ICE line of the bracelet
        (out,) = issued.stale_outputs(store.issued_outputs(profile), profile,
                                      emergency_number="112", engraving_lines=engraving_lines)
    assert out.kind == issued.ENGRAVING
    assert out.changes == (issued.Change("engraving", "ICE +44 7700 900999", True),
                           issued.Change("engraving", "ICE +44 7700 900123", False))


def test_the_last_of_each_kind_is_kept_and_goes_with_its_profile(data_dir, example_file):
    store, profile = _saved(data_dir, example_file)
    with store:
        facts = issued.record_facts(profile, emergency_number="112")
        for day in (1, 2, 3):
            store.record_issued(profile, issued.Issued(
                issued.CARD, MADE.replace(day=day), facts, {}))
        store.record_issued(profile, issued.Issued(issued.ACTION_PLAN, MADE, facts, {}))
        kinds = {(i.kind, i.issued_at.day) for i in store.issued_outputs(profile)}
        assert kinds == {(issued.CARD, 3), (issued.ACTION_PLAN, 3)}
        store.delete_profile(profile.name)
        count = store._conn.execute("SELECT COUNT(*) FROM issued_outputs").fetchone()[0]
        assert count == 0
    assert SCHEMA_VERSION >= 2


def test_an_unsaved_profile_is_not_remembered(data_dir, example_file):
    profile = _example(example_file)
    with Store.open(data_dir) as store:
        store.record_issued(profile, issued.Issued(issued.CARD, MADE, {}, {}))
        assert store.issued_outputs(profile) == []


def test_a_damaged_row_loses_only_its_hint(data_dir, example_file):
    store, profile = _saved(data_dir, example_file)
    with store:
        store.record_issued(profile, issued.Issued(issued.CARD, MADE, {"name": ["x"]}, {}))
        with store._transaction() as conn:
            conn.execute("UPDATE issued_outputs SET facts = '{not json'")
        assert store.issued_outputs(profile) == []
        profile.contacts.append(Contact("Zoë", "+49 30 1234567"))
        store.save_profile(profile)
