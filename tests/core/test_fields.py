"""The record's field declaration (core/fields.py) agrees with the models, and every declared
field goes through the file and the store unchanged."""

from __future__ import annotations

import dataclasses
import io
import json
import re
from collections.abc import Iterator
from datetime import date, time

import pytest
from PIL import Image

from sm_card.core import fields, interchange
from sm_card.core import validation as v
from sm_card.core.fields import ENTRY_FIELDS, FIELDS, NOT_DECLARED
from sm_card.core.models import (
    AvoidEntry,
    Clinician,
    Contact,
    Medication,
    PartialDate,
    Profile,
    Reaction,
    ToleratedEntry,
)
from sm_card.core.photo import prepare_photo
from sm_card.core.store import Store

TODAY = date(2026, 12, 6)
LISTS = {AvoidEntry: "avoid", ToleratedEntry: "tolerated", Medication: "medications",
         Contact: "contacts", Clinician: "clinicians"}
# Text fields without a length limit, and why (every other text field has one).
UNLIMITED = {
    (Reaction, "avoid_agent"): "never had a limit since the reaction log began; one now would "
                               "refuse files that import today",
}
ALL = list(FIELDS)


def _ids(model: type) -> str:
    return model.__name__


@pytest.mark.parametrize("model", ALL, ids=_ids)
def test_every_model_field_is_declared_once_or_listed_with_a_reason(model):
    declared = [f.attr for f in FIELDS[model]]
    undeclared = [attr for (m, attr) in NOT_DECLARED if m is model]
    assert sorted(declared + undeclared) == sorted(f.name for f in dataclasses.fields(model))
    assert len(set(declared)) == len(declared)
    assert len(set(f.file_key for f in FIELDS[model])) == len(declared)
    assert len(set(f.store_column for f in FIELDS[model])) == len(declared)


def test_every_reason_for_a_field_left_undeclared_is_given():
    for (model, attr), reason in NOT_DECLARED.items():
        assert attr in model.__dataclass_fields__ and reason.strip()
    for (model, attr), reason in UNLIMITED.items():
        assert fields.field_of(model, attr).limit is None and reason.strip()


def test_every_record_type_of_the_profile_is_declared():
    assert set(LISTS) == set(ENTRY_FIELDS)
    for model, declared in ENTRY_FIELDS.items():
        assert FIELDS[model] is declared
    reached = {Profile}
    for model in ALL:
        for f in FIELDS[model]:
            if f.kind in (fields.LIST, fields.RECORD):
                assert f.entry is not None
                reached.add(f.entry)
                expected = (f"list[{f.entry.__name__}]" if f.kind == fields.LIST
                            else f"{f.entry.__name__} | None")
                assert model.__dataclass_fields__[f.attr].type == expected, f.attr
            else:
                assert f.entry is None, f.attr
    assert reached == set(FIELDS)  # nothing declared that the profile does not hold


def test_a_shared_key_has_one_limit_and_one_label():
    seen: dict[str, fields.Field] = {}
    for declared in FIELDS.values():
        for f in declared:
            first = seen.setdefault(f.file_key, f)
            assert (f.limit, f.label, f.bounds) == (first.limit, first.label, first.bounds), \
                f.file_key
            assert v.TEXT_LIMITS.get(f.file_key) == f.limit
            assert v.LABELS[f.file_key] == f.label
            if f.bounds is not None:
                assert v.NUMBER_LIMITS[f.file_key] == (f.bounds.low, f.bounds.high)
    assert set(v.NUMBER_LIMITS) <= set(seen)
    assert set(v.TEXT_LIMITS) - set(seen) == {"checklist_item", "language"}


@pytest.mark.parametrize("model", ALL, ids=_ids)
def test_declarations_are_well_formed(model):
    for f in FIELDS[model]:
        is_text = f.kind in fields.TEXT_KINDS
        assert (f.limit is not None) == (is_text and (model, f.attr) not in UNLIMITED), f.attr
        assert bool(f.choices) == (f.kind == fields.CHOICE), f.attr
        if f.default is not None:
            assert f.default in f.choices
        assert (f.bounds is not None) == (f.kind in (fields.NUMBER, fields.MINUTES)), f.attr
        if f.bounds is not None:
            assert f.bounds.low < f.bounds.high
        assert not f.not_in_future or f.kind == fields.DATE, f.attr
        assert not f.column or f.kind in fields.COLUMN_KINDS, f.attr
        assert 1 <= f.since <= interchange.LATEST_VERSION


def test_the_lists_of_the_file_carry_the_declared_count_limits():
    lists = {f.file_key for declared in FIELDS.values() for f in declared
             if f.kind in (fields.LIST, fields.LANGUAGES, fields.CHECKLIST)}
    assert lists == set(v.LIST_LIMITS) - {"profiles"}


_PHOTO: list[bytes] = []


def _photo() -> bytes:
    if not _PHOTO:
        buf = io.BytesIO()
        Image.new("RGB", (30, 40), (200, 60, 40)).save(buf, "PNG")
        _PHOTO.append(prepare_photo(buf.getvalue()))
    return _PHOTO[0]


def _sample(f: fields.Field, index: int) -> object:
    """A value for a declared field that differs from every other field's value and from
    the field's default, so a value that was dropped would show."""
    kind = f.kind
    if kind == fields.DATE:
        return date(2020, 1, index + 1)
    if kind == fields.PARTIAL_DATE:
        return PartialDate(2027, 8)  # month only: it must keep its form
    if kind == fields.TIME:
        return time(8, index)
    if kind in (fields.NUMBER, fields.MINUTES):
        assert f.bounds is not None
        middle = (f.bounds.low + f.bounds.high) / 2 + index / 4
        return int(middle) if kind == fields.MINUTES else middle
    if kind == fields.BOOL:
        return True
    if kind == fields.CHOICE:
        return f.choices[-1]
    if kind == fields.PHONE:
        return f"+44 7700 90{index:04d}"
    if kind == fields.MULTILINE:
        return f"{f.attr} line one\nline two"
    if kind in (fields.LIST, fields.RECORD):
        assert f.entry is not None
        record = _full_record(f.entry)
        return [record] if kind == fields.LIST else record
    if kind == fields.LANGUAGES:
        return ["en", "pt-BR"]
    if kind == fields.CHECKLIST:
        return ["anaesthetist", "letter"]
    if kind == fields.PHOTO:
        return _photo()
    return f"{f.attr} {index}"


def _full_record(model: type) -> object:
    return model(**{f.attr: _sample(f, i) for i, f in enumerate(FIELDS[model])})


def _full_profile() -> Profile:
    profile = _full_record(Profile)
    assert isinstance(profile, Profile)
    return profile


def _places(model: type, data: dict, place: str) -> Iterator[tuple[type, dict, str]]:
    """Every record in a written profile: its type, its object and where it is."""
    yield model, data, place
    for f in FIELDS[model]:
        if f.file_key not in data or f.entry is None:
            continue
        if f.kind == fields.RECORD:
            yield from _places(f.entry, data[f.file_key], f"{place}.{f.file_key}")
        else:
            for i, item in enumerate(data[f.file_key]):
                yield from _places(f.entry, item, f"{place}.{f.file_key}[{i}]")


def _doc(version: int = interchange.LATEST_VERSION) -> dict:
    return json.loads(interchange.dumps([_full_profile()], version=version))


def _refusal(doc: dict) -> str:
    with pytest.raises(interchange.InterchangeError) as caught:
        interchange.loads(json.dumps(doc), today=TODAY)
    return str(caught.value)


@pytest.mark.parametrize("version", interchange.SUPPORTED_VERSIONS)
def test_file_writes_every_declared_key_of_its_version_in_order(version):
    seen = set()
    for model, data, place in _places(Profile, _doc(version)["profiles"][0], "profiles[0]"):
        expected = [f.file_key for f in FIELDS[model] if f.since <= version]
        assert list(data) == expected, place
        seen.add(model)
    assert seen == {m for m in FIELDS if any(
        f.entry is m and f.since <= version for d in FIELDS.values() for f in d)} | {Profile}


def test_file_round_trips_every_declared_field():
    text = interchange.dumps([_full_profile()])
    result = interchange.loads(text, today=TODAY)
    assert result.warnings == []
    _assert_same(result.profiles[0], _full_profile())


def _assert_same(back: Profile, expected: Profile) -> None:
    """Equal, and of the same types (1 == True == 1.0 in Python: repr tells them apart)."""
    for f in FIELDS[Profile]:  # field by field, so a failure names the field
        assert getattr(back, f.attr) == getattr(expected, f.attr), f.attr
        assert repr(getattr(back, f.attr)) == repr(getattr(expected, f.attr)), f.attr
    assert back == expected


def test_store_round_trips_every_declared_field(tmp_path):
    with Store.open(tmp_path / "data") as store:
        store.save_profile(_full_profile())
    with Store.open(tmp_path / "data") as store:  # read back from the file, not a cache
        back = store.load_profile(_full_profile().name)
    _assert_same(back, _full_profile())


@pytest.mark.parametrize("model", ALL, ids=_ids)
def test_importer_refuses_a_key_not_declared(model):
    doc = _doc()
    found = [(data, place) for m, data, place in _places(Profile, doc["profiles"][0],
                                                          "profiles[0]") if m is model]
    assert found
    data, place = found[0]
    data["colour"] = "blue"
    assert _refusal(doc) == f"{place}.colour: is not a known key"


def _first_version(model: type) -> int:
    """The first format version that holds records of ``model``."""
    if model is Profile:
        return 1
    holder, f = next((m, f) for m, declared in FIELDS.items() for f in declared
                     if f.entry is model)
    return max(f.since, _first_version(holder))


# Keys that came with a later version than the record holding them.
LATER_KEYS = [(m, f) for m, declared in FIELDS.items() for f in declared
              if f.since > _first_version(m)]


def test_later_keys_are_found():
    assert {(m.__name__, f.attr) for m, f in LATER_KEYS} >= {
        ("Injector", "id"), ("Injector", "replaces"), ("Procedure", "planned_at"),
        ("Profile", "procedures"), ("Profile", "photo_jpeg"), ("Profile", "reactions")}


@pytest.mark.parametrize(("model", "field"), LATER_KEYS,
                         ids=[f"{m.__name__}.{f.attr}" for m, f in LATER_KEYS])
def test_importer_refuses_a_key_of_a_later_version(model, field):
    """A key is known from the version that brought it; an older file holding it is
    refused."""
    older = field.since - 1
    doc = _doc(older)
    data, place = next((d, p) for m, d, p in _places(Profile, doc["profiles"][0],
                                                     "profiles[0]") if m is model)
    latest = next(d for m, d, _ in _places(Profile, _doc()["profiles"][0], "") if m is model)
    data[field.file_key] = latest[field.file_key]
    assert _refusal(doc) == f"{place}.{field.file_key}: is not a known key"


@pytest.mark.parametrize("model", ALL, ids=_ids)
def test_importer_applies_each_declared_limit(model):
    checked = 0
    for f in FIELDS[model]:
        if f.limit is None:
            continue
        doc = _doc()
        data, place = next((d, p) for m, d, p in _places(Profile, doc["profiles"][0],
                                                         "profiles[0]") if m is model)
        data[f.file_key] = "x" * (f.limit + 1)
        assert re.fullmatch(rf"{re.escape(place)}\.{f.file_key}: is longer than {f.limit:,} "
                            "characters", _refusal(doc))
        checked += 1
    assert checked or not any(f.kind in fields.TEXT_KINDS for f in FIELDS[model])


@pytest.mark.parametrize("model", [m for m in ALL if any(f.bounds for f in FIELDS[m])],
                         ids=_ids)
def test_importer_applies_each_declared_bound(model):
    for f in FIELDS[model]:
        if f.bounds is None:
            continue
        for outside in (f.bounds.high + 1, f.bounds.low - 1):
            doc = _doc()
            data, place = next((d, p) for m, d, p in _places(Profile, doc["profiles"][0],
                                                             "profiles[0]") if m is model)
            data[f.file_key] = outside
            assert _refusal(doc).startswith(f"{place}.{f.file_key}: {outside!r} must be ")
        for edge, included in ((f.bounds.low, f.bounds.low_included),
                               (f.bounds.high, f.bounds.high_included)):
            if included:
                assert v.parse_field(f, int(edge)) == edge
            else:
                with pytest.raises(v.FieldError):
                    v.parse_field(f, edge)
