"""The encrypted envelope around an interchange file (docs/interchange.md, "Encrypted files").

A record exported to a USB stick or sent by e-mail holds health data; with a passphrase it is
sealed with AES-256-GCM under a key derived by scrypt. Layout (all integers big-endian)::

    magic      18 bytes  b"sm-card-encrypted\\n"
    version     1 byte   1
    log2_n      1 byte   scrypt cost N = 2**log2_n
    r           1 byte   scrypt block size
    p           1 byte   scrypt parallelism
    salt       16 bytes  random
    nonce      12 bytes  random
    ciphertext  rest     AES-256-GCM of the UTF-8 JSON, with its 16-byte tag at the end

Everything before the ciphertext is authenticated too (GCM associated data), so a changed
parameter fails like a changed byte of ciphertext: "wrong passphrase or changed file".
"""

from __future__ import annotations

import os
import unicodedata

from sm_card.core.refusals import Refusal

MAGIC = b"sm-card-encrypted\n"
VERSION = 1
SALT_BYTES = 16
NONCE_BYTES = 12
HEADER_BYTES = len(MAGIC) + 4 + SALT_BYTES + NONCE_BYTES
TAG_BYTES = 16
# scrypt N=2**16, r=8, p=1: 64 MiB and about 0.2 s to derive, the same order as the OWASP
# recommendation (N=2**17) while a hostile file's parameters stay bounded below.
DEFAULT_LOG2_N = 16
DEFAULT_R = 8
DEFAULT_P = 1
# A file may ask for more work than we write, but no more than this memory (128 * N * r bytes)
# and parallelism: a forged header must not make import take minutes or gigabytes.
MAX_SCRYPT_MEMORY = 128 * 1024 * 1024
MAX_P = 4
MIN_PASSPHRASE = 8  # characters, for new files; any non-empty passphrase opens a file


class EnvelopeError(Refusal, ValueError):
    """The envelope cannot be opened: damaged, changed, or the passphrase is wrong."""


def is_encrypted(data: bytes) -> bool:
    return data.startswith(MAGIC)


def _key(passphrase: str, salt: bytes, log2_n: int, r: int, p: int) -> bytes:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    secret = unicodedata.normalize("NFC", passphrase).encode("utf-8")
    return Scrypt(salt=salt, length=32, n=2**log2_n, r=r, p=p).derive(secret)


def check_new_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        raise EnvelopeError(f"the passphrase must have at least {MIN_PASSPHRASE} characters",
                            "passphrase_too_short", minimum=MIN_PASSPHRASE)


def encrypt(plaintext: bytes, passphrase: str, *, log2_n: int = DEFAULT_LOG2_N,
            r: int = DEFAULT_R, p: int = DEFAULT_P) -> bytes:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    check_new_passphrase(passphrase)
    salt = os.urandom(SALT_BYTES)
    nonce = os.urandom(NONCE_BYTES)
    header = MAGIC + bytes([VERSION, log2_n, r, p]) + salt + nonce
    key = _key(passphrase, salt, log2_n, r, p)
    return header + AESGCM(key).encrypt(nonce, plaintext, header)


def decrypt(data: bytes, passphrase: str) -> bytes:
    """The plaintext, or EnvelopeError naming what is wrong (never which byte)."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    if not is_encrypted(data):
        raise EnvelopeError("the file is not an sm-card encrypted file", "not_encrypted_file")
    if len(data) < HEADER_BYTES + TAG_BYTES:
        raise EnvelopeError("the encrypted file is cut short", "encrypted_cut_short")
    version, log2_n, r, p = data[len(MAGIC):len(MAGIC) + 4]
    if version != VERSION:
        raise EnvelopeError(f"the file is encrypted with format version {version}; this app "
                            f"reads version {VERSION}. Update sm-card to import it",
                            "encrypted_version", version=version, supported=VERSION)
    if not (1 <= log2_n <= 30 and r >= 1 and 1 <= p <= MAX_P
            and 128 * (2**log2_n) * r <= MAX_SCRYPT_MEMORY):
        raise EnvelopeError("the encrypted file asks for key-derivation settings beyond this "
                            "app's limits (damaged or not made by sm-card)", "encrypted_limits")
    if not passphrase:
        raise EnvelopeError("the passphrase is empty", "passphrase_empty")
    start = len(MAGIC) + 4
    salt = data[start:start + SALT_BYTES]
    nonce = data[start + SALT_BYTES:HEADER_BYTES]
    key = _key(passphrase, salt, log2_n, r, p)
    try:
        return AESGCM(key).decrypt(nonce, data[HEADER_BYTES:], data[:HEADER_BYTES])
    except InvalidTag:
        raise EnvelopeError("the passphrase is wrong, or the file was changed or damaged "
                            "after it was encrypted", "passphrase_wrong") from None
