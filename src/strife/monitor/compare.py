"""How each outlet told one story: who it quoted and how much, whom it cited, what it called the
actors, and its tone (``strife story ID --compare``).

For one story's articles, grouped by outlet (an article without one is "(no outlet)"):

- ``quoted``: each speaker (name and code) with the number of quotes and of quoted words;
- ``cited``: the outlets the articles attribute claims to ("according to Press TV"), with counts;
- ``labels``: per actor code, the words used for the states, organisations and groups of the story
  (their mentions; people's names and pronouns left out), most used first;
- ``distinctive``: the labels no other outlet of the story used for the same actor — where loaded
  labels ("the US-led military alliance" beside "NATO") show up;
- ``tone``: the mean tone of the outlet's articles, and of its quotes (VADER compound, −1..1).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from statistics import fmean

from pydantic import BaseModel, ConfigDict

from strife.record import Article

NO_OUTLET = "(no outlet)"

#: Mentions that say nothing about how an outlet frames an actor.
_PRONOUNS = frozenset(
    {"he", "him", "his", "she", "her", "hers", "they", "them", "their", "theirs", "it", "its"}
    | {"we", "us", "our", "i", "me", "my", "you", "your", "who", "whom"}
)


class QuotedSpeaker(BaseModel):
    model_config = ConfigDict(frozen=True)

    speaker: str
    code: str | None
    quotes: int
    words: int


class OutletView(BaseModel):
    """One outlet's telling of the story."""

    model_config = ConfigDict(frozen=True)

    outlet: str
    articles: list[str]
    quoted: list[QuotedSpeaker]
    cited: dict[str, int]
    labels: dict[str, list[str]]
    distinctive: list[str]
    tone: float | None
    quote_tone: float | None


def compare_outlets(articles: Iterable[Article]) -> list[OutletView]:
    """The outlets of these articles side by side, most articles first, then by name."""
    by_outlet: dict[str, list[Article]] = defaultdict(list)
    for article in articles:
        by_outlet[article.outlet or NO_OUTLET].append(article)
    labels = {outlet: _labels(group) for outlet, group in by_outlet.items()}
    names = {(a.code, a.name.casefold()) for group in by_outlet.values() for x in group for a in x.actors}
    views = [
        OutletView(
            outlet=outlet,
            articles=[a.id for a in group],
            quoted=_quoted(group),
            cited=dict(Counter(s.name for a in group for s in a.attributed_sources).most_common()),
            labels={
                code: [label for label, _ in counts.most_common()] for code, counts in labels[outlet].items()
            },
            distinctive=_distinctive(outlet, labels, names),
            tone=_mean(a.tone for a in group),
            quote_tone=_mean(q.tone for a in group for q in a.quotes),
        )
        for outlet, group in by_outlet.items()
    ]
    return sorted(views, key=lambda v: (-len(v.articles), v.outlet))


def _quoted(articles: Sequence[Article]) -> list[QuotedSpeaker]:
    quotes: Counter[tuple[str, str | None]] = Counter()
    words: Counter[tuple[str, str | None]] = Counter()
    for article in articles:
        for quote in article.quotes:
            speaker = quote.speaker
            key = (speaker.name, speaker.code) if speaker and speaker.name else ("(unattributed)", None)
            quotes[key] += 1
            words[key] += len(quote.text.split())
    return [
        QuotedSpeaker(speaker=name, code=code, quotes=n, words=words[(name, code)])
        for (name, code), n in sorted(quotes.items(), key=lambda kv: (-kv[1], -words[kv[0]], kv[0][0]))
    ]


def _labels(articles: Sequence[Article]) -> dict[str, Counter[str]]:
    """Actor code → the mention texts used for it (pronouns left out), counted."""
    labels: dict[str, Counter[str]] = defaultdict(Counter)
    for article in articles:
        for actor in article.actors:
            if actor.code is None or actor.type == "person":
                continue
            for mention in actor.mentions:
                text = " ".join(mention.text.split())
                if text and text.casefold() not in _PRONOUNS:
                    labels[actor.code][_strip_article(text)] += 1
    return labels


def _strip_article(text: str) -> str:
    """'the US-led alliance' and 'The US-led alliance' are one label."""
    first, _, rest = text.partition(" ")
    return rest if rest and first.casefold() in {"the", "a", "an"} else text


def _distinctive(
    outlet: str, labels: dict[str, dict[str, Counter[str]]], names: set[tuple[str | None, str]]
) -> list[str]:
    """``CODE: label`` for labels of this outlet that no other outlet used for that actor (the actor's
    own name, "NATO", is never distinctive)."""
    found = []
    for code, counts in sorted(labels[outlet].items()):
        others = {
            label.casefold()
            for o, by_code in labels.items()
            if o != outlet
            for label in by_code.get(code, ())
        }
        if not others:
            continue
        found += [
            f"{code}: {label}"
            for label, _ in counts.most_common()
            if label.casefold() not in others and (code, label.casefold()) not in names
        ]
    return found


def _mean(values: Iterable[float | None]) -> float | None:
    present = [v for v in values if v is not None]
    return round(fmean(present), 4) if present else None
