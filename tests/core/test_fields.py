"""The list entries' field declaration (core/fields.py) agrees with the models, and every
declared field goes through the file and the store unchanged."""

from __future__ import annotations

import dataclasses
import json
import re
from datetime import date

import pytest

from sm_card.core import fields, interchange
from sm_card.core import validation as v
from sm_card.core.fields import ENTRY_FIELDS
from sm_card.core.models import (
    AvoidEntry,
    Clinician,
    Contact,
    Medication,
    Profile,
    ToleratedEntry,
)
from sm_card.core.store import Store

TODAY = date(2026, 12, 6)
LISTS = {AvoidEntry: "avoid", ToleratedEntry: "tolerated", Medication: "medications",
         Contact: "contacts", Clinician: "clinicians"}


@pytest.mark.parametrize("model", list(ENTRY_FIELDS), ids=lambda m: m.__name__)
def test_every_model_field_is_declared_once(model):
    declared = [f.attr for f in ENTRY_FIELDS[model]]
    assert sorted(declared) == sorted(f.name for f in dataclasses.fields(model))
    assert len(set(f.file_key for f in ENTRY_FIELDS[model])) == len(declared)


def test_every_list_entry_type_of_the_profile_is_declared():
    assert set(LISTS) == set(ENTRY_FIELDS)
    for model, key in LISTS.items():
        assert Profile.__dataclass_fields__[key].type == f"list[{model.__name__}]"


def test_a_shared_key_has_one_limit_and_one_label():
    seen: dict[str, fields.Field] = {}
    for declared in ENTRY_FIELDS.values():
        for f in declared:
            first = seen.setdefault(f.file_key, f)
            assert (f.limit, f.label) == (first.limit, first.label), f.file_key
            assert v.TEXT_LIMITS.get(f.file_key) == f.limit
            assert v.LABELS[f.file_key] == f.label


def test_declarations_are_well_formed():
    for declared in ENTRY_FIELDS.values():
        for f in declared:
            is_text = f.kind in (fields.TEXT, fields.MULTILINE, fields.CATALOG_ID, fields.PHONE)
            assert (f.limit is not None) == is_text, f.attr
            assert bool(f.choices) == (f.kind == fields.CHOICE), f.attr
            if f.default is not None:
                assert f.default in f.choices


def _sample(f: fields.Field, index: int) -> object:
    """A value for a declared field that differs from every other field's value."""
    if f.kind == fields.DATE:
        return date(2020, 1, index + 1)
    if f.kind == fields.CHOICE:
        return f.choices[-1]  # not the default: a value that was dropped would show
    if f.kind == fields.PHONE:
        return f"+44 7700 90{index:04d}"
    if f.kind == fields.MULTILINE:
        return f"{f.attr} line one\nline two"
    return f"{f.attr} {index}"


def _full_entry(model: type) -> object:
    return model(**{f.attr: _sample(f, i) for i, f in enumerate(ENTRY_FIELDS[model])})


def _full_profile() -> Profile:
    profile = Profile(name="Alex Example")
    for model, key in LISTS.items():
        getattr(profile, key).append(_full_entry(model))
    return profile


@pytest.mark.parametrize("version", interchange.SUPPORTED_VERSIONS)
def test_file_round_trips_every_declared_field(version):
    text = interchange.dumps([_full_profile()], version=version)
    written = json.loads(text)["profiles"][0]
    for model, key in LISTS.items():
        # every declared key is written, in the declared order
        assert list(written[key][0]) == [f.file_key for f in ENTRY_FIELDS[model]]
    result = interchange.loads(text, today=TODAY)
    back = result.profiles[0]
    for model, key in LISTS.items():
        assert getattr(back, key) == [_full_entry(model)], key
    assert result.warnings == []


def test_store_round_trips_every_declared_field(tmp_path):
    with Store.open(tmp_path / "data") as store:
        store.save_profile(_full_profile())
    with Store.open(tmp_path / "data") as store:  # read back from the file, not a cache
        back = store.load_profile("Alex Example")
    for model, key in LISTS.items():
        assert getattr(back, key) == [_full_entry(model)], key


@pytest.mark.parametrize("model", list(ENTRY_FIELDS), ids=lambda m: m.__name__)
def test_importer_refuses_a_key_not_declared(model):
    doc = json.loads(interchange.dumps([_full_profile()]))
    doc["profiles"][0][LISTS[model]][0]["colour"] = "blue"
    with pytest.raises(interchange.InterchangeError, match=r"colour: is not a known key"):
        interchange.loads(json.dumps(doc), today=TODAY)


@pytest.mark.parametrize("model", list(ENTRY_FIELDS), ids=lambda m: m.__name__)
def test_importer_applies_each_declared_limit(model):
    for f in ENTRY_FIELDS[model]:
        if f.limit is None:
            continue
        doc = json.loads(interchange.dumps([_full_profile()]))
        doc["profiles"][0][LISTS[model]][0][f.file_key] = "x" * (f.limit + 1)
        place = f"profiles[0].{LISTS[model]}[0].{f.file_key}"
        with pytest.raises(interchange.InterchangeError, match=rf"^{re.escape(place)}: is "
                           rf"longer than {f.limit:,} characters$"):
            interchange.loads(json.dumps(doc), today=TODAY)
