"""The standard anaphylaxis steps: always all of them, the route from the devices carried."""

from __future__ import annotations

import pytest

from sm_card.core.catalog import default_catalog
from sm_card.core.first_aid import carried_devices
from sm_card.core.models import Injector, PartialDate
from sm_card.render.first_aid import first_aid_steps, route_text

EXPIRY = PartialDate(2027, 6)


def devices(*products: str, status: str = "active") -> list[Injector]:
    return [Injector(p, 0.3, EXPIRY, status=status) for p in products]


@pytest.mark.parametrize("short", [False, True])
def test_nasal_spray_only_never_reads_thigh(short):
    steps = first_aid_steps(devices("neffy", "neffy"), "911", short=short)
    joined = " ".join(steps)
    assert "thigh" not in joined
    assert "nasal spray" in steps[1] and "one nostril" in steps[1]


@pytest.mark.parametrize("short", [False, True])
def test_auto_injector_only_says_outer_mid_thigh(short):
    steps = first_aid_steps(devices("EpiPen", "Jext"), "112", short=short)
    assert "outer mid-thigh" in steps[1] and "auto-injector" in steps[1]
    assert "nostril" not in " ".join(steps)


@pytest.mark.parametrize("short", [False, True])
def test_both_kinds_say_both(short):
    step = first_aid_steps(devices("EpiPen", "neffy"), "112", short=short)[1]
    assert "outer mid-thigh" in step and "one nostril" in step


@pytest.mark.parametrize("short", [False, True])
def test_no_device_still_says_give_epinephrine(short):
    step = first_aid_steps([], "112", short=short)[1]
    assert step.startswith("Give epinephrine")
    assert "thigh" not in step and "nostril" not in step
    # a used or disposed device is not carried
    assert first_aid_steps(devices("neffy", status="used"), "112", short=short)[1] == step


def test_unknown_product_points_to_its_label():
    step = first_aid_steps(devices("Mystery Pen"), "112")[1]
    assert "label" in step and "thigh" not in step
    mixed = first_aid_steps(devices("EpiPen", "Mystery Pen"), "112")[1]
    assert "outer mid-thigh" in mixed and "label" in mixed


@pytest.mark.parametrize("short", [False, True])
def test_every_step_is_there_in_order(short):
    steps = first_aid_steps(devices("EpiPen"), "000", short=short)
    assert len(steps) == 7
    text = [s.casefold() for s in steps]
    assert "flat" in text[0] and "stand" in text[0] and "sit" in text[0]
    assert "epinephrine" in text[1]
    assert "000" in text[2]
    assert "5 min" in text[3] and "second dose" in text[3]
    assert text[4] == "if in doubt, give epinephrine"
    assert "cpr" in text[5] and "not breathing normally" in text[5]
    assert "hospital" in text[6] and "observe" in text[6]


def test_route_comes_from_the_catalog_form():
    catalog = default_catalog()
    forms = {p.form for p in catalog.products.values()}
    assert {"auto-injector", "nasal spray"} <= forms
    spray = carried_devices(devices("neffy"), catalog)
    assert spray.forms == ("nasal spray",) and not spray.unknown
    assert route_text(spray) == "nasal spray: one nostril"
    assert route_text(carried_devices(devices("Other"), catalog)) is None


@pytest.mark.parametrize("short", [True, False])
@pytest.mark.parametrize("carried", [
    (), ("EpiPen",), ("neffy",), ("EpiPen", "neffy"), ("Acme Pen",), ("EpiPen", "Acme Pen"),
])
def test_every_printed_step_is_listed_with_its_sources(short, carried):
    from pathlib import Path

    doc = (Path(__file__).parents[2] / "docs" / "clinical-sources.md").read_text("utf-8")
    for step in first_aid_steps(devices(*carried), "N", short=short):
        assert f"| {step} |" in doc or f" {step} | " in doc, step
