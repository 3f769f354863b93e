"""The launcher entry's content and places (core/desktop_integration), without a process."""

import shlex
from pathlib import Path

from sm_card.core import desktop_integration as di


def entry_lines(command):
    return di.desktop_entry(command).splitlines()


def test_exec_quotes_a_path_with_spaces_and_tryexec_names_the_program():
    program = "/home/mia/Downloads/sm card 0.1/sm-card"
    lines = entry_lines([program, "gui"])
    exec_value = next(line for line in lines if line.startswith("Exec=")).removeprefix("Exec=")
    assert shlex.split(exec_value) == [program, "gui"]
    assert f"TryExec={program}" in lines
    assert sum(line.startswith("Exec=") for line in lines) == 1


def test_a_python_module_command_has_no_tryexec():
    lines = entry_lines(["python3", "-m", "sm_card", "gui"])
    assert "Exec=python3 -m sm_card gui" in lines
    assert not any(line.startswith("TryExec=") for line in lines)


def test_entry_keeps_the_shipped_fields_and_ids():
    lines = entry_lines(["/opt/sm-card/sm-card", "gui"])
    assert lines[0] == "[Desktop Entry]"
    assert f"Icon={di.APP_ID}" in lines and "Type=Application" in lines
    assert di.APP_ID.encode() in di.metainfo()


def test_relative_xdg_data_home_is_ignored(tmp_path):
    # the XDG spec: a relative path is invalid and must be ignored
    assert di.xdg_data_home({"XDG_DATA_HOME": "rel/share"}, home=tmp_path) == (
        tmp_path / ".local" / "share")
    assert di.xdg_data_home({"XDG_DATA_HOME": str(tmp_path / "x")}, home=Path("/nowhere")) == (
        tmp_path / "x")


def test_every_standard_icon_size_has_its_own_file(tmp_path):
    where = di.locations({}, home=tmp_path)
    assert sorted(where.icons) == [16, 24, 32, 48, 64, 128, 256, 512]
    assert len(set(where.all())) == len(di.ICON_SIZES) + 2
