"""The Reactions page: reactions added, listed with the threshold, linked to avoid entries."""

from datetime import date, datetime

import pytest
from PySide6.QtWidgets import QTableWidget

from sm_card.core import interchange
from sm_card.core.models import Reaction
from sm_card.core.store import Store
from sm_card.gui.pages.list_page import ListPage, list_specs
from sm_card.gui.pages.reactions_page import ReactionsPage
from sm_card.gui.session import ProfileSession

TODAY = date(2026, 11, 23)


@pytest.fixture
def session(qtbot, data_dir, example_text):
    store = Store.open(data_dir)
    store.replace_profiles(interchange.loads(example_text, today=TODAY).profiles)
    s = ProfileSession(store, today=lambda: TODAY, now=lambda: datetime(2026, 11, 23, 9))
    yield s
    store.close()


@pytest.fixture
def page(qtbot, session):
    widget = ReactionsPage(session)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def rows(table: QTableWidget):
    return [[table.item(r, c).text() for c in range(table.columnCount())]
            for r in range(table.rowCount())]


def fill(page, **values):
    for key, text in values.items():
        page.edits[key].setText(text)


def test_add_a_reaction_linked_to_an_avoid_entry(page, session):
    # The example's baseline is 38.5 ng/mL: threshold 1.2 x 38.5 + 2 = 48.2.
    assert "above 48.2 ng/mL" in page.threshold.text()
    fill(page, occurred_on="3.5.2025", trigger="ibuprofen 400 mg", signs="hives, hypotension",
         treatment="epinephrine", tryptase="52,5")
    page.avoid_combo.setCurrentIndex(page.avoid_combo.findData("NSAIDs"))
    page.add_button.click()
    saved = session.store.load_profile("Alex Example").reactions
    assert [(r.occurred_on, r.trigger, r.avoid_agent, r.signs, r.treatment,
             r.acute_tryptase_ng_ml) for r in saved] == [
        (date(2025, 5, 3), "ibuprofen 400 mg", "NSAIDs", "hives, hypotension", "epinephrine",
         52.5)]
    assert rows(page.table) == [["2025-05-03", "ibuprofen 400 mg", "NSAIDs",
                                 "hives, hypotension", "epinephrine",
                                 "52.5 ng/mL (threshold 48.2: above)"]]
    assert page.edits["occurred_on"].text() == ""  # cleared for the next one


@pytest.mark.qt_log_ignore("This plugin does not support")  # the calendar is a popup
def test_the_date_can_be_picked_from_a_calendar(page, session):
    from PySide6.QtCore import QDate
    from PySide6.QtWidgets import QToolButton

    picker = page.findChild(QToolButton, "reaction_occurred_onPicker")
    assert picker is page.date_picker and picker.isVisible() and picker.accessibleName()
    picker.click()
    picker.calendar.clicked.emit(QDate(2024, 8, 17))
    assert page.edits["occurred_on"].text() == "2024-08-17"
    fill(page, trigger="wasp sting")
    page.add_button.click()
    saved = session.store.load_profile("Alex Example").reactions
    assert [(r.occurred_on, r.trigger) for r in saved] == [(date(2024, 8, 17), "wasp sting")]


@pytest.mark.parametrize("values, words", [
    ({"occurred_on": "2099-01-01"}, "Date"),
    ({"occurred_on": "yesterday"}, "Date"),
    ({"occurred_on": "2025-01-01", "tryptase": "many"}, "Acute tryptase"),
])
def test_bad_input_is_refused_and_nothing_saved(page, session, values, words):
    fill(page, **values)
    page.add_button.click()
    assert page.error.isVisibleTo(page) and words in page.error.text()
    assert session.store.load_profile("Alex Example").reactions == []


def test_remove_and_the_avoid_list_shows_the_link(qtbot, page, session):
    session.profile.reactions.append(Reaction(date(2025, 5, 3), "ibuprofen", "nsaids", id="r1"))
    session.commit()
    avoid = ListPage(session, next(s for s in list_specs() if s.key == "avoid"))
    qtbot.addWidget(avoid)
    assert avoid.table.item(0, 0).toolTip() == "Reaction log: reaction recorded 2025-05-03"
    avoid.table.setCurrentCell(0, 0)
    assert "Reaction log: reaction recorded 2025-05-03" in avoid.info.text()
    assert avoid.table.item(0, 0).text() == "NSAIDs"  # the agent itself is untouched
    page.table.selectRow(0)
    page.remove_button.click()
    assert session.store.load_profile("Alex Example").reactions == []
    assert page.table.rowCount() == 0


def test_reactions_is_a_page_of_the_main_window():
    from sm_card.gui.main_window import PAGES

    assert "reactions" in [spec.key for spec in PAGES]


def test_threshold_comparison_and_avoid_note_in_german(qtbot, session, german):
    """The tryptase line, the comparison and the avoid list's note are worded by the pages
    (core/tryptase and core/reactions word them in English for the letter)."""
    session.profile.reactions += [Reaction(date(2025, 5, 3), "ibuprofen", "nsaids",
                                           acute_tryptase_ng_ml=30.0, id="r1"),
                                  Reaction(date(2025, 6, 1), "aspirin", "NSAIDs", id="r2")]
    session.commit()
    page = ReactionsPage(session)
    qtbot.addWidget(page)
    avoid = ListPage(session, next(s for s in list_specs() if s.key == "avoid"))
    qtbot.addWidget(avoid)
    assert "ein akuter Wert über 48.2 ng/ml spricht für eine Mastzellaktivierung" in \
        page.threshold.text()
    assert rows(page.table)[0][-1] == "30 ng/ml (Schwellenwert 48.2: nicht darüber)"
    assert avoid.table.item(0, 0).toolTip() == \
        "Reaktionsprotokoll: Reaktionen erfasst am 2025-05-03, 2025-06-01"


@pytest.mark.qt_log_ignore("This plugin does not support")  # a tooltip is a popup
def test_a_cut_cell_shows_its_words_whole_on_hover(page, qapp):
    from test_window_size import hover, narrow

    trigger = "ibuprofen 400 mg taken with a cold remedy"
    fill(page, occurred_on="3.5.2025", trigger=trigger)
    page.add_button.click()
    assert page.table.item(0, 1).text() == trigger
    page.resize(1400, 600)
    qapp.processEvents()
    assert hover(page.table, 0, 1) == ""  # shown whole: nothing to add
    narrow(page.table, 1, 80)
    qapp.processEvents()
    assert hover(page.table, 0, 1) == trigger
