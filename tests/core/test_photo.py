"""The person's photo: real images through Pillow, the store and the interchange file."""

from __future__ import annotations

import base64
import io
import json
import random
import sqlite3
import struct
import zlib
from datetime import date

import pytest
from PIL import Image

from sm_card.core import interchange
from sm_card.core.interchange import InterchangeError
from sm_card.core.photo import (
    MAX_INPUT_BYTES,
    MAX_STORED_BYTES,
    STORED_SIDE,
    PhotoError,
    check_stored_photo,
    photo_size,
    prepare_photo,
)
from sm_card.core.store import MIGRATIONS, Store, _split_sql

TODAY = date(2026, 11, 23)


def image_bytes(fmt: str, size=(1200, 1600), mode="RGB", color=(180, 120, 90), **save) -> bytes:
    img = Image.new(mode, size, color)
    out = io.BytesIO()
    img.save(out, fmt, **save)
    return out.getvalue()


def noise_png(side: int) -> bytes:
    rng = random.Random(7)
    img = Image.frombytes("RGB", (side, side), rng.randbytes(side * side * 3))
    out = io.BytesIO()
    img.save(out, "PNG", compress_level=1)
    return out.getvalue()


def png_claiming(width: int, height: int) -> bytes:
    """A PNG header (valid CRC) that claims ``width`` × ``height`` pixels, with one tiny
    compressed row after it: a decompression bomb's shape."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr)
            + chunk(b"IDAT", zlib.compress(b"\x00" * 1000)) + chunk(b"IEND", b""))


def jpeg_claiming(width: int, height: int) -> bytes:
    data = bytearray(image_bytes("JPEG", (16, 16)))
    sof = data.index(b"\xff\xc0")
    data[sof + 5:sof + 9] = struct.pack(">HH", height, width)
    return bytes(data)


# --- picking a photo ------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["JPEG", "PNG"])
def test_a_phone_photo_is_kept_small_upright_and_as_jpeg(fmt):
    jpeg = prepare_photo(image_bytes(fmt, (3000, 4000)))
    assert jpeg.startswith(b"\xff\xd8")
    assert len(jpeg) <= MAX_STORED_BYTES
    assert photo_size(jpeg) == (480, 640)  # longest side STORED_SIDE, aspect kept
    assert check_stored_photo(jpeg) == jpeg


def test_exif_orientation_is_applied_and_metadata_dropped():
    # A camera stores a portrait photo as landscape pixels with "rotate 90" in EXIF.
    img = Image.new("RGB", (800, 600), (10, 200, 10))
    exif = Image.Exif()
    exif[0x0112] = 6  # orientation: rotate 90° clockwise to display
    exif[0x010F] = "CameraMaker"
    out = io.BytesIO()
    img.save(out, "JPEG", exif=exif.tobytes())
    kept = prepare_photo(out.getvalue())
    with Image.open(io.BytesIO(kept)) as again:
        assert again.size == (480, 640)  # upright (portrait), longest side STORED_SIDE
        assert not again.getexif()  # no camera metadata (GPS, maker) kept


def test_transparent_png_prints_on_white():
    kept = prepare_photo(image_bytes("PNG", (100, 100), "RGBA", (0, 0, 0, 0)))
    with Image.open(io.BytesIO(kept)) as again:
        r, g, b = again.convert("RGB").getpixel((50, 50))
    assert min(r, g, b) > 240


def test_noise_is_squeezed_under_the_limit():
    kept = prepare_photo(noise_png(1500))
    assert len(kept) <= MAX_STORED_BYTES
    assert max(photo_size(kept)) <= STORED_SIDE


@pytest.mark.parametrize("data, message", [
    (b"", "is not a JPEG or PNG image"),
    (b"hello, not an image", "is not a JPEG or PNG image"),
    (image_bytes("GIF", (50, 50), "P", 3), "is not a JPEG or PNG image"),
    (image_bytes("BMP", (50, 50)), "is not a JPEG or PNG image"),
    (image_bytes("JPEG", (400, 400))[:600], "is damaged"),
    (noise_png(300)[:20_000], "is damaged"),
    (png_claiming(100_000, 100_000), "pixels"),
    (b"\x00" * (MAX_INPUT_BYTES + 1), "larger than 15 MB"),
])
def test_what_is_not_a_photo_is_refused_with_a_reason(data, message):
    with pytest.raises(PhotoError) as info:
        prepare_photo(data)
    assert message in str(info.value)


@pytest.mark.parametrize("data, message", [
    (image_bytes("PNG", (50, 50)), "is not a JPEG image"),
    (jpeg_claiming(60_000, 60_000), "pixels"),
    (image_bytes("JPEG", (400, 400))[:600], "is damaged"),
    (b"\xff\xd8" + b"\x00" * (MAX_STORED_BYTES + 1), "larger than 200 KB"),
])
def test_a_stored_photo_must_be_a_small_sound_jpeg(data, message):
    with pytest.raises(PhotoError) as info:
        check_stored_photo(data)
    assert message in str(info.value)


# --- the store ------------------------------------------------------------------------------


def test_photo_survives_the_store_and_clearing_removes_it(data_dir, example_text):
    alex = interchange.loads(example_text, today=TODAY).profiles[0]
    jpeg = prepare_photo(image_bytes("JPEG"))
    alex.photo_jpeg = jpeg
    with Store.open(data_dir) as store:
        store.save_profile(alex)
    with Store.open(data_dir) as store:
        loaded = store.load_profile(alex.name)
        assert loaded.photo_jpeg == jpeg
        assert loaded == alex
        loaded.photo_jpeg = None
        store.save_profile(loaded)
        assert store.load_profile(alex.name).photo_jpeg is None
        store.delete_profile(alex.name)
    conn = sqlite3.connect(data_dir / "sm-card.sqlite3")
    assert conn.execute("SELECT COUNT(*) FROM profile_photos").fetchone()[0] == 0
    conn.close()


def test_a_store_from_before_photos_is_migrated_and_keeps_its_record(data_dir, example_text):
    """A store from before photos (no photo table) opens, gains the table, keeps every
    profile."""
    data_dir.mkdir()
    path = data_dir / "sm-card.sqlite3"
    # the schema as it was just before the photo's migration (whatever its number)
    before = next(i for i, m in enumerate(MIGRATIONS) if "profile_photos" in m)
    conn = sqlite3.connect(path, isolation_level=None)
    for migration in MIGRATIONS[:before]:
        for statement in _split_sql(migration):
            conn.execute(statement)
    conn.execute(f"PRAGMA user_version = {before}")
    conn.close()
    alex = interchange.loads(example_text, today=TODAY).profiles[0]
    with Store.open(data_dir) as store:
        store.save_profile(alex)
    # Store only writes the newest schema: put the saved record back at schema 1 by hand
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("DROP TABLE profile_photos")
    conn.execute(f"PRAGMA user_version = {before}")
    conn.close()
    with Store.open(data_dir) as store:
        loaded = store.load_profile(alex.name)
        assert loaded.photo_jpeg is None and loaded.avoid == alex.avoid
        loaded.photo_jpeg = prepare_photo(image_bytes("PNG"))
        store.save_profile(loaded)
        assert store.load_profile(alex.name).photo_jpeg == loaded.photo_jpeg


def test_import_replacing_a_profile_replaces_its_photo(data_dir, example_text):
    alex = interchange.loads(example_text, today=TODAY).profiles[0]
    alex.photo_jpeg = prepare_photo(image_bytes("JPEG"))
    with Store.open(data_dir) as store:
        store.save_profile(alex)
        again = interchange.loads(example_text, today=TODAY).profiles  # a v1 file: no photo
        store.replace_profiles(again)
        assert store.load_profile(alex.name).photo_jpeg is None


# --- the interchange file -------------------------------------------------------------------


@pytest.fixture
def doc(example_text):
    return json.loads(example_text)


def test_version3_carries_the_photo_and_round_trips(doc):
    alex = interchange.parse_document(doc, today=TODAY).profiles[0]
    alex.photo_jpeg = prepare_photo(image_bytes("JPEG"))
    text = interchange.dumps([alex])
    written = json.loads(text)
    assert written["version"] == 3
    assert base64.b64decode(written["profiles"][0]["photo"]) == alex.photo_jpeg
    back = interchange.loads(text, today=TODAY)
    assert back.version == 3 and back.profiles[0] == alex
    # an older version written on request leaves the photo out (it has no key for it)
    for version in (1, 2):
        older = json.loads(interchange.dumps([alex], version=version))
        assert "photo" not in older["profiles"][0]
        assert interchange.loads(json.dumps(older), today=TODAY).profiles[0].photo_jpeg is None


def test_version1_and_2_files_still_import_and_refuse_a_photo_key(doc):
    for version in (1, 2):
        doc["version"] = version
        assert interchange.parse_document(doc, today=TODAY).profiles[0].photo_jpeg is None
        with_photo = json.loads(json.dumps(doc))
        with_photo["profiles"][0]["photo"] = base64.b64encode(
            prepare_photo(image_bytes("JPEG"))).decode()
        with pytest.raises(InterchangeError) as info:
            interchange.parse_document(with_photo, today=TODAY)
        assert str(info.value) == "profiles[0].photo: is not a known key"


@pytest.mark.parametrize("value, message", [
    (12, "is not base64 text"),
    ("not base64 at all!", "is not base64 text"),
    ("ÄÖÜ", "is not base64 text"),
    (base64.b64encode(image_bytes("PNG", (40, 40))).decode(), "is not a JPEG image"),
    (base64.b64encode(b"\xff\xd8 definitely not a jpeg").decode(), "is not a JPEG or PNG"),
    (base64.b64encode(jpeg_claiming(65_000, 65_000)).decode(), "pixels"),
    (base64.b64encode(image_bytes("JPEG", (400, 400))[:700]).decode(), "is damaged"),
    ("A" * 3_000_000, "is larger than 200 KB"),
])
def test_a_hostile_photo_in_a_file_is_refused_naming_the_place(doc, value, message):
    doc["version"] = 3
    doc["profiles"][0]["photo"] = value
    with pytest.raises(InterchangeError) as info:
        interchange.parse_document(doc, today=TODAY)
    assert str(info.value).startswith("profiles[0].photo: ")
    assert message in str(info.value)
