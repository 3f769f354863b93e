"""Fuzzing the importer: any bytes, any JSON, any mutation of the example either import or are
refused with InterchangeError (the CLI's exit 3); never another exception. What imports is
also written to a real store, where a value the importer let through could still fail."""

from __future__ import annotations

import copy
import json
import tempfile
from datetime import date
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sm_card.core import interchange
from sm_card.core.store import Store

TODAY = date(2026, 11, 23)
EXAMPLE = (Path(__file__).parent.parent / "fixtures" / "example-v1.json").read_text("utf-8")
FUZZ = settings(max_examples=150, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False)
    | st.text(max_size=30),
    lambda children: st.lists(children, max_size=4)
    | st.dictionaries(st.text(max_size=12), children, max_size=4),
    max_leaves=20,
)
# Values that are awkward in particular: edges of every rule the importer has.
nasty_values = st.sampled_from([
    "", " ", "\u200b", "\u202e", "\ud800", "A\udc00B", "x" * 5000, "A\nB", "\x00",
    "2027-13-01", "2027-02",
    "0000-01-01", "9999-12-31", -1, 0, 0.0, 1e308, -1e308, 10**30, 2**63, True, False, None,
    [], {}, [None], {"": None}, "ISM", "positive", "caution", "used",
]) | json_values


def import_or_refuse(raw: bytes, store: Store | None = None) -> None:
    try:
        result = interchange.loads(raw, today=TODAY, known_catalog=set())
    except interchange.InterchangeError as err:
        assert str(err)  # a message, never empty
        return
    if store is not None:
        store.replace_profiles(result.profiles)
        assert {p.name for p in result.profiles} <= set(store.profile_names())
        return
    with tempfile.TemporaryDirectory() as folder, Store.open(Path(folder)) as own:
        own.replace_profiles(result.profiles)
        again = own.load_all()
    assert [p.name for p in again] == [p.name for p in result.profiles]


@FUZZ
@given(st.binary(max_size=200))
def test_any_bytes(raw):
    import_or_refuse(raw)


@FUZZ
@given(json_values)
def test_any_json(value):
    import_or_refuse(json.dumps(value).encode("utf-8"))


def _paths(node, prefix=()):
    yield prefix
    if isinstance(node, dict):
        for key, child in node.items():
            yield from _paths(child, (*prefix, key))
    elif isinstance(node, list):
        for i, child in enumerate(node):
            yield from _paths(child, (*prefix, i))


ALL_PATHS = list(_paths(json.loads(EXAMPLE)))


@st.composite
def mutated_examples(draw):
    doc = json.loads(EXAMPLE)
    for _ in range(draw(st.integers(1, 3))):
        path = draw(st.sampled_from(ALL_PATHS))
        if not path:
            continue
        parent = doc
        try:
            for step in path[:-1]:
                parent = parent[step]
            last = path[-1]
            action = draw(st.sampled_from(["replace", "delete", "add", "copy"]))
            if action == "replace":
                parent[last] = draw(nasty_values)
            elif action == "delete":
                del parent[last]
            elif action == "add" and isinstance(parent, dict):
                parent[draw(st.text(max_size=8))] = draw(nasty_values)
            elif action == "copy" and isinstance(parent, list):
                parent.append(copy.deepcopy(parent[last]))
        except (KeyError, IndexError, TypeError):
            continue  # an earlier mutation removed this place
    return doc


@FUZZ
@given(mutated_examples())
def test_mutations_of_the_example(doc):
    import_or_refuse(json.dumps(doc).encode("ascii"))  # \u escapes: surrogates get through


@FUZZ
@given(st.integers(0, len(EXAMPLE.encode())), st.integers(0, 40), st.binary(max_size=8))
def test_byte_splices_of_the_example(at, cut, insert):
    raw = EXAMPLE.encode("utf-8")
    import_or_refuse(raw[:at] + insert + raw[at + cut:])


NASTY_TEXT = ["", " ", "\u200b\u200d", "\u202eevil", "A\udc00B", "\ud800", "x" * 4001,
              "A\nB", "A\x00B", "A\x85B", "e\u0301", "\ufeffA", 5, None]


def test_every_place_of_the_example_with_every_awkward_text(tmp_path):
    """Exhaustive where random picks are thin: each text place of the example, each awkward
    text (a lone surrogate once got through to the store and failed there)."""
    base = json.loads(EXAMPLE)
    places = [p for p in ALL_PATHS if p and isinstance(_get(base, p), str)]
    assert len(places) > 30
    with Store.open(tmp_path / "data") as store:
        for place in places:
            for value in NASTY_TEXT:
                doc = copy.deepcopy(base)
                parent = _get(doc, place[:-1])
                parent[place[-1]] = value
                import_or_refuse(json.dumps(doc).encode("ascii"), store)


def _get(node, path):
    for step in path:
        node = node[step]
    return node
