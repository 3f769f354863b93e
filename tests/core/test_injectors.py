"""Device status and the person's "carry two" warning, on calendar dates."""

from datetime import date

import pytest

from sm_card.core import interchange
from sm_card.core.injectors import (
    DUE_SOON,
    EXPIRED,
    IN_DATE,
    days_left,
    device_status,
    history,
    in_date_devices,
    mark_used,
    person_status,
    replace_injector,
    replaced_by,
    replacements,
    soon_days_for,
)
from sm_card.core.models import Injector, PartialDate, Profile
from sm_card.core.store import Store


def pen(expires: str, status: str = "active", **kw) -> Injector:
    y, m, *d = (int(x) for x in expires.split("-"))
    return Injector(product=kw.pop("product", "EpiPen"), dose_mg=0.3,
                    expires_on=PartialDate(y, m, d[0] if d else None), status=status, **kw)


def test_in_date_through_expiry_day_and_expired_from_the_next():
    device = pen("2026-12-31")
    assert device_status(device, date(2026, 12, 31)) == DUE_SOON
    assert days_left(device, date(2026, 12, 31)) == 0
    assert device_status(device, date(2027, 1, 1)) == EXPIRED
    assert days_left(device, date(2027, 1, 1)) == -1


@pytest.mark.parametrize("month, last", [("2027-02", date(2027, 2, 28)),
                                         ("2028-02", date(2028, 2, 29)),
                                         ("2026-12", date(2026, 12, 31)),
                                         ("2027-04", date(2027, 4, 30))])
def test_month_only_expiry_means_the_last_day_of_that_month(month, last):
    device = pen(month)
    assert device.expiry_date == last
    assert device_status(device, last, soon_days=0) == DUE_SOON
    assert device_status(device, date.fromordinal(last.toordinal() + 1)) == EXPIRED


def test_due_soon_window_is_the_first_lead_time():
    device = pen("2027-03-31")
    assert soon_days_for([60, 30, 7, 0]) == 60
    assert device_status(device, date(2027, 1, 30), 60) == DUE_SOON  # 60 days left
    assert device_status(device, date(2027, 1, 29), 60) == IN_DATE  # 61 days left
    assert device_status(device, date(2027, 3, 1), 30) == DUE_SOON


def test_person_needs_two_in_date_active_devices():
    today = date(2026, 11, 23)
    profile = Profile(name="A", injectors=[pen("2027-09"), pen("2026-10"),
                                           pen("2028-01", status="used")])
    status = person_status(profile, today)
    assert status.in_date_count == 1 and status.too_few
    assert status.active_count == 2
    assert status.worst_device == EXPIRED
    profile.injectors.append(pen("2026-12-01"))  # due soon still counts as in date
    status = person_status(profile, today)
    assert status.in_date_count == 2 and not status.too_few
    assert [i.expires_on for i in in_date_devices(profile, today)] == [
        PartialDate(2027, 9), PartialDate(2026, 12, 1)]
    assert person_status(Profile(name="B"), today).too_few


def test_replace_keeps_the_old_device_in_history():
    old = pen("2026-12-31", lot="LX1", location="handbag")
    other = pen("2027-09", lot="MB2")
    profile = Profile(name="A", injectors=[old, other])
    new = replace_injector(profile, old.id, pen("2027-12", lot="NEW1", location="handbag"))
    assert new.replaces == old.id and new.status == "active"
    assert profile.injectors[0] is new  # the person's order is kept
    assert old.status == "disposed" and profile.injectors[-1] is old
    assert history(profile) == [old]
    assert replaced_by(profile, old.id) is new
    assert replacements(profile) == {old.id: new}
    assert [i.lot for i in profile.active_injectors] == ["NEW1", "MB2"]


def test_mark_used_and_wrong_status():
    device = pen("2027-01")
    profile = Profile(name="A", injectors=[device])
    mark_used(profile, device.id)
    assert device.status == "used" and profile.active_injectors == []
    with pytest.raises(ValueError):
        mark_used(profile, device.id, "active")
    with pytest.raises(KeyError):
        mark_used(profile, "no-such-id")


def test_replacement_history_survives_the_store_and_export(tmp_path, example_text):
    profile = interchange.loads(example_text, today=date(2026, 11, 23)).profiles[0]
    first = profile.active_injectors[0]
    new = replace_injector(profile, first.id, pen("2027-11", lot="R1"), old_status="used")
    with Store.open(tmp_path / "d") as store:
        store.replace_profiles([profile])
        loaded = store.load_profile(profile.name)
    assert replaced_by(loaded, first.id).id == new.id
    assert [i.status for i in history(loaded)] == ["used", "used"]  # the example's used Jext too
    again = interchange.loads(interchange.dumps([loaded]), today=date(2026, 11, 23)).profiles[0]
    assert {(i.id, i.replaces, i.status) for i in again.injectors} == {
        (i.id, i.replaces, i.status) for i in loaded.injectors}
