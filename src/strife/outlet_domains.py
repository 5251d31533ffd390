"""An outlet's web domain as its name: "washingtonpost.com reported", "according to nytimes.com",
"theguardian.com said". A domain names the outlet whose name or alias, written without spaces,
punctuation or a leading "the", is the domain's own label: the one before its top-level parts
("washingtonpost" of ``www.washingtonpost.com``, "bbc" of ``bbc.co.uk``, "cnn" of ``edition.cnn.com``).
No list of domains is kept: the outlets of ``outlets.tsv`` (and the user's) give them.
"""

from __future__ import annotations

import re

from strife.dated_actors import KnownActor
from strife.dictionary_files import ActorEntry

__all__ = ["DomainIndex", "domain_label"]

# a bare host, no scheme or path: "washingtonpost.com", "www.bbc.co.uk", "Politico.com"
_HOST = re.compile(r"(?:[a-z0-9-]+\.)+[a-z]{2,6}", re.IGNORECASE)
_NOT_ALNUM = re.compile(r"[^a-z0-9]")
_SECOND_LEVEL = 3  # "co" of bbc.co.uk, "com" of smh.com.au, "net" of abc.net.au: no outlet's label


def domain_label(text: str) -> str | None:
    """The label that names a domain's owner, in small letters: ``"washingtonpost"`` of
    ``washingtonpost.com``; ``None`` where the text is no bare host name."""
    if _HOST.fullmatch(text) is None:
        return None
    labels = text.lower().split(".")[:-1]  # the top-level domain ("com", "uk") names no one
    if labels and labels[0] == "www":
        labels = labels[1:]
    if len(labels) > 1 and len(labels[-1]) <= _SECOND_LEVEL:
        labels = labels[:-1]
    return labels[-1] if labels else None


def compact(name: str) -> str:
    """A name in small letters without spaces or punctuation: ``"The Washington Post"`` →
    ``"thewashingtonpost"``."""
    return _NOT_ALNUM.sub("", name.lower())


class DomainIndex:
    """The outlets by the domain labels their names make, with and without a leading "the"."""

    def __init__(self) -> None:
        self._by_label: dict[str, KnownActor] = {}

    def add(self, actor: KnownActor) -> None:
        for name in (actor.name, *actor.aliases):
            key = compact(name)
            self._by_label[key] = actor
            if key.startswith("the") and name.lower().startswith("the "):
                self._by_label.setdefault(key[3:], actor)  # "The Guardian": guardian.com too
            else:
                self._by_label.setdefault("the" + key, actor)  # "Washington Post": thewashingtonpost.com

    def find(self, text: str) -> KnownActor | None:
        """The outlet a domain names (``"nytimes.com"`` → the New York Times, by its alias "NY Times")."""
        label = domain_label(text)
        return self._by_label.get(label) if label is not None else None

    def outlet(self, text: str) -> ActorEntry | None:
        """The latest entry of the outlet a domain names."""
        actor = self.find(text)
        period = actor.latest() if actor is not None else None
        return period.entry if period is not None else None
