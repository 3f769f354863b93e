"""The screenshot command saves each page at the window sizes asked for."""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QImage


def test_screenshots_of_pages_at_both_sizes(qapp, tmp_path):
    from sm_card.gui.screenshots import take

    readme = tmp_path / "screenshot.png"
    written = take(tmp_path / "shots", date(2026, 11, 23), readme=readme,
                   pages=["overview", "surgery"])
    names = sorted(p.name for p in written if p.parent.name == "shots")
    assert names == ["1024x700-00-overview.png", "1024x700-01-surgery.png",
                     "1600x1000-00-overview.png", "1600x1000-01-surgery.png"]
    for path in written:
        image = QImage(str(path))
        assert not image.isNull()
        expected = (1600, 1000) if path.name.startswith("1600") else (1024, 700)
        assert (image.width(), image.height()) == expected, path.name
    assert readme in written
