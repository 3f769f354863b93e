"""The "20 % + 2" acute tryptase threshold: exact arithmetic, lines, sources."""

from datetime import date

import pytest

from sm_card.core import tryptase
from sm_card.core.catalog import default_catalog
from sm_card.core.models import Diagnosis
from sm_card.render import tryptase_text


@pytest.mark.parametrize("baseline, threshold", [(18, 23.6), (0, 2), (5.5, 8.6), (100, 122),
                                                 (38.5, 48.2)])
def test_threshold_is_one_point_two_times_baseline_plus_two(baseline, threshold):
    assert tryptase.acute_threshold(baseline) == threshold


def test_a_value_equal_to_the_threshold_is_not_above_it():
    assert tryptase.above_threshold(23.6, 18) is False
    assert tryptase.above_threshold(23.61, 18) is True
    assert tryptase.above_threshold(31, None) is None
    with pytest.raises(ValueError):
        tryptase.acute_threshold(-1)


def test_threshold_line_with_and_without_a_baseline():
    line = tryptase_text.threshold_line(Diagnosis(baseline_tryptase_ng_ml=18,
                                             tryptase_measured_on=date(2025, 2, 1)))
    assert line == ("Baseline tryptase 18 ng/mL (measured 2025-02-01) → an acute value above "
                    "23.6 ng/mL supports mast-cell activation (20 % + 2 formula).")
    assert tryptase_text.threshold_line(None) == tryptase_text.NO_BASELINE_TEXT
    assert tryptase_text.threshold_line(Diagnosis(subtype="ISM")) == tryptase_text.NO_BASELINE_TEXT
    assert "23.6" not in tryptase_text.NO_BASELINE_TEXT


def test_threshold_text_for_a_line_that_shows_the_baseline():
    assert tryptase_text.threshold_text(18) == (
        "an acute value above 23.6 ng/mL (1.2 × 18 + 2) supports mast-cell activation")
    assert tryptase_text.threshold_text(None) == tryptase_text.NO_THRESHOLD_TEXT


def test_acute_comparison_words():
    assert tryptase_text.acute_comparison(31, 18) == "31 ng/mL (threshold 23.6: above)"
    assert tryptase_text.acute_comparison(20, 18) == "20 ng/mL (threshold 23.6: not above)"
    assert (tryptase_text.acute_comparison(20, None)
            == "20 ng/mL (no baseline recorded: no threshold)")


def test_sources_are_in_the_catalog_and_verified():
    catalog = default_catalog()
    rule = tryptase.citations(catalog, tryptase.RULE_SOURCE_IDS)
    window = tryptase.citations(catalog, tryptase.WINDOW_SOURCE_IDS)
    assert [c.id for c in rule] == list(tryptase.RULE_SOURCE_IDS)
    assert [c.id for c in window] == list(tryptase.WINDOW_SOURCE_IDS)
    assert all(c.verified for c in (*rule, *window))
    assert "PMID 22041891" in rule[0].source.citation
    assert "doi:10.1159/000501079" in rule[1].source.citation
    assert tryptase.source_labels(catalog, tryptase.RULE_SOURCE_IDS)[0] == "Valent 2012"


def test_the_catalog_carries_the_same_sentences_with_their_sources():
    items = {item.id: item for item in default_catalog().tryptase}
    assert items["tryptase-rule"].text == tryptase_text.RULE_TEXT
    assert items["tryptase-window"].text == tryptase_text.WINDOW_TEXT
    assert tuple(c.id for c in items["tryptase-rule"].sources) == tryptase.RULE_SOURCE_IDS
