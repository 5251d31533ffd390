"""Titles abbreviated in capitals ("ADA Quill said", "DA spokesman Tom Wells"): each reads as the title
it stands for, but only in capitals, for the lowercase forms are other words ("Ada" is a given name,
"da" a particle of "Lula da Silva"). The abbreviations are the rows of ``data/title_abbreviations.tsv``
written in capitals with no full stop (the rows with one are the tokenizer's, :mod:`strife.nlp.model`)."""

from __future__ import annotations

from functools import cache

from strife.dictionary_files import read_bundled

_FILE = "title_abbreviations.tsv"


@cache
def capital_titles() -> dict[str, str]:
    """Each capitals abbreviation of the data file and the title it stands for: "ADA" → "assistant
    district attorney"."""
    rows = (row for _, row in read_bundled(_FILE).rows)
    return {
        row["abbreviation"]: row.get("title", "")
        for row in rows
        if row["abbreviation"].isalpha() and row["abbreviation"].isupper()
    }


def spell_out(text: str) -> str:
    """``text`` with each word that is a capitals abbreviation of a title written in full ("ADA Quill"
    → "assistant district attorney Quill"); words in any other case stay as they are."""
    table = capital_titles()
    words = text.split()
    if not any(word in table for word in words):
        return text
    return " ".join(table.get(word, word) for word in words)
