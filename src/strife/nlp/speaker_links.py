"""Speakers known only by a pronoun: the organisation a speaking "it" or "they" stands for, and the
unnamed speaker ("our reporter", "a Kremlin spokesman") a later "he" or "she" stands for; the named
person an epithet speaking ("the comedian added") is a second name for; and the representative a
person's "her rep" or "Vence's lawyer" is.

Coreference (:mod:`strife.nlp.coref`) links pronouns to named people; these links are the speaker
step's own, made where coreference cannot: organisations as speakers, and unnamed speakers the quotes
step creates after coreference ran. Every link is kept in :attr:`ArticleDoc.linked`.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from strife.nlp.age_epithets import is_age_phrase
from strife.nlp.coref import PRONOUN_GENDER
from strife.nlp.cues import SpeechCues
from strife.nlp.document import ArticleDoc, Loc, WorkActor, WorkQuote, child_with, children
from strife.nlp.role_descriptions import described_head

_COLLECTIVE_WINDOW = 2  # paragraphs back "it"/"they" looks for the organisation that spoke


def _collective_types(pronoun: Token) -> tuple[str, ...]:
    return ("organization", "media", "igo", "state") if pronoun.lower_ == "it" else ("group", "organization")


def collective_speaker(
    art: ArticleDoc, para: int, pronoun: Token, *, own_verb: bool
) -> tuple[int, Loc] | None:
    """The organisation a speaking "it" or "they" stands for (linked as coreference), if any;
    ``own_verb``: the pronoun is the subject of the speech verb itself ("“…,” it said"), not of a
    clause the cue was climbed from."""
    found = _recent_collective_speaker(art, para, pronoun)
    if found is None and own_verb and pronoun.lower_ == "it":  # "they" is as often unnamed people
        found = _recent_collective_subject(art, para, pronoun)
    return found


def _recent_collective_speaker(art: ArticleDoc, para: int, pronoun: Token) -> tuple[int, Loc] | None:
    """``“…,” it added``: "it" or "they" speaking is the last organisation or group that spoke."""
    wanted = _collective_types(pronoun)
    for quote in reversed(art.quotes):
        if para - quote.para > _COLLECTIVE_WINDOW:
            break  # quotes come paragraph by paragraph: the rest are further back still
        if quote.speaker is None:
            continue
        if art.actors[quote.speaker].type in wanted:
            loc = Loc(para, pronoun.i, pronoun.i + 1)
            art.add_mention(quote.speaker, loc)
            art.linked.add(loc)
            return quote.speaker, loc
    return None


def _recent_collective_subject(art: ArticleDoc, para: int, pronoun: Token) -> tuple[int, Loc] | None:
    """``The ministry issued a statement. “…,” it said``: with no organisation that spoke before, a
    speaking "it" is the organisation last named as a subject, in its paragraph or the one before."""
    wanted = _collective_types(pronoun)
    here = (para, pronoun.i)
    best: tuple[tuple[int, int], int] | None = None
    for loc, actor in art.mention_index.items():
        if (
            not (para - 1 <= loc.para and (loc.para, loc.start) < here)
            or art.actors[actor].type not in wanted
        ):
            continue
        if art.actors[actor].described:
            continue
        root = art.docs[loc.para][loc.start : loc.end].root
        if root.dep_ in ("nsubj", "nsubjpass") and (best is None or (loc.para, loc.start) > best[0]):
            best = ((loc.para, loc.start), actor)
    if best is None:
        return None
    loc = Loc(para, pronoun.i, pronoun.i + 1)
    art.add_mention(best[1], loc)
    art.linked.add(loc)
    return best[1], loc


_PERSONAL = frozenset({"he", "she"})
_UNNAMED_WINDOW = 3  # paragraphs back a "he" looks for an unnamed speaker (as coreference looks for names)


def unnamed_antecedents(art: ArticleDoc, first_new: int | None = None) -> None:
    """``Our reporter says … / He says “…”``: a "he" or "she" coreference left unresolved speaks for
    the unnamed person the quotes step made for an earlier speaker ("our reporter", "a Kremlin
    spokesman"), or for a person it first met as a speaker (actors from ``first_new`` on: "“…,” said
    Fauzi."), when that is the last person to speak before it and no gender tells them apart. So does
    a "he" coreference gave to the one that speaker addressed (``The judge told Greer … “…,” he
    said``: not Greer). Coreference ran before those speakers existed; this is its last word for them,
    in one pass over the quotes in text order."""
    spoken = sorted(
        (q.speaker_loc.para, q.speaker_loc.start, i)
        for i, q in enumerate(art.quotes)
        if q.speaker_loc is not None and (q.speaker is not None or q.speaker_how == "unresolved")
    )
    last: tuple[int, int, Loc] | None = None  # (para, actor, mention) of the last person who spoke
    for para, _, i in spoken:
        quote = art.quotes[i]
        loc = quote.speaker_loc
        assert loc is not None
        word = art.docs[loc.para][loc.start].lower_ if loc.end - loc.start == 1 else ""
        if (
            last is not None
            and word in _PERSONAL
            and _unnamed_near(art, last, para, len(art.actors) if first_new is None else first_new)
            and art.actors[last[1]].gender in (None, PRONOUN_GENDER[word])
            and quote.speaker != last[1]
            and (
                quote.speaker is None
                or _addressed_by(art, quote.speaker, last[2])
                or _named_before(art, quote.speaker, last[2], loc)
            )
        ):
            quote.speaker, quote.speaker_how = last[1], "coreference"
            art.add_mention(last[1], loc)
            art.linked.add(loc)
        if quote.speaker is not None and art.actors[quote.speaker].type == "person":
            last = (para, quote.speaker, loc)


def _unnamed_near(art: ArticleDoc, last: tuple[int, int, Loc], para: int, first_new: int) -> bool:
    """Whether the last speaker, an unnamed person or one coreference never met, spoke a few paragraphs
    back at most."""
    if para - last[0] > _UNNAMED_WINDOW:
        return False
    if art.actors[last[1]].described:
        return True
    loc = last[2]  # a name met as a speaker: one person's ("Darmono"), not a plural taken for a name
    return last[1] >= first_new and art.docs[loc.para][loc.end - 1].tag_ == "NNP"


def _named_before(art: ArticleDoc, actor: int, speaker: Loc, pronoun: Loc) -> bool:
    """Whether coreference's antecedent was last named before the unnamed speaker spoke (``… when INS
    Karwar intervened, a navy spokesman said. / … he said``): had that speaker existed when
    coreference ran, the "he" would have gone to it, the later subject."""
    before = [
        loc for loc in art.actors[actor].mentions if (loc.para, loc.start) < (pronoun.para, pronoun.start)
    ]
    return bool(before) and max((loc.para, loc.start) for loc in before) < (speaker.para, speaker.start)


def _addressed_by(art: ArticleDoc, actor: int, speaker: Loc) -> bool:
    """Whether the actor is named as the object of the speaker's verb (``The judge told Greer``)."""
    doc = art.docs[speaker.para]
    verb = doc[speaker.start : speaker.end].root.head
    for loc in art.actors[actor].mentions:
        if loc.para == speaker.para:
            root = doc[loc.start : loc.end].root
            if root.head.i == verb.i and root.dep_ in ("dobj", "dative"):
                return True
    return False


def plural_speaker(
    art: ArticleDoc,
    para: int,
    pronoun: Token,
    people: Callable[[ArticleDoc, int, Token], tuple[int, Loc] | None],
    cues: SpeechCues,
) -> tuple[int, Loc] | None:
    """The people a speaking "they" goes on from: the last plural subject before it, in its own sentence
    or the one before, that ``people`` makes an actor of (``Prosecutors played a tape of what they said
    was …``, ``Engineers inspected the wall. They said …``, a name ending in a ``collective`` noun of
    speech_cues.tsv, ``Ohio Police stopped the car. They said …``), rather than a group that spoke earlier."""
    doc = pronoun.doc
    sent = pronoun.sent
    start = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    before = [(para, t) for t in reversed(doc[start : pronoun.i])]
    if sent.start == 0 and para > 0 and len(art.docs[para - 1]):  # across a paragraph's break
        before += [(para - 1, t) for t in reversed(list(art.docs[para - 1][-1].sent))]
    for at, tok in before:
        plural = tok.tag_ in ("NNS", "NNPS") or tok.lower_ in cues.collective  # "Bloomington Police"
        if tok.dep_ in ("nsubj", "nsubjpass") and plural:
            found = people(art, at, _answering(tok, cues))
            if found is not None:
                loc = Loc(para, pronoun.i, pronoun.i + 1)
                art.add_mention(found[0], loc)
                art.linked.add(loc)
                return found[0], loc
    return None


def one_of_them(
    art: ArticleDoc,
    para: int,
    pronoun: Token,
    people: Callable[[ArticleDoc, int, Token], tuple[int, Loc] | None],
) -> tuple[int, Loc] | None:
    """``Police were called by neighbours … One said: “…”``: a bare "one" that speaks is one of the people
    a plural noun named last before it, in its sentence or the one before (across a paragraph's break);
    it speaks as that group. "One of the guards said" and "one official said" are left alone."""
    if pronoun.lower_ != "one" or pronoun.dep_ not in ("nsubj", "nsubjpass") or list(pronoun.children):
        return None
    sent = pronoun.sent
    before = [(para, t) for t in reversed(pronoun.doc[sent.start : pronoun.i])]
    if sent.start > 0:
        before += [(para, t) for t in reversed(list(pronoun.doc[sent.start - 1].sent))]
    elif para > 0 and len(art.docs[para - 1]):
        before += [(para - 1, t) for t in reversed(list(art.docs[para - 1][-1].sent))]
    for at, tok in before:
        if tok.tag_ == "NNS" and (found := people(art, at, tok)) is not None:
            loc = Loc(para, pronoun.i, pronoun.i + 1)
            art.add_mention(found[0], loc)
            art.linked.add(loc)
            return found[0], loc
    return None


def _answering(subject: Token, cues: SpeechCues) -> Token:
    """``Police asked the two suspects where they had been. “At home,” they said``: after a question put
    to people (an asking verb with a plural object, no request "to do"), "they" are the ones asked."""
    verb = subject.head
    asked = child_with(verb, ("dobj", "dative")) if cues.addresses(verb) else None
    if asked is None or asked.tag_ not in ("NNS", "NNPS") or child_with(verb, ("xcomp",)) is not None:
        return subject  # "Police asked residents to stay indoors": a request, and the police go on
    return asked


def cited_source(subject: Token, cues: SpeechCues) -> Token | None:
    """``“…,” AFP reported, citing a foreign ministry spokesman``: the one an outlet's speech verb names
    by a participle hung on it (``citing``, ``quoting``: :meth:`SpeechCues.is_sourcing`) is the speaker
    the outlet carries. None when the verb names no one so."""
    for part in (c for c in subject.head.children if cues.is_sourcing(c)):
        cited = child_with(part, ("dobj",))
        if cited is not None:
            return cited
    return None


def representative(art: ArticleDoc, person: int, role: str, loc: Loc) -> int:
    """The actor a person's representative is (``her rep``, ``Vence's lawyer``), named by whom it
    speaks for and coded like them ("Tara Reid's rep"), one per person and role in an article: a
    rep's words are not the person's own (made and given the mention ``loc`` on first meeting)."""
    owner = art.actors[person]
    name = f"{owner.name}'s {role}"  # "her press agent" and "her agent" are one
    rep = next((i for i, a in enumerate(art.actors) if a.described and a.name == name), None)
    if rep is None:
        art.actors.append(WorkActor(name, owner.code, owner.country, owner.sector, "person", described=True))
        rep = len(art.actors) - 1
    art.add_mention(rep, loc)
    return rep


_EPITHET_PARAS = 8  # paragraphs back (a quotation printed one sentence to a paragraph runs over many)
_MAIN_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_EPITHET_RIGHTS = frozenset({"prep", "appos", "acl", "relcl"})  # "the actor of the year", "the actor who …"


def epithet_speakers(art: ArticleDoc, cues: SpeechCues) -> None:
    """``DeGeneres said in a statement. … “…,” the comedian added``: a speaker known only by "the" and a
    noun for a person's trade or fame (:attr:`SpeechCues.epithets`; "the 51-year-old showrunner") is
    the named person who is the main subject of the last sentence before it, outside quotes, that has
    one; none where that subject is anyone else ("His partner spoke … “…,” the chef said")."""
    for quote in art.quotes:
        loc = quote.speaker_loc
        if quote.speaker is not None or loc is None or quote.speaker_how != "unresolved":
            continue
        noun = art.docs[loc.para][loc.end - 1]
        if not (_epithet(noun, cues) or is_age_phrase(art.docs[loc.para][loc.start : loc.end])):
            continue  # "the comedian", "the 29-year-old"
        found = _last_subject(art, loc.para, noun, cues)
        if found is not None and art.actors[found].type == "person" and not art.actors[found].described:
            quote.speaker, quote.speaker_how = found, "coreference"
            if loc not in art.mention_index:
                art.add_mention(found, loc)
                art.linked.add(loc)


def _epithet(noun: Token, cues: SpeechCues) -> bool:
    """ "the comedian", "the 51-year-old showrunner": a singular epithet noun after "the", no owner
    ("his coach" is someone else) and nothing after it that says which one."""
    if noun.pos_ != "NOUN" or noun.tag_ != "NN" or noun.lemma_.lower() not in cues.epithets:
        return False
    det = [c for c in noun.children if c.dep_ == "det"]
    if not det or det[0].lower_ != "the" or any(c.dep_ == "poss" for c in noun.children):
        return False
    return not any(c.dep_ in _EPITHET_RIGHTS for c in noun.rights)


def _last_subject(art: ArticleDoc, para: int, noun: Token, cues: SpeechCues) -> int | None:
    """The actor of the last sentence before ``noun``'s, outside quotes, that has a main subject or a
    quote's speaker (the parser may hang "said X" anywhere after a quotation): its first; None when
    that is no actor."""
    for p in range(para, max(-1, para - _EPITHET_PARAS - 1), -1):
        sents = [s for s in art.docs[p].sents if p < para or s.end <= noun.sent.start]
        for sent in reversed(sents):
            found = [
                (t.i, hit[0] if (hit := art.actor_at(p, t)) is not None else None)
                for t in sent
                if t.dep_ in _MAIN_SUBJECTS and _main(t, cues) and not _quoted(art, p, t)
            ]
            found += [
                (q.speaker_loc.start, q.speaker)
                for q in art.quotes
                if q.speaker_loc is not None
                and q.speaker_loc.para == p
                and sent.start <= q.speaker_loc.start < sent.end
            ]
            if found:
                return min(found, key=lambda f: f[0])[1]
    return None


def _main(subject: Token, cues: SpeechCues) -> bool:
    """The subject of its sentence's root, of a verb joined to it, or of a speech verb (``“…,” said X``:
    the parser may make the quoted words the root)."""
    verb = subject.head
    return verb.dep_ == "ROOT" or (verb.dep_ == "conj" and verb.head.dep_ == "ROOT") or cues.is_speech(verb)


def _quoted(art: ArticleDoc, para: int, tok: Token) -> bool:
    offset = art.offsets[para] + tok.idx
    return any(q.kind != "indirect" and q.start <= offset < q.end for q in art.quotes)


_UNNAMED_BACK = 3  # paragraphs back "the source" looks for the unnamed speaker it points to
_SAME = frozenset({"same"})
_NAMING_LEFTS = frozenset({"compound", "amod"})


def unnamed_before(art: ArticleDoc, para: int, noun: Token) -> tuple[int, Loc] | None:
    """``… a court source said. … the same source said``, ``a police spokesman said … the spokesman
    added``: "the" (or "the same") and a noun is the unnamed speaker whose description ends in that
    noun, and holds the words before it ("the police spokesman"), that spoke last within a few
    paragraphs (linked as coreference); None when there is none."""
    det = [c for c in noun.children if c.dep_ == "det"]
    if not det or det[0].lower_ != "the" or any(c.dep_ in _EPITHET_RIGHTS for c in noun.rights):
        return None
    lefts = [c for c in noun.lefts if c.dep_ != "det"]
    if any(c.dep_ not in _NAMING_LEFTS for c in lefts):
        return None
    words = {c.lower_ for c in lefts} - _SAME
    best: tuple[tuple[int, int], int] | None = None
    for quote in art.quotes:
        loc, idx = quote.speaker_loc, quote.speaker
        if loc is None or idx is None or not para - _UNNAMED_BACK <= loc.para:
            continue
        name, here = art.actors[idx].name.split(), (loc.para, loc.start)
        unnamed = art.actors[idx].described or name[0].islower()  # "a Kremlin spokesman", "a court source"
        if (
            unnamed
            and described_head(art.actors[idx].name) == noun.lower_
            and words <= set(name)
            and here < (para, det[0].i)
        ):
            best = max(best or (here, idx), (here, idx))
    if best is None:
        return None
    loc = Loc(para, det[0].i, noun.i + 1)
    art.add_mention(best[1], loc)
    art.linked.add(loc)
    return best[1], loc


def named_as(subject: Token) -> list[Token]:
    """The names a subject is given: its appositions, and the name a participle "called/named" gives it or
    its apposition ("another Hamas figure, a military spokesman called Abu Ubaida,")."""
    appositions = [c for c in children(subject) if c.dep_ == "appos"]
    named = [
        o
        for noun in (subject, *appositions)
        for acl in children(noun)
        if acl.dep_ == "acl" and acl.lemma_ in ("call", "name")
        for o in children(acl)
        if o.dep_ in ("oprd", "attr", "dobj") and o.pos_ == "PROPN"
    ]
    return [*appositions, *named]


_ABBREVIATION_CHARS = 4  # "Lt", "Sgt", "Gen", "Capt": a short capitalised word before a full stop


def past_abbreviation(subject: Token) -> Token:
    """``said Troy police Lt. Gerry Scherlinck``: where the parser ends the sentence at an abbreviated
    title's full stop and takes the title for the subject, the name after it is the speaker. The title
    may be one token with its stop ("said Dist. Atty. Steve Cooley", kept whole by the tokenizer)."""
    doc, i = subject.doc, subject.i
    word = subject.text[:-1] if subject.text.endswith(".") else subject.text
    if not (word[:1].isupper() and len(word) <= _ABBREVIATION_CHARS and word.isalpha()):
        return subject
    start = i + 1 if subject.text.endswith(".") else i + 2  # the name's first word
    if start >= len(doc) or (start == i + 2 and doc[i + 1].text != ".") or doc[start].pos_ != "PROPN":
        return subject
    last = doc[start]
    inside = "I" if last.ent_type_ else "O"  # a name the NER missed runs on over unlabelled words
    while last.i + 1 < len(doc) and doc[last.i + 1].pos_ == "PROPN" and doc[last.i + 1].ent_iob_ == inside:
        last = doc[last.i + 1]
    return last if last.ent_type_ in ("PERSON", "") else subject


_ISSUER_WINDOW = 1  # paragraphs back an unowned "a statement said" looks for the one who spoke


def unowned_statements(art: ArticleDoc, cues: SpeechCues) -> None:
    """``The ministry said the talks failed. “…,” a statement said``: a statement no owner is named for
    (the speakers step found none) is the one the quote before it, in its paragraph or the one before,
    was credited to; ``The Post reported … The report said``, ``According to the BBC, … the report
    added``: "the report" (a ``coverage`` noun) no owner is named for is the news outlet named last before
    it, within :data:`_REPORT_WINDOW` paragraphs. Reads the quotes in text order, after they are all found."""
    last: WorkQuote | None = None
    for quote in art.quotes:
        loc = quote.speaker_loc
        if quote.speaker is None and loc is not None and quote.speaker_how == "unresolved":
            root = art.docs[loc.para][loc.start : loc.end].root
            issued = cues.is_issued(root) and not _owner_named(root)
            if last is not None and quote.para - last.para <= _ISSUER_WINDOW and issued:
                quote.speaker, quote.speaker_how = last.speaker, "owner"
            elif _coverage(root, cues):
                quote.speaker = _outlet_before(art, loc)
                quote.speaker_how = "owner" if quote.speaker is not None else "unresolved"
        if quote.speaker is not None:
            last = quote


_REPORT_WINDOW = 3  # paragraphs back "the report" looks for the outlet that reported


def _coverage(noun: Token, cues: SpeechCues) -> bool:
    """``the report``, ``the article``: a definite ``coverage`` noun with no owner of its own."""
    det = child_with(noun, ("det",))
    definite = det is not None and det.lower_ == "the"
    return definite and noun.lemma_.lower() in cues.coverage and not _owner_named(noun)


def _outlet_before(art: ArticleDoc, loc: Loc) -> int | None:
    """The news outlet named last before ``loc`` (a speaker, "according to X", "told X"), in its
    paragraph or the :data:`_REPORT_WINDOW` before; None when there is none."""
    named = [
        (m.para, m.start, i)
        for i, actor in enumerate(art.actors)
        if actor.type == "media" or (actor.code or "").endswith("MED")
        for m in actor.mentions
        if loc.para - _REPORT_WINDOW <= m.para and (m.para, m.start) < (loc.para, loc.start)
    ]
    return max(named)[2] if named else None


_OWNER_DEPS = frozenset({"poss", "compound", "nmod"})
_OWNER_PREPS = frozenset({"by", "from", "of"})


def _owner_named(noun: Token) -> bool:
    """``a statement from the family``, ``the family's statement``, ``a Kremlin statement``: an owner no
    actor was found for is still someone else than the last speaker (not ``a press release``)."""
    return any(
        (c.dep_ == "poss" or (c.dep_ in _OWNER_DEPS and c.pos_ == "PROPN"))
        or (c.dep_ == "prep" and c.lower_ in _OWNER_PREPS)
        for c in children(noun)
    )


def outlet_part(art: ArticleDoc, para: int, head: Token, cues: SpeechCues) -> int | None:
    """``The New York Times Magazine``, ``the Washington Post editorial board``: a name or a body whose
    name parts before its head name a news outlet is a part of that outlet (a supplement, a section, its
    board), which speaks for it: the outlet's actor, else None ("a Reuters photographer" is a person)."""
    if head.pos_ != "PROPN" and not (cues.is_organization(head) or cues.is_body(head)):
        return None
    for tok in children(head):
        if tok.i > head.i or tok.dep_ not in ("compound", "nmod", "amod"):
            continue
        hit = art.actor_at(para, tok)
        if hit is None:
            continue
        actor = art.actors[hit[0]]
        if actor.type == "media" or (actor.code or "").endswith("MED"):
            return hit[0]
    return None
