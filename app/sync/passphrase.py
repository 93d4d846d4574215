"""The administrator's passphrase for a municipality key file: read from the environment
or asked on the terminal, checked, and stretched by scrypt into the PKCS8 password."""

from __future__ import annotations

import base64
import getpass
import os
import sys
import unicodedata
import warnings
from typing import TYPE_CHECKING

from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from app.errors import ValidationError
from app.sync import texts

if TYPE_CHECKING:
    from app.sync.key_transfer import Kdf

PASSPHRASE_VARIABLE = "PEREKHOD_KEY_PASSPHRASE"
MIN_PASSPHRASE = 8


def new_passphrase() -> str:
    """The passphrase to protect an exported key file: from ``PEREKHOD_KEY_PASSPHRASE``,
    else asked twice; too short or not repeated the same is refused."""
    text = os.environ.get(PASSPHRASE_VARIABLE)
    if text is None:
        text = _ask(texts.PASSPHRASE_NEW.format(minimum=MIN_PASSPHRASE))
        check_passphrase(text)
        if _ask(texts.PASSPHRASE_AGAIN) != text:
            raise ValidationError(texts.PASSPHRASE_MISMATCH)
    check_passphrase(text)
    return text


def passphrase() -> str:
    """The passphrase of a key file being installed (the variable, else asked once)."""
    text = os.environ.get(PASSPHRASE_VARIABLE)
    return _ask(texts.PASSPHRASE_ASK) if text is None else text


def check_passphrase(text: str) -> None:
    if len(_normalised(text)) < MIN_PASSPHRASE:
        raise ValidationError(texts.PASSPHRASE_TOO_SHORT.format(minimum=MIN_PASSPHRASE))


def locking_password(text: str, kdf: Kdf) -> bytes:
    """The PKCS8 password the key file's private keys are locked with, derived from the
    passphrase ``text`` by the file's scrypt parameters."""
    derived = Scrypt(salt=bytes.fromhex(kdf.salt), length=32, n=kdf.n, r=kdf.r, p=kdf.p).derive(
        _normalised(text).encode("utf-8")
    )
    return base64.b64encode(derived)


def _ask(prompt: str) -> str:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", getpass.GetPassWarning)  # its English «may be echoed»
        try:
            return getpass.getpass(prompt, stream=sys.stderr)
        except EOFError:
            raise ValidationError(
                texts.PASSPHRASE_NO_TERMINAL.format(variable=PASSPHRASE_VARIABLE)
            ) from None


def _normalised(text: str) -> str:
    # the same Cyrillic passphrase typed on another PC may come composed differently
    return unicodedata.normalize("NFC", text)
