"""Documents whose owner the text implies without naming it: ``The indictment also said she submitted
false documents`` is the prosecution's, whoever drew it up. The ``charging`` rows of
``speech_cues.tsv`` list such documents; their owner is the prosecutors named before in the article,
else an unnamed prosecution of the story's country (its judiciary, JUD).
"""

from __future__ import annotations

from spacy.tokens import Token

from strife.nlp.cues import SpeechCues
from strife.nlp.document import ArticleDoc, WorkActor
from strife.nlp.story_country import fill_national

_PROSECUTION = "prosecution"
_PROSECUTORS = ("prosecut", "attorney general", "district attorney")  # words of the prosecution's names
_SECTOR = "JUD"


def implied_owner(art: ArticleDoc, para: int, noun: Token, cues: SpeechCues) -> int | None:
    """The prosecution for a charging document (``the indictment said``), else no owner."""
    if noun.lemma_.lower() not in cues.charging:
        return None
    for i, actor in enumerate(art.actors):
        if any(word in actor.name.lower() for word in _PROSECUTORS):
            return i  # "Prosecutors charged him in May. The indictment said …"
    actor = WorkActor(_PROSECUTION, None, None, _SECTOR, "group", described=True)
    art.actors.append(actor)
    fill_national(art, art.story.of_paragraph(para) if art.story is not None else None, [actor])
    return len(art.actors) - 1
