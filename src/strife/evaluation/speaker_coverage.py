"""Speaker coverage on real news: how many of the quotes strife finds come with a speaker mention.

Data: a fixed sample of the ECB+ documents (:func:`strife.evaluation.ecbplus.read_ecbplus`: real news
nobody on the project wrote, from many outlets): every :data:`STRIDE`-th document in the archive's
order that has a body, 228 of the 982. There is no gold speaker here, so this measures coverage, not accuracy
(``gum-speakers`` scores accuracy):

- ``speaker_mention_share``: quotes (any kind) with a speaker mention in the text ("he", "the
  group", "a report by X", a name), over all quotes found;
- ``speaker_resolved_share``: quotes whose speaker is resolved to an actor (a name, an owner, a
  description, coreference), over all quotes found;
- ``direct_mention_share``: the same as the first for direct and partial quotes only;
- ``quote_n``, ``n_docs``: quotes found and documents read.
"""

from __future__ import annotations

from pathlib import Path

from strife.evaluation.ecbplus import read_ecbplus
from strife.evaluation.gum import ArticleReader
from strife.evaluation.scoring import ratio
from strife.record import RawArticle

STRIDE = 4


def evaluate_speaker_coverage(pipeline: ArticleReader, root: Path) -> dict[str, float]:
    """``ecbplus-speakers``: see the module docstring; ``root`` is the shared folder."""
    docs = [d for d in read_ecbplus(root)[::STRIDE] if d.body.strip()]
    raws = (RawArticle(body=d.body, headline=d.headline, id=d.id, origin=f"ecbplus:{d.id}") for d in docs)
    quotes = mentioned = resolved = marked = marked_mentioned = 0
    for article in pipeline.pipe(raws):
        for quote in article.quotes:
            speaker = quote.speaker
            has_mention = speaker is not None and speaker.mention is not None
            quotes += 1
            mentioned += has_mention
            resolved += speaker is not None and speaker.name is not None
            if quote.kind != "indirect":
                marked += 1
                marked_mentioned += has_mention
    return {
        "speaker_mention_share": ratio(mentioned, quotes),
        "speaker_resolved_share": ratio(resolved, quotes),
        "direct_mention_share": ratio(marked_mentioned, marked),
        "quote_n": float(quotes),
        "n_docs": float(len(docs)),
    }
