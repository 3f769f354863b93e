"""Starting the desktop app: QApplication, store, session, main window (and demo mode)."""

from __future__ import annotations

import os
import sys
from datetime import date
from pathlib import Path
from typing import cast

from sm_card.core.paths import resource_path
from sm_card.core.store import Store, StoreDamaged, StoreError


def load_demo(store: Store, today: date) -> None:
    """The built-in example record (resources/demo-record.json) into a fresh store."""
    from sm_card.core import interchange

    text = resource_path("demo-record.json").read_text(encoding="utf-8")
    store.replace_profiles(interchange.loads(text, today=today).profiles)


def run_app(
    data_dir: Path,
    profile: str | None = None,
    demo: bool = False,
    smoke_test: bool = False,
    language: str | None = None,
) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from sm_card.gui.i18n import translate
    from sm_card.gui.main_window import MainWindow
    from sm_card.gui.services import Services
    from sm_card.gui.session import ProfileSession

    app = cast(QApplication, QApplication.instance() or QApplication(sys.argv[:1]))
    app.setApplicationName("sm-card")
    app.setApplicationDisplayName("sm-card")
    app.setDesktopFileName("io.github.smcard.SmCard")  # core/desktop_integration APP_ID
    from sm_card.gui.i18n import install_translations

    install_translations(app, language)

    demo_dir = None
    if demo:
        import tempfile  # here: it brings shutil and random, which a normal start never needs

        demo_dir = tempfile.TemporaryDirectory(prefix="sm-card-demo-")
        data_dir = Path(demo_dir.name)
    try:
        lock = hold_instance_lock(data_dir)
    except InstanceLockError as err:
        return _refuse_start(str(err), smoke_test, 4)
    if lock is None:
        message = translate(
            "App", "sm-card is already running for {folder} (look for it in the tray). Two "
            "copies would show every reminder twice.").format(folder=data_dir)
        return _refuse_start(message, smoke_test, 1 if smoke_test else 0)
    try:
        store = Store.open(data_dir)
    except StoreError as err:
        if smoke_test:
            print(f"sm-card: {err}", file=sys.stderr)
            lock.unlock()
            return 4
        _set_window_icon()
        # Only a damaged file is worth a recovery: a busy, newer or unreadable store is not.
        recovered = _offer_recovery(data_dir, err) if isinstance(err, StoreDamaged) else None
        if recovered is None:
            if not isinstance(err, StoreDamaged):
                from sm_card.gui import dialogs
                from sm_card.gui.refusal_words import refusal_text

                dialogs.inform(None, "sm-card", refusal_text(err))
            lock.unlock()
            return 4
        store = recovered
    try:
        if demo:
            load_demo(store, date.today())
        session = ProfileSession(store)
        if profile:
            if profile not in session.profile_names():
                print(f"sm-card: --profile: no profile named {profile!r}", file=sys.stderr)
                return 3
            session.select(profile)
        # The catalog is read when a page first needs it, not before the window appears.
        window = MainWindow(Services(session, _catalog, demo=demo))
        for warning in store_warnings(store, data_dir):
            show_warning_banner(window, warning)

        def reminders() -> None:
            import gc

            from sm_card.gui.reminder_service import install_reminders

            gc.enable()  # off while starting (sm_card/entry.py)
            _set_window_icon()

            # The day's first start copies the whole store: not before the window is seen.
            watch_backups(window, session)

            # The demo shows the banner but leaves the tray (and its notifications) alone.
            install_reminders(window, use_tray=False if demo or smoke_test else None)
            if smoke_test:  # with the reminders in, as a person's window has them
                QTimer.singleShot(0, lambda: _smoke(window, app))

        # After the first paint: the window appears without waiting for the reminder
        # machinery (imports, reading every profile, the log's writes), and the reminders
        # follow within the same second. A zero timer alone ran before the paint.
        from sm_card.gui.first_paint import after_first_paint

        after_first_paint(window, reminders)
        # Text typed a moment ago is saved also when the session ends without closing the
        # window (logout, the tray's Quit).
        app.aboutToQuit.connect(window.flush_edits)
        if os.environ.get("SM_CARD_BENCH"):  # bench/run.py times the first paint
            from sm_card.gui import bench_hooks

            bench_hooks.install(window, app)
        window.show()
        return app.exec()
    finally:
        store.close()
        lock.unlock()
        if demo_dir is not None:
            demo_dir.cleanup()


def _set_window_icon() -> None:
    """The app's icon, for title bars and the task bar. The main window gets it after its
    first paint (QIcon's first use costs ~2 ms before it; the window manager shows the icon a
    moment later either way); a dialog shown instead of the window gets it before."""
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    icon_file = resource_path("icons", "sm-card.png")
    if icon_file.exists():
        QApplication.setWindowIcon(QIcon(str(icon_file)))


class InstanceLockError(OSError):
    """The single-instance lock file could not be made (not: another copy holds it)."""


def hold_instance_lock(data_dir: Path):
    """One app per data folder: a second start (autostart plus a click) would double every
    reminder. Returns the held QLockFile, or None when another live process holds it; a lock
    left by a crashed process is taken over (QLockFile checks the owner's PID). Raises
    InstanceLockError, saying why, when the lock file cannot be made at all (a read-only
    folder, a full disk): that is not "already running"."""
    from PySide6.QtCore import QLockFile

    from sm_card.core.paths import LOCK_FILENAME, ensure_private_dir

    try:
        ensure_private_dir(data_dir)
    except OSError:
        return _NoLock()  # Store.open reports the folder problem properly
    path = data_dir / LOCK_FILENAME
    lock = QLockFile(str(path))
    if lock.tryLock(200):
        return lock
    if lock.error() == QLockFile.LockError.LockFailedError:
        return None
    from sm_card.gui.i18n import translate

    raise InstanceLockError(translate(
        "App", "sm-card cannot start: the lock file {path} cannot be made ({why}). Free some "
        "disk space or make the folder writable, then start it again.").format(
        path=path, why=_why_unwritable(data_dir)))


def _why_unwritable(folder: Path) -> str:
    """The system's own words for why nothing can be written in ``folder`` (QLockFile only
    says "permission" or "unknown")."""
    import tempfile

    try:
        with tempfile.TemporaryFile(dir=folder) as probe:
            probe.write(b"\0" * 4096)
            probe.flush()
            os.fsync(probe.fileno())
    except OSError as err:
        return err.strerror or str(err)
    from sm_card.gui.i18n import translate

    return translate("App", "the system refused it")


def _refuse_start(message: str, smoke_test: bool, code: int) -> int:
    """Say why the app does not start: on standard error for the smoke test, else a dialog."""
    if smoke_test:
        print(f"sm-card: {message}", file=sys.stderr)
        return code
    from sm_card.gui import dialogs

    _set_window_icon()
    dialogs.inform(None, "sm-card", message)
    return code


def store_warnings(store: Store, data_dir: Path) -> list[str]:
    """What the person should know after opening, none of it fatal: a data folder or store
    that others can read, a store that cannot be written."""
    from sm_card.core.paths import open_mode, private_command
    from sm_card.gui.i18n import translate

    found = [translate("App", "{path} can be read or changed by other users (mode {mode}). "
                       "Run “{command}” to make it private.").format(
                           path=path, mode=f"{mode:04o}", command=private_command(path))
             for path, mode in ((p, open_mode(p)) for p in (data_dir, store.path))
             if mode is not None]
    if store.read_only:
        found.append(translate("App", "{path} cannot be written (read-only): changes are not "
                               "saved.").format(path=store.path))
    return found


def watch_backups(window, session) -> None:
    """The day's backup, made now and after saves (a long-running app): while it cannot be
    made, a banner says so; it goes when a copy is made again."""
    from sm_card.gui import colours
    from sm_card.gui.i18n import translate
    from sm_card.gui.labels import wrapped_label

    label = wrapped_label(window, name="backupWarning")
    label.setMargin(6)
    colours.paint(label, "band:warning")
    window.banner_area.addWidget(label)

    def update() -> None:
        problem = session.store.backup_problem
        label.setText("⚠ " + translate("App", "No backup today: {problem}").format(
            problem=problem) if problem else "")
        label.setVisible(bool(problem))

    session.store.try_daily_backup()
    update()
    session.recordEdited.connect(update)


def show_warning_banner(window, text: str) -> None:
    """A line at the top of the window, there while the app runs."""
    from sm_card.gui import colours
    from sm_card.gui.labels import wrapped_label

    label = wrapped_label(window, "⚠ " + text, name="storeWarning")
    label.setMargin(6)
    colours.paint(label, "band:warning")
    window.banner_area.addWidget(label)
    label.show()  # a child added after its window was shown stays hidden otherwise


class _NoLock:
    def unlock(self) -> None:
        pass


def _catalog():
    from sm_card.core.catalog import default_catalog

    return default_catalog()


def _offer_recovery(data_dir: Path, err: StoreError) -> Store | None:
    """The store cannot be opened: say why, and offer the newest backup if there is one."""
    from datetime import datetime

    from sm_card.core import backups
    from sm_card.gui import dialogs
    from sm_card.gui.i18n import translate
    from sm_card.gui.refusal_words import refusal_text

    if not backups.list_backups(data_dir):
        dialogs.inform(None, "sm-card", refusal_text(err))
        return None
    question = translate("App", "{error}\n\nRestore the newest backup now? The damaged file "
                         "is kept beside it.").format(error=refusal_text(err))
    if not dialogs.confirm(None, "sm-card", question):
        return None
    try:
        used, kept = backups.recover(data_dir, datetime.now())
        store = Store.open(data_dir)
    except (OSError, StoreError, backups.RecoverRefused) as again:
        dialogs.inform(None, "sm-card", refusal_text(again))
        return None
    dialogs.inform(None, "sm-card", translate(
        "App", "Restored {backup}. The damaged store was kept as {kept}.").format(
        backup=used.name, kept=kept))
    return store


def _smoke(window, app) -> None:
    """Open the main window, render the card preview once, then quit (0) or fail (1)."""
    code = 0
    try:
        if window.services.reminders.service is None:
            raise RuntimeError("the reminder service was not installed")
        page = window.show_page("card")
        app.processEvents()
        if window.session.profile is not None:
            front = page.front_label.pixmap()
            if page.result is None or front is None or front.isNull():
                raise RuntimeError("the card preview was not rendered")
    except Exception as err:  # noqa: BLE001 - any error at all must fail the smoke test
        print(f"sm-card: smoke test failed: {err!r}", file=sys.stderr)
        code = 1
    window.hide_on_close = lambda: False
    window.close()
    app.exit(code)
