"""Whether a name reads as a news outlet's: the word it ends in ("Kyiv Post", "Press TV", "Daily
Herald"), a broadcasting word anywhere in it ("KXLT-TV Channel 7", "Radio Liberty Europe") or a
broadcaster's call sign ("WKRP-FM"). The sources step takes an organisation so named for a cited
outlet; the coreference step points an outlet noun ("the station", "the paper") back to an
organisation so named first, before the hospital or agency named since.
"""

from __future__ import annotations

import re

__all__ = ["media_name", "outlet_like"]

_MEDIA_END = re.compile(
    r"\b(TV|News|Times|Post|Radio|Agency|Herald|Journal|Gazette|Telegraph|Tribune|Channel|Broadcasting|"
    r"Daily|Monitor|Press|Television|Network|Wire)$"
)
_BROADCAST = re.compile(r"\b(TV|Television|Radio|Channel|Broadcasting|Broadcast)\b")
_CALL_SIGN = re.compile(r"\b[KW][A-Z]{2,3}-(TV|FM|AM|DT)\b")


def media_name(text: str) -> bool:
    """Whether the name ends in a word that names news media ("Kyiv Post", "Press TV")."""
    return _MEDIA_END.search(text) is not None


def outlet_like(name: str) -> bool:
    """Whether the name reads as a news outlet's: it ends in a media word, holds a broadcasting word or
    a call sign ("KXLT-TV Channel 7"); "Riverside General Hospital" does not."""
    return media_name(name) or _BROADCAST.search(name) is not None or _CALL_SIGN.search(name) is not None
