"""A known person whose name span opens with the title ("United Nations Secretary-General Ban
Ki-moon", "South Korean Foreign Minister Ban Ki-moon" read by the NER as one name): in an article with
no day, the dictionaries' latest code (often a bare elite, "ELI") stands only where the text gives no
office; a title inside the span that codes to one of the person's own periods names that period."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span

from strife.dated_actors import Resolution
from strife.dictionaries import Dictionaries
from strife.nlp.document import ArticleDoc
from strife.nlp.title_coding import TitleCoder


def inner_title_period(
    dicts: Dictionaries, titles: TitleCoder, art: ArticleDoc, span: Span, found: Resolution
) -> Resolution:
    """The period of ``found`` that the title opening ``span`` codes to, in an undated article; else
    ``found`` as it is (a dated article's day picks the period; a former office is an elite's)."""
    if art.actor_day is not None:
        return found
    for k in range(1, len(span) - 1):
        if found.actor not in dicts.claimants(span[k:].text):
            continue
        code = titles.code(art, list(span[:k])).code  # "United Nations Secretary-General": IGOUNO
        period = next((p for p in found.actor.periods if code and p.entry.code == code), None)
        return found if period is None else replace(found, period=period, chosen_by="title in the name")
    return found
