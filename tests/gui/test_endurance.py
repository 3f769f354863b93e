"""The real window survives a long working session with a long injector history.

A binding that leaks references to None (PySide6 6.12.0 on CPython 3.11) aborted the app after
a few hundred edits, and after one edit with a long device history. This drives the window as
a person would, for thousands of edits and page switches, and checks every edit was saved.
"""

from __future__ import annotations

import gc
import shutil
import tempfile
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLineEdit

from sm_card.core.catalog import default_catalog
from sm_card.core.models import Injector, PartialDate
from sm_card.core.store import Store

TODAY = date(2026, 11, 23)
EDITS = 2000
HISTORY = 1000


@pytest.fixture
def data_dir(tmp_path):
    """In memory where the machine has /dev/shm: this test is about the window and the
    binding, and 2,000 fsyncs to a slow disk would only add minutes."""
    shm = Path("/dev/shm")
    if not shm.is_dir():
        yield tmp_path / "data"
        return
    folder = Path(tempfile.mkdtemp(dir=shm))
    yield folder / "data"
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def long_history_window(qtbot, store):
    from sm_card.gui.main_window import MainWindow
    from sm_card.gui.services import Services
    from sm_card.gui.session import ProfileSession

    profile = store.load_profile(store.profile_names()[0])
    profile.injectors.extend(
        Injector(product="EpiPen", dose_mg=0.3,
                 expires_on=PartialDate(2000 + i % 26, 1 + i % 12),
                 lot=f"LOT{i:04d}", status="used" if i % 2 else "disposed")
        for i in range(HISTORY))
    store.save_profile(profile)
    session = ProfileSession(store, today=lambda: TODAY)
    window = MainWindow(Services(session, default_catalog()))
    qtbot.addWidget(window)
    window.show()
    return window


@pytest.mark.slow
def test_thousands_of_edits_and_page_switches(long_history_window, data_dir):
    window = long_history_window
    keys = [spec.key for spec in window.pages_spec]
    objects_halfway = 0
    for i in range(EDITS):
        if i == EDITS // 2:  # every page has been built and visited by now
            gc.collect()
            objects_halfway = len(gc.get_objects())
        if i % 10 == 0:
            window.show_page(keys[(i // 10) % len(keys)])
            QApplication.processEvents()
        page = window.show_page("person")
        edit = page.findChild(QLineEdit, "blood_typeEdit")
        edit.setText(f"A{i % 7}")
        edit.editingFinished.emit()
    QApplication.processEvents()
    with Store.open(data_dir) as store:
        saved = store.load_profile(store.profile_names()[0])
    assert saved.blood_type == f"A{(EDITS - 1) % 7}"
    assert len(saved.injectors) >= HISTORY
    # Nothing piles up per edit or per page switch. A few pages may each hold one copy of the
    # record they last drew; a copy kept per switch would be 200 copies.
    gc.collect()
    assert len(gc.get_objects()) - objects_halfway < 10_000
    copies = sum(isinstance(o, Injector) for o in gc.get_objects()) / HISTORY
    assert copies < 6
