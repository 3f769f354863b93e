"""Every output with a record whose texts sit at the documented length limits
(validation.TEXT_LIMITS), in several scripts: each completes, quickly, and is well formed.

Before the limits existed a 10 MB agent made `letter` run for minutes; these tests hold the
outputs to the limits' promise. Few examples (each renders PDFs), and a wall-clock budget.
"""

from __future__ import annotations

import io
import json
import time
from datetime import UTC, date, datetime

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from sm_card.core import interchange
from sm_card.core import validation as v

TODAY = date(2026, 11, 23)
NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
BUDGET_SECONDS = 15  # per output; a 1,000x slowdown (minutes) is what this guards against
RENDERS = settings(max_examples=3, deadline=None, derandomize=True,
                   suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                          HealthCheck.large_base_example])

SCRIPTS = {
    "latin": "AaBbÉéŁłWwMm ",
    "greek": "ΑαΒβΓγΩω ",
    "cyrillic": "АаБбЖжЩщ ",
    "cjk": "日本語中文字漢",
    "arabic": "العربيةمرحبا ",
    "hebrew": "עבריתשלום ",
    "digits": "0123456789",
}


@st.composite
def texts(draw, key: str, multiline: bool = False):
    alphabet = SCRIPTS[draw(st.sampled_from(sorted(SCRIPTS)))]
    limit = v.TEXT_LIMITS[key]
    size = draw(st.sampled_from([limit, limit - 1]))
    # A short random piece repeated to the length: hypothesis keeps a small buffer per example.
    piece = draw(st.text(alphabet=alphabet, min_size=1, max_size=24))
    text = (piece * (size // len(piece) + 1))[:size]
    if multiline and size > 100:  # a few line breaks, as a physician's plan has
        text = "\n".join(text[i:i + 90] for i in range(0, size, 91))[:size]
    text = text[:1].replace(" ", "X") + text[1:]
    return text if text.strip() else "X" * size


@st.composite
def records_at_limits(draw):
    t = lambda key, **kw: draw(texts(key, **kw))  # noqa: E731
    profile = {
        "name": t("name"),
        "date_of_birth": "1981-04-12",
        "weight_kg": 499.9,
        "blood_type": t("blood_type"),
        "languages": ["en", "de"],
        "diagnosis": {"subtype": "ISM", "diagnosed_on": "2019-06",
                      "baseline_tryptase_ng_ml": 100000, "kit_d816v": "positive",
                      "anaphylaxis_history": True, "notes": t("notes", multiline=True)},
        "avoid": [{"agent": t("agent"), "severity": "avoid",
                   "reaction": t("reaction", multiline=True)} for _ in range(3)],
        "tolerated": [{"agent": t("agent"), "note": t("note", multiline=True)}],
        "medications": [{"name": t("name"), "dose": t("dose"), "schedule": t("schedule"),
                         "purpose": t("purpose")} for _ in range(2)],
        "injectors": [{"product": t("product"), "dose_mg": 10, "expires_on": "2027-09",
                       "lot": t("lot"), "location": t("location")} for _ in range(2)],
        "contacts": [{"name": t("name"), "relation": t("relation"), "phone": "+" + "1" * 49}],
        "clinicians": [{"name": t("name"), "role": t("role"), "organisation": t("organisation"),
                        "phone": "1" * 50, "email": "a" * 242 + "@example.org"}],
        "emergency_plan": t("emergency_plan", multiline=True),
        "premedication": t("premedication", multiline=True),
        "procedures": [{"procedure": t("procedure"), "planned_on": "2027-01-15",
                        "hospital": t("hospital"), "notes": t("notes", multiline=True)}],
    }
    doc = {"format": "sm-card", "version": 2, "profiles": [profile]}
    return interchange.parse_document(doc, today=TODAY).profiles[0]


def timed(make):
    start = time.monotonic()
    result = make()
    assert time.monotonic() - start < BUDGET_SECONDS
    return result


@RENDERS
@given(records_at_limits())
def test_card_at_the_limits(profile):
    from sm_card.render.card import build_card

    for layout in ("card", "sheet"):
        result = timed(lambda lay=layout: build_card(profile, today=TODAY, layout=lay))
        assert len(PdfReader(io.BytesIO(result.pdf)).pages) == result.pages


@RENDERS
@given(records_at_limits())
def test_letter_at_the_limits(profile):
    from sm_card.core.catalog import default_catalog
    from sm_card.core.surgery import build_letter
    from sm_card.render.letter import render_letter

    pdf = timed(lambda: render_letter(build_letter(profile, default_catalog(), TODAY), "a4"))
    assert len(PdfReader(io.BytesIO(pdf)).pages) >= 1


@settings(max_examples=10, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                          HealthCheck.large_base_example])
@given(records_at_limits())
def test_fhir_ics_and_qr_text_at_the_limits(profile):
    from fhir.resources.R4B.bundle import Bundle
    from icalendar import Calendar

    from sm_card.core.catalog import default_catalog
    from sm_card.render.fhir import bundle_json, lookup_from
    from sm_card.render.ics import render_ics
    from sm_card.render.summary import QR_MAX_BYTES, qr_summary

    bundle = timed(lambda: bundle_json(profile, lookup_from(default_catalog()), NOW))
    Bundle.model_validate_json(bundle)
    assert json.loads(bundle)["resourceType"] == "Bundle"
    calendar = Calendar.from_ical(timed(lambda: render_ics([profile], now=NOW)))
    assert calendar.walk("VEVENT")
    summary = timed(lambda: qr_summary(profile))
    assert len(summary.text.encode("utf-8")) <= QR_MAX_BYTES
