"""The project cites only files it contains: a clone has none of the maintainers' notes."""

from __future__ import annotations

import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# Built from parts so this file does not match itself.
FORBIDDEN = ("REFERENCE" + ".md", "../" + "shared", "/work/" + "shared",
             "shared/" + "CARD-DESIGN", "shared/" + "STYLE")
SKIP_DIRS = {".git", ".venv", "build", "dist", "__pycache__", ".mypy_cache", ".ruff_cache",
             ".pytest_cache", ".hypothesis"}


def project_files() -> list[Path]:
    """The tracked files in a git checkout; else (an unpacked sdist) every file in the tree."""
    try:
        out = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True,
                             check=True).stdout
        tracked = [ROOT / name for name in out.decode("utf-8").split("\0") if name]
        if tracked:
            return [p for p in tracked if p.is_file()]
    except (OSError, subprocess.CalledProcessError):
        pass
    return [p for p in ROOT.rglob("*")
            if p.is_file() and not SKIP_DIRS.intersection(p.relative_to(ROOT).parts)]


def citations(paths: list[Path], root: Path) -> list[str]:
    found = []
    for path in paths:
        try:
            text = path.read_text(encoding="utf-8")
        except (UnicodeDecodeError, OSError):
            continue  # images, fonts, the database fixtures
        for number, line in enumerate(text.splitlines(), 1):
            if any(word in line for word in FORBIDDEN):
                found.append(f"{path.relative_to(root)}:{number}: {line.strip()}")
    return found


def test_no_file_cites_notes_outside_the_repository():
    files = project_files()
    assert len(files) > 50  # the scan covers the project, not an empty list
    found = citations(files, ROOT)
    assert found == [], "copy the facts into docs/ and cite that file:\n" + "\n".join(found)


def test_the_scan_catches_each_form_of_citation(tmp_path):
    paths = []
    for index, word in enumerate(FORBIDDEN):
        path = tmp_path / f"cites{index}.py"
        path.write_text(f"x = 1\n# facts from {word} (section 6)\n", encoding="utf-8")
        paths.append(path)
    (tmp_path / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n\xff\xfe")
    found = citations([*paths, tmp_path / "image.png"], tmp_path)
    assert found == [f"cites{i}.py:2: # facts from {w} (section 6)"
                     for i, w in enumerate(FORBIDDEN)]


def test_the_files_cited_instead_exist():
    for name in ("pitfalls.md", "formats.md", "card-design.md", "clinical-sources.md"):
        assert (ROOT / "docs" / name).read_text(encoding="utf-8").strip()
