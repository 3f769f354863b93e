"""What a calendar export held, and whether a person's devices moved on since (real store)."""

from datetime import UTC, datetime

from sm_card.core.calendar_export import KEY, changed_since, record_export
from sm_card.core.models import Injector, PartialDate, Profile
from sm_card.core.store import Store

AT = datetime(2026, 11, 23, 9, tzinfo=UTC)


def _pen(expiry: PartialDate, **kw) -> Injector:
    return Injector(product="EpiPen", dose_mg=0.3, expires_on=expiry, **kw)


def test_changed_since_the_export_and_right_again_after_the_next(tmp_path):
    with Store.open(tmp_path / "d") as store:
        store.replace_profiles([Profile(name="Kim", injectors=[_pen(PartialDate(2027, 5))]),
                                Profile(name="Lee")])
        kim, lee = store.load_all()
        assert changed_since(store, kim) is None  # never exported: nothing to say
        record_export(store, [kim, lee], AT)
        assert changed_since(store, kim) is None
        kim.injectors[0].status = "used"
        kim.injectors.append(_pen(PartialDate(2028, 1)))
        store.save_profile(kim)
        kim = store.load_profile("Kim")
        assert changed_since(store, kim) == AT
        assert changed_since(store, lee) is None  # her file is still right
        record_export(store, store.load_all(), AT.replace(day=24))
        assert changed_since(store, store.load_profile("Kim")) is None


def test_a_person_added_with_devices_after_the_export_is_missing_from_it(tmp_path):
    with Store.open(tmp_path / "d") as store:
        store.replace_profiles([Profile(name="Kim")])
        record_export(store, store.load_all(), AT)
        store.replace_profiles([Profile(name="Kim"), Profile(name="Sam")])
        sam = store.load_profile("Sam")
        assert changed_since(store, sam) is None  # no device: nothing missing
        sam.injectors.append(_pen(PartialDate(2027, 5)))
        store.save_profile(sam)
        assert changed_since(store, store.load_profile("Sam")) is not None


def test_a_malformed_entry_counts_as_no_export(tmp_path):
    with Store.open(tmp_path / "d") as store:
        store.replace_profiles([Profile(name="Kim", injectors=[_pen(PartialDate(2027, 5))])])
        kim = store.load_profile("Kim")
        for bad in ("yesterday", {"at": "soon", "devices": {}}, {"devices": []}, None):
            store.set_setting(KEY, bad)
            assert changed_since(store, kim) is None


def test_a_device_no_record_holds_is_cancelled_in_the_next_file(tmp_path):
    """An added pen undone after an export, or a deleted profile's pen, left its alarms in
    the phone: nothing in the record could cancel them. The next file does, from what the
    export held; devices still recorded are not listed."""
    from icalendar import Calendar

    from sm_card.core.calendar_export import gone_since
    from sm_card.render.ics import render_ics

    with Store.open(tmp_path / "d") as store:
        kept, added = _pen(PartialDate(2027, 5)), _pen(PartialDate(2028, 8), location="coat")
        store.replace_profiles([Profile(name="Kim", injectors=[kept, added]),
                                Profile(name="Sam", injectors=[_pen(PartialDate(2027, 9))])])
        record_export(store, store.load_all(), AT)
        sams = store.load_profile("Sam").injectors[0]
        kim = store.load_profile("Kim")
        kim.injectors = [i for i in kim.injectors if i.id != added.id]  # the addition undone
        store.save_profile(kim)
        store.delete_profile("Sam")
        profiles = store.load_all()
        gone = gone_since(store, profiles)
        assert sorted((person, d.id) for person, d in gone) == sorted(
            [("Kim", added.id), ("Sam", sams.id)])
        assert [d.id for _, d in gone_since(store, [*profiles, Profile(name="X",
                                                                    injectors=[added])])] \
            == [sams.id]
        cal = Calendar.from_ical(render_ics(profiles, now=AT, gone=gone))
        events = {str(e["UID"]): e for e in cal.walk("VEVENT")}
        cancelled = events[f"{added.id}@sm-card"]
        assert str(cancelled["STATUS"]) == "CANCELLED"
        assert cancelled.decoded("DTSTART").isoformat() == "2028-08-31"
        assert "removed from sm-card" in str(cancelled["DESCRIPTION"])
        assert str(events[f"{kept.id}@sm-card"].get("STATUS", "")) != "CANCELLED"
        store.set_setting(KEY, {"at": AT.isoformat(), "held": [{"id": "x"}, "junk"]})
        assert gone_since(store, profiles) == []
