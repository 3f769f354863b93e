"""The person's photo: checked, downscaled and kept as one small JPEG.

A photo helps a teacher, a carer or a paramedic match the action plan (and, if the person
chooses, the card) to the person. It is optional and kept small: a phone photo of 3-8 MB
becomes a JPEG of at most :data:`MAX_STORED_BYTES` (typically 40-90 KB) whose longest side is
:data:`STORED_SIDE` pixels, enough for a 35 × 45 mm print at about 300 dpi. Re-encoding also
drops what the camera wrote into the file (EXIF: GPS position, device, time).

Pillow decodes and resizes (imported on first use: nothing else of sm-card needs it at start).
Both paths into the store go through here: :func:`prepare_photo` for a file the person picks,
:func:`check_stored_photo` for the bytes an interchange file carries. Each refuses anything
that is not a sound JPEG or PNG of sane size with :class:`PhotoError`, never a crash: a
decompression bomb (a tiny file that claims 100,000 × 100,000 pixels) is refused from its
header, before any pixel is decoded.
"""

from __future__ import annotations

import contextlib
import io

from sm_card.core.refusals import Refusal

# What the person may pick: a phone's full-size photo, with room to spare.
MAX_INPUT_BYTES = 15 * 1024 * 1024
# Pixels a picked image may claim (a 50-megapixel phone sensor is 8,160 × 6,120 = 50 MP).
MAX_INPUT_PIXELS = 64_000_000
# What is kept: longest side, and a hard cap on the bytes (quality is lowered to meet it).
STORED_SIDE = 640
MAX_STORED_BYTES = 200 * 1024
# What an imported file's photo may be: what this app stores, with a margin for other
# encoders (another app, an older sm-card with other settings).
MAX_IMPORT_SIDE = 1600
FORMATS = ("JPEG", "PNG")
_QUALITIES = (85, 75, 65, 55, 45)


class PhotoError(Refusal, ValueError):
    """The bytes are not a photo sm-card keeps; the message says why, for the person."""


def _open(data: bytes, formats: tuple[str, ...], max_pixels: int, max_side: int | None):
    """The decoded image, after its header was checked; PhotoError otherwise."""
    from PIL import Image, UnidentifiedImageError

    try:
        # formats= keeps Pillow from trying its other decoders (TIFF, PSD, EPS ...) on
        # bytes that came from a file.
        image = Image.open(io.BytesIO(data), formats=list(formats))
    except Image.DecompressionBombError:
        raise PhotoError("claims far more pixels than a photo has", "photo_bomb") from None
    except UnidentifiedImageError:
        raise PhotoError("is not a JPEG or PNG image", "photo_not_image") from None
    except (OSError, ValueError, SyntaxError) as err:
        raise PhotoError(f"is damaged or incomplete ({err})", "photo_damaged",
                         detail=str(err)) from None
    width, height = image.size
    if width < 1 or height < 1:
        raise PhotoError("has no pixels", "photo_no_pixels")
    if width * height > max_pixels or (max_side is not None and max(width, height) > max_side):
        raise PhotoError(f"claims {width} × {height} pixels, more than a photo for sm-card "
                         "may have", "photo_too_many_pixels", width=width, height=height)
    try:
        image.load()  # decodes now: a truncated or corrupt file fails here, not later
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError) as err:
        raise PhotoError(f"is damaged or incomplete ({err})", "photo_damaged",
                         detail=str(err)) from None
    return image


def prepare_photo(data: bytes) -> bytes:
    """A picked JPEG or PNG as the JPEG sm-card keeps (upright, ≤ STORED_SIDE, ≤ 200 KB)."""
    from PIL import Image, ImageOps

    if len(data) > MAX_INPUT_BYTES:
        raise PhotoError(f"is larger than {MAX_INPUT_BYTES // (1024 * 1024)} MB; pick a "
                         "smaller photo (JPEG or PNG)", "photo_file_too_large",
                         megabytes=MAX_INPUT_BYTES // (1024 * 1024))
    image = _open(data, FORMATS, MAX_INPUT_PIXELS, None)
    # A phone's portrait photo stays upright; a broken orientation tag keeps the pixels as
    # stored.
    with contextlib.suppress(OSError, ValueError, SyntaxError):
        image = ImageOps.exif_transpose(image)
    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in
                                             image.info):
        # Transparent parts print as white (JPEG has no transparency).
        rgba = image.convert("RGBA")
        flat = Image.new("RGB", rgba.size, (255, 255, 255))
        flat.paste(rgba, mask=rgba.getchannel("A"))
        image = flat
    else:
        image = image.convert("RGB")
    image.thumbnail((STORED_SIDE, STORED_SIDE), Image.Resampling.LANCZOS)
    for quality in _QUALITIES:
        out = io.BytesIO()
        image.save(out, "JPEG", quality=quality, optimize=True)
        if out.tell() <= MAX_STORED_BYTES:
            return out.getvalue()
    # Only pure noise gets here: halve the size until it fits.
    while True:
        image = image.resize((max(1, image.width // 2), max(1, image.height // 2)))
        out = io.BytesIO()
        image.save(out, "JPEG", quality=_QUALITIES[-1], optimize=True)
        if out.tell() <= MAX_STORED_BYTES:
            return out.getvalue()


def check_stored_photo(data: bytes) -> bytes:
    """Bytes that claim to be a kept photo (from an interchange file), checked as they are:
    a JPEG of at most MAX_STORED_BYTES and MAX_IMPORT_SIDE pixels that decodes whole."""
    if len(data) > MAX_STORED_BYTES:
        raise PhotoError(f"is larger than {MAX_STORED_BYTES // 1024} KB, more than sm-card "
                         "keeps for a photo", "photo_stored_too_large",
                         kilobytes=MAX_STORED_BYTES // 1024)
    if not data.startswith(b"\xff\xd8"):
        raise PhotoError("is not a JPEG image", "photo_not_jpeg")
    _open(data, ("JPEG",), MAX_IMPORT_SIDE * MAX_IMPORT_SIDE, MAX_IMPORT_SIDE)
    return data


def photo_size(data: bytes) -> tuple[int, int]:
    """Width and height in pixels of a kept photo (one that passed the checks above)."""
    from PIL import Image

    with Image.open(io.BytesIO(data), formats=["JPEG"]) as image:
        return image.size
