"""Obituaries: an article that reports a long life's end tells that life as background.

"Mark Felt, Watergate's 'Deep Throat', dies at 95" … "Nixon ordered the acting director to fire him":
an obituary retells decades of a person's deeds, mostly in the plain past and with no date of their
own, and none of them is news on the day of the death. An article is an obituary when its opening
paragraphs (:data:`OPENING`) report that someone died ("dies", "died", "has died", "dead at") and give
an age of at least :data:`OLD_AGE` ("dies at 95", "aged 81", "He was 77.") with no word of violence
beside it (:data:`_VIOLENT`: "shot", "killed", "stabbed", "crash" …): a young victim's death, or one
someone caused, is the news itself and what led to it is current.

In an obituary, an action told in the past tense with no day of its own or of its paragraph ("on
Thursday") is background (:meth:`strife.events.background.Background.historical`); what is dated
to the days of the death ("praised him on Friday") stays news.
"""

from __future__ import annotations

import re

from strife.nlp.document import ArticleDoc

#: Paragraphs read for the death: the headline and the lead (web addresses and bylines included) …
OPENING = 6
#: … and for the age ("He was 95." often follows a few paragraphs on).
AGE_OPENING = 12
#: The youngest age at death that makes a life story rather than a death's cause the news.
OLD_AGE = 50
_DEATH = re.compile(r"\b(?:dies|died|has died|have died|dead at|passed away|death of)\b", re.IGNORECASE)
_AGE = re.compile(
    r"\b(?:dies at|died at|dead at|aged|at age|at the age of)\s+(\d{2,3})\b"
    r"|^\s*(?:he|she) was (\d{2,3})\s*\.?\s*$",
    re.IGNORECASE | re.MULTILINE,
)
_VIOLENT = re.compile(
    r"\b(?:shot|shooting|gunned|killed|killing|murder\w*|stabb\w*|attack\w*|bomb\w*|blast|crash\w*|"
    r"slain|execut\w*|assassinat\w*|beaten|clash\w*)\b",
    re.IGNORECASE,
)


def is_obituary(art: ArticleDoc) -> bool:
    """Whether the article's opening reports an old person's death (see the module docs)."""
    text = "\n".join(art.text(p) for p in range(min(OPENING, len(art.docs))))
    if not _DEATH.search(text) or _VIOLENT.search(text):
        return False
    ages = [
        int(a or b)
        for a, b in _AGE.findall("\n".join(art.text(p) for p in range(min(AGE_OPENING, len(art.docs)))))
    ]
    return any(age >= OLD_AGE for age in ages)
