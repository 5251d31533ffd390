"""Who a speaker is across articles: the canonical person behind "Trump", "Mr. Trump" and "Donald J. Trump".

Within an article the actors step already makes one actor per person, named by the dictionaries'
canonical name and coded on the article's date, and every quote of that person carries that name
(:class:`strife.record.Speaker`). Across articles the same person is then stored under one name but
under the code of each article's date (Donald Trump is ``USAELI`` in 2016 and ``USAGOV`` in 2018).
This module reads a speaker as a person for the store's readers — ``strife quotes --speaker``,
``/api/quotes?speaker=``, ``strife speakers``, ``/api/speakers`` and the dashboard's quote chips:

* :func:`query_words` takes honorifics, titles and middle initials out of what a user typed
  ("Mr. Trump" → "Trump", "President Donald J. Trump" → "Donald Trump");
* :meth:`SpeakerIdentity.names_for` gives the canonical names a query stands for when the
  dictionaries know it (every person the name may be: "Clinton" is Bill or Hillary), else ``None``
  (then the store matches the query's words in the stored names);
* :meth:`SpeakerIdentity.group` folds the store's (name, code) speaker counts into one row per
  person, with every code they were quoted under.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from strife.dictionaries import Dictionaries
from strife.store.article_query import query_words
from strife.store.rows import SpeakerCount, SpeakerRow

__all__ = ["SpeakerIdentity", "query_words"]


@dataclass
class SpeakerIdentity:
    """Speaker names read through the dictionaries (bundled and the user's)."""

    dictionaries: Dictionaries
    _canonical: dict[str, str | None] = field(default_factory=dict, repr=False)

    def names_for(self, query: str) -> tuple[str, ...] | None:
        """The canonical names of the people ``query`` may name, or ``None`` when the dictionaries
        know no one by it. A title before the name is dropped ("President Putin")."""
        words = query_words(query)
        while words:
            people = self._people(" ".join(words))
            if people:
                return people
            if self.dictionaries.title(words[0].lower()) is None:
                return None
            words = words[1:]
        return None

    def _people(self, name: str) -> tuple[str, ...]:
        """The canonical names of whoever the dictionaries know by ``name``, in any case (a user
        types "donald trump")."""
        actor = self.dictionaries.actor(name)
        if actor is not None:
            return (actor.name,)
        claimants = self.dictionaries.claimants(name)
        if not claimants and name == name.lower():
            claimants = self.dictionaries.claimants(name.title())
        return tuple(dict.fromkeys(a.name for a in claimants))

    def known(self, stored: str) -> str | None:
        """The dictionaries' name of the one person or body a stored speaker name names (a stored
        "Donald J. Trump" from an older release is "Donald Trump"), else ``None``. A shared surname
        stored alone is no one's: which Clinton it was is the article's to say."""
        if stored not in self._canonical:
            actor = self.dictionaries.actor(stored)
            if actor is not None:
                name: str | None = actor.name
            else:
                people = self.names_for(stored)
                name = people[0] if people is not None and len(people) == 1 else None
            self._canonical[stored] = name
        return self._canonical[stored]

    def group(self, counts: Iterable[SpeakerCount]) -> list[SpeakerRow]:
        """One row per person, most quoted first (then most articles, then name): the (name, code)
        counts of :meth:`strife.store.roles.ArticleStore.speaker_counts` summed by canonical name
        for the people the dictionaries know. A name they do not know ("police", "a spokesman")
        stays one row per name and code: the police of two countries are two speakers.
        ``articles`` is summed over the person's stored names (an article naming one person two ways,
        from an older release, counts twice)."""
        names: dict[tuple[str, str | None], str] = {}
        codes: dict[tuple[str, str | None], list[str]] = {}
        totals: dict[tuple[str, str | None], list[int]] = {}
        for count in counts:
            person = self.known(count.name)
            key = (person, None) if person is not None else (count.name, count.code)
            names.setdefault(key, person or count.name)
            known = codes.setdefault(key, [])
            if count.code is not None and count.code not in known:
                known.append(count.code)
            total = totals.setdefault(key, [0, 0])
            total[0] += count.quotes
            total[1] += count.articles
        rows = [
            SpeakerRow(name=names[k], codes=codes[k], quotes=q, articles=a) for k, (q, a) in totals.items()
        ]
        return sorted(rows, key=lambda r: (-r.quotes, -r.articles, r.name))
