"""Which token a speech cue's speaker is: the subject of the cue verb, climbing coordinated and
subordinate clauses that lack their own, or the one it names where the subject does not speak (the
men asked, the one quoted "as saying", the name after "said" the parser left unattached). The
:mod:`strife.nlp.speakers` step turns that token into a mention and an actor.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from strife.nlp.cues import SpeechCues
from strife.nlp.document import child_with, children
from strife.nlp.speech_asides import trailing_speaker

_SUBJECTS = ("nsubj", "nsubjpass", "csubj")
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
# "dep": the parser's unlabelled attachment, as of the last of a run of verbs ("he grabbed her, threw
# her down, then held a knife … and told her, “…”"): the verb it hangs off holds the subject.
_CLIMB = ("conj", "advcl", "xcomp", "acl", "pcomp", "prep", "pobj", "dobj", "relcl", "dep")
_MAX_CLIMB = 6
# a passive verb: its own passive subject, or "was" of one sharing a coordinated verb's subject ("Hale came
# to Boston and was described as “…”"): the subject is described or spoken to, never the speaker
_PASSIVE = ("nsubjpass", "auxpass")
_NAME_CLIMB = 6  # heads climbed from a name's first word to the word its phrase hangs on
_QUOTING_VERBS = frozenset({"quote", "cite", "describe", "report"})
_INVERTED_REACH = 10
_TITLE_REACH = 12  # tokens of a title set off by commas after a speaker's name ("Ann Roe, a lawyer, says")
_CLAUSE_BREAKS = frozenset({".", ";", ":", "!", "?"})
_DAYS = frozenset({"DATE", "TIME"})
_TITLE_WORDS = frozenset({"ADJ", "NOUN", "VERB", "ADV", "PROPN"})  # "Former star running back"
_NAMED = frozenset({"PERSON", "ORG"})  # the tagger takes many a person's name for an organisation's
_NAME_PHRASE = (
    "PROPN",
    "DET",
    "ADJ",
    "NOUN",
    "PUNCT",
)  # "the Ohio lawyer Mara K. Dunleavy"  # words after "said" searched for the speaker's name


def subject_of(verb: Token, cues: SpeechCues) -> Token | None:
    """The subject of a cue verb, climbing coordinated and subordinate clauses that lack their own.

    A participle hanging off a reported clause (``He emphasized that X posed a threat, warning that …``)
    is the reporter's: its subject is the subject of the verb that reports the clause, a verb of saying
    or of believing (``She doubted the call took place, saying she kept the phone log``).
    """
    tok: Token | None = verb
    head = verb.head
    sender = _message_sender(verb, cues)
    if sender is not None:
        return sender
    if (
        verb.tag_ == "VBG"
        and verb.dep_ == "advcl"
        and head.dep_ == "ccomp"
        and _reports_clause(verb, cues)
        and not cues.reaches_out(head)  # "… that Mills phoned the desk, saying “…”": Mills speaks
    ):
        tok = head.head
    if verb.dep_ == "acl" and verb.tag_ in ("VBG", "VBN") and head.pos_ in ("NOUN", "PROPN"):
        if not _participle_of_clause(verb, cues):
            return head if verb.tag_ == "VBG" else _agent(verb)  # "a sign warning …", "a letter signed by X"
        tok = head.head  # "An official downplayed the unrest saying that …": the parser hung it on the object
    if cues.addresses(verb) and (child_with(verb, _PASSIVE) is not None or _bare_participle(verb)):
        return _agent(verb)  # "“…?” the men were asked", "Asked “…?”, the men said": they are spoken to
    if cues.is_description(verb) and (child_with(verb, _PASSIVE) is not None or _opening_participle(verb)):
        return _agent(verb) or _naming_agent(verb)  # "was dubbed “the Oddfather”", "Dubbed …, Gigante": named
    quoted = _quoted_as(verb) or _source_named(verb, cues) or _titled_name_before(verb) or set_off_name(verb)
    if quoted is not None:
        return quoted
    # "…, alleges the aid group.", "… has power and officials say …"
    aside = _aside_subject(verb) or trailing_speaker(verb) or joined_plural(verb)
    if aside is not None:
        return aside
    for _ in range(_MAX_CLIMB):
        if tok is None:
            return None
        if (dated := dated_subject(tok)) is not None:
            return dated
        found = child_with(tok, (*_SUBJECTS, "agent"), nearest=True)  # "…, director Jon Owen said"
        if found is not None and found.dep_ != "agent":
            return _name_after_title(_past_opening_phrase(found, tok), tok)
        if found is not None:  # "was quoted by X as saying"
            obj = child_with(found, ("pobj",))
            if obj is not None:
                return obj
        if tok.dep_ == "ROOT":
            found = appos_subject(verb) or swallowed_subject(tok) or opening_participle(tok)
            return found or inverted_subject(verb)
        tok = tok.head if tok.dep_ in _CLIMB or tok.dep_ == "ccomp" else None
    return inverted_subject(verb)


def _message_sender(verb: Token, cues: SpeechCues) -> Token | None:
    """``The coast guard got a distress call from the tanker saying …``, ``a message from the rebels
    saying …``: a participle of saying after a noun for what was said and its "from" phrase gives the
    words of the one it came from, not of whoever received it (the parser hangs the participle and the
    "from" on the noun, the receiving verb or the sender)."""
    if verb.tag_ != "VBG" or verb.dep_ not in ("acl", "advcl"):
        return None
    head = verb.head
    if verb.dep_ == "acl" and head.dep_ == "pobj" and head.head.lower_ == "from":
        head = head.head.head  # "an email from the senator saying": the parser hung it on the sender
    nouns = [head] if head.pos_ == "NOUN" else [c for c in children(head) if c.dep_ == "dobj"]
    noun = next((n for n in reversed(nouns) if n.i < verb.i), None)
    if noun is None or not cues.is_utterance(noun):
        return None
    owners = [noun, noun.head] if noun.dep_ == "dobj" else [noun]
    froms = [c for o in owners for c in children(o) if c.dep_ == "prep" and c.lower_ == "from"]
    senders = [c for f in froms if noun.i < f.i < verb.i for c in children(f) if c.dep_ == "pobj"]
    return senders[0] if senders else None


def _past_opening_phrase(subject: Token, verb: Token) -> Token:
    """``Writing from Brooklyn, N.Y., Viena Neaville told …``, ``Writing in a blog, Mike Reavey, director
    of the centre, urged …``: a participle opening the sentence that the parser took for the subject,
    with the speaker's name hung inside it, leaves the speaker in the last name set off by commas
    between the participle and the verb (not a place: "N.Y.")."""
    if subject.tag_ != "VBG" or subject.i != subject.sent.start or subject.i > verb.i:
        return subject
    doc = verb.doc
    commas = [i for i in range(subject.i + 1, verb.i) if doc[i].text == ","]
    ends = [*commas[1:], verb.i]
    named = [
        doc[start + 1 : end]
        for start, end in zip(commas, ends, strict=False)
        if _name_phrase(doc[start + 1 : end])
    ]
    return named[-1][-1] if named else subject


def _name_after_title(subject: Token, verb: Token) -> Token:
    """``Former star running back Maurice Clarett and other players have alleged …``: the parser took a
    word of the title opening the sentence for the subject and hung the name inside it; the name speaks.
    Only title words (no determiner, preposition, pronoun, comma or participle before the name) may stand
    between the sentence start and a person's name within the subject's phrase before the verb."""
    if subject.ent_type_ or subject.pos_ != "NOUN" or subject.left_edge.i != subject.sent.start:
        return subject
    names = [t for t in subject.subtree if subject.i < t.i < verb.i and t.ent_type_ == "PERSON"]
    if not names:
        return subject
    doc, name = verb.doc, names[0]
    while name.i + 1 < verb.i and doc[name.i + 1].ent_iob_ == "I" and doc[name.i + 1].ent_type_ == "PERSON":
        name = doc[name.i + 1]  # the name's last word
    before = doc[subject.sent.start : names[0].i]
    if not before or before[-1].tag_ in ("VBG", "VBN"):
        return subject
    titled = all((t.pos_ in _TITLE_WORDS or t.tag_ == "RP") and not t.is_punct for t in before)
    return name if titled else subject


def _name_phrase(phrase: Span) -> bool:
    return (
        len(phrase) > 0
        and all(t.pos_ in _NAME_PHRASE for t in phrase)
        and phrase[-1].pos_ == "PROPN"
        and phrase[-1].ent_type_ not in ("GPE", "LOC", "DATE")
    )


def _reports_clause(participle: Token, cues: SpeechCues) -> bool:
    """Whether the verb above the participle's clause reports that clause: a speech verb, or any verb
    with a subject of its own when a comma sets the participle off after the clause (``X believed no
    such call occurred, saying …``: X speaks, not the call)."""
    reporter = participle.head.head
    if cues.is_speech(reporter):
        return True
    before = participle.doc[participle.i - 1] if participle.i > 0 else None
    return (
        reporter.pos_ == "VERB"
        and before is not None
        and before.text == ","
        and child_with(reporter, _SUBJECTS, nearest=True) is not None
    )


def _participle_of_clause(verb: Token, cues: SpeechCues) -> bool:
    """A speech participle the parser hung on the object of a verb with a subject of its own (``X
    downplayed the unrest, saying …``) says what the verb's subject said; one on a document noun (``they
    released a report saying …``) is the document's words, one on a sign (``held signs saying “…”``) the
    sign's."""
    head = verb.head
    return (
        verb.tag_ == "VBG"
        and head.dep_ == "dobj"
        and not (cues.is_document(head) or cues.is_sign(head))
        and child_with(head.head, _SUBJECTS, nearest=True) is not None
    )


def _bare_participle(verb: Token) -> bool:
    """``Asked “…?” by police, the men said nothing``, ``… when asked “…?”``: a past participle with no
    auxiliary of its own (or a clause of one past verb with no subject: the tagger's "when asked")."""
    if verb.tag_ not in ("VBN", "VBD") or child_with(verb, ("aux", "auxpass")) is not None:
        return False
    return verb.tag_ == "VBN" or (verb.dep_ == "advcl" and child_with(verb, _SUBJECTS) is None)


def _opening_participle(verb: Token) -> bool:
    """``Dubbed “the Oddfather” …, Gigante beat …``: a past participle with no auxiliary before the verb
    it hangs on, whose subject is the one it names."""
    return verb.tag_ == "VBN" and verb.i < verb.head.i and child_with(verb, ("aux", "auxpass")) is None


def _naming_agent(verb: Token) -> Token | None:
    """``was described as “a disaster” by the mayor``: the "by" the parser hung on the name given."""
    agents = [t for t in verb.subtree if t.lower_ == "by" and t.dep_ in ("agent", "prep") and t.i > verb.i]
    objects = [c for a in agents[:1] for c in children(a) if c.dep_ == "pobj"]
    return objects[0] if objects else None


def _quoted_as(verb: Token) -> Token | None:
    """``State television quoted the disaster centre as saying …``: the one quoted speaks, not the
    outlet quoting them; in the passive, ``the army chief was quoted by a newspaper as saying …``, the
    subject speaks, not the agent."""
    prep = verb.head
    if verb.tag_ != "VBG" or verb.dep_ != "pcomp" or prep.lower_ != "as":
        return None
    reporter = prep.head
    if reporter.lemma_.lower() not in _QUOTING_VERBS:
        return None
    return child_with(reporter, ("dobj",)) or child_with(reporter, ("nsubjpass",))


def _source_named(verb: Token, cues: SpeechCues) -> Token | None:
    """``Interfax reported, quoting a ministry spokesman: “…”``, ``“…,” AFP quoted an officer as saying``:
    the one a quoting or citing verb names (:meth:`SpeechCues.is_sourcing`) speaks, not its subject."""
    if verb.lemma_.lower() not in cues.sourcing:
        return None
    as_saying = any(c.dep_ == "prep" and c.lower_ == "as" for c in children(verb))
    return child_with(verb, ("dobj",)) if verb.tag_ == "VBG" or as_saying else None


def _aside_subject(verb: Token) -> Token | None:
    """``Tom Hale, probably playing his last match there, said …``: a verb with no subject of its own
    after a participle phrase set off by commas that the parser gave the speaker's name as its subject:
    the name is the verb's subject (a participle aside has none of its own)."""
    if child_with(verb, _SUBJECTS) is not None:
        return None
    aside = next((c for c in children(verb) if participle_aside(c, verb)), None)
    return None if aside is None else child_with(aside, ("nsubj",))


def participle_aside(aside: Token, verb: Token) -> bool:
    """Whether ``aside`` is a bare participle phrase set off by commas right before ``verb`` that the
    parser hung on it with the speaker's name as its subject (``Ann Roe, still shaken by the crash,
    told …``): no clause the verb reports."""
    doc = verb.doc
    if aside.dep_ not in ("advcl", "ccomp") or aside.tag_ not in ("VBG", "VBN"):
        return False
    if aside.right_edge.i not in (verb.i - 2, verb.i - 1) or doc[verb.i - 1].text != ",":
        return False
    subject = child_with(aside, ("nsubj",))
    if subject is None or subject.i > aside.i or child_with(aside, ("aux", "auxpass")) is not None:
        return False
    return any(t.text == "," for t in doc[subject.i + 1 : aside.i])


def _agent(verb: Token) -> Token | None:
    agents = [c for c in children(verb) if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by")]
    objects = [c for a in agents for c in children(a) if c.dep_ == "pobj"]
    return objects[0] if objects else None


def inverted_subject(verb: Token) -> Token | None:
    """``…,” said Grushko.``: the parser may leave the name after the verb unattached as a subject; a
    person's name there wins over the title before it ("said Secretary of the Interior Dirk Kempthorne")."""
    after = verb.doc[verb.i + 1 : min(verb.i + _INVERTED_REACH, len(verb.doc))]
    people = [t for t in after if t.ent_type_ == "PERSON"]
    end = next((t.i for t in after if t.is_punct and not t.is_quote), len(verb.doc))
    if people and people[0].i < end:
        first = people[0]
        run = [t for t in after if t.i >= first.i and t.ent_type_ == "PERSON"]
        last = first
        for tok in run:
            if tok.i != last.i + 1 and tok.i != first.i:
                break
            last = tok
        return last
    for tok in verb.doc[verb.i + 1 : min(verb.i + 6, len(verb.doc))]:
        if tok.is_quote:
            continue  # argued a “White Paper”
        if tok.is_punct or tok.dep_ == "mark":
            break  # "said that early results showed …": the reported clause's subject says nothing
        if tok.pos_ in ("PROPN", "NOUN") and tok.dep_ in (
            "dobj",
            "nsubj",
            "attr",
            "npadvmod",
            "appos",
            "ROOT",
        ):
            return tok
    return None


def titled_name_end(doc: Doc, comma: int) -> int:
    """``…, Maria Lopez, a lawyer for the group, says.``: after the comma at index ``comma``, a name (of a
    person or an organisation) and the title set off by commas after it; the index past the title's
    closing comma, else ``comma + 1`` (no such name there, or no verbless title after it)."""
    i = comma + 1
    while i < len(doc) and doc[i].pos_ == "PROPN":
        i += 1
    named = i > comma + 1 and all(t.ent_type_ in _NAMED for t in doc[comma + 1 : i])  # no place list
    if not named or i >= len(doc) or doc[i].text != ",":
        return comma + 1
    for j in range(i + 1, min(i + 1 + _TITLE_REACH, len(doc))):
        tok = doc[j]
        if tok.text == ",":  # a title names what the one named is: "a firm", not more names
            titled = any(t.pos_ == "NOUN" for t in doc[i + 1 : j])
            return j + 1 if titled else comma + 1
        if tok.pos_ in ("VERB", "AUX") or tok.is_sent_start or tok.text in _CLAUSE_BREAKS:
            break
    return comma + 1


def _titled_name_before(verb: Token) -> Token | None:
    """``“Patch every computer, Tyler Reed, head of research at a firm, said …``: a person's name and its
    title set off by commas right before the verb, however the parser hung them (a quote whose closing
    mark was lost): the name speaks."""
    doc = verb.doc
    for c in range(verb.i - 3, max(verb.sent.start, verb.i - _TITLE_REACH - 8), -1):
        if doc[c].text == "," and titled_name_end(doc, c) == verb.i:
            end = c + 1
            while doc[end].pos_ == "PROPN":
                end += 1
            return doc[end - 1]
    return None


def long_subject_verb(doc: Doc, after: int, limit: int, window: int) -> Token | None:
    """``“…,” Walter P. Ames Jr., deputy counsel to the consulate in Lagos and a 25-year veteran,
    told …``: the verb whose subject the name right after the closing mark is, beyond the tokens
    searched (``window``), in the same sentence and before the next opening mark."""
    start = after
    while start < len(doc) and doc[start].is_punct:
        start += 1
    if start >= len(doc) or doc[start].pos_ != "PROPN":
        return None
    tok = doc[start]
    for _ in range(_NAME_CLIMB):
        if tok.dep_ not in ("compound", "flat", "appos") or tok.head.i == tok.i:
            break
        tok = tok.head
    verb = tok.head
    if tok.dep_ != "nsubj" or verb.i < after + window or verb.idx >= limit:
        return None
    if any(t.text in (".", "!", "?", ";") for t in doc[start : verb.i]):
        return None
    return verb


def appos_subject(verb: Token) -> Token | None:
    """``… on a freeway outside San Diego, the California Highway Patrol said.``: a sentence-final
    speech verb with no subject of its own, right after a noun phrase set off by a comma that the parser
    hung on the name before it as an apposition: that phrase is the verb's subject."""
    doc = verb.doc
    if verb.i == 0 or child_with(verb, _SUBJECTS) is not None:
        return None
    last = doc[verb.i - 1]
    if last.text == "," and verb.i >= 2:
        return _set_off_pair(verb)
    phrase = next((t for t in [last, *last.ancestors] if t.dep_ == "appos"), None)
    if phrase is None or phrase.right_edge.i != verb.i - 1 or phrase.left_edge.i < 1:
        return None
    if doc[phrase.left_edge.i - 1].text != "," or phrase.pos_ not in ("NOUN", "PROPN"):
        return None
    return phrase


def dated_subject(verb: Token) -> Token | None:
    """``HP Monday announced …``, ``Siemens Friday said …``: a day set between the subject and the verb
    with no "on" (wire style), which the parser took for the verb's adverb or subject with the name as
    its compound: the name before the day speaks."""
    subject = child_with(verb, _SUBJECTS)
    for day in (c for c in children(verb) if c.i < verb.i and subject in (None, c)):
        if day.dep_ in ("npadvmod", "nsubj") and day.ent_type_ in _DAYS:
            names = [c for c in children(day) if c.dep_ == "compound" and c.pos_ == "PROPN" and c.ent_type_]
            if names and names[-1].ent_type_ not in _DAYS:
                return names[-1]
    return None


def opening_participle(verb: Token) -> Token | None:
    """``But the lawyer acting for the guard, who …, said that …``: the parser may read the subject and
    the participle after it as a clause of its own hung on the verb, leaving the verb no subject: the
    participle's subject, opening the sentence (after a conjunction at most), speaks."""
    if child_with(verb, _SUBJECTS) is not None:
        return None
    for clause in (c for c in children(verb) if c.dep_ == "advcl" and c.tag_ == "VBG" and c.i < verb.i):
        subject = child_with(clause, ("nsubj",))
        if subject is None or subject.i > clause.i:
            continue
        opening = verb.doc[verb.sent.start : subject.left_edge.i]
        if all(t.dep_ == "cc" or t.is_punct for t in opening):
            return subject
    return None


def swallowed_subject(verb: Token) -> Token | None:
    """``At the time of writing the websites of two firms still said …``: a phrase opening the sentence
    with no comma after it, whose participle the parser gave the verb's subject as its object, leaves
    the verb with no subject of its own: the object right before the verb (past its adverbs) speaks."""
    if child_with(verb, _SUBJECTS) is not None:
        return None
    doc = verb.doc
    start = verb.sent.start
    opening = next((c for c in children(verb) if c.dep_ == "prep" and c.left_edge.i == start), None)
    if opening is None:
        return None
    end = verb.i - 1
    while end > opening.i and doc[end].dep_ == "advmod" and doc[end].head.i == verb.i:
        end -= 1  # "… still said"
    objects = [
        t
        for t in opening.subtree
        if t.dep_ == "dobj" and t.head.tag_ == "VBG" and t.right_edge.i == end == opening.right_edge.i
    ]
    return objects[0] if objects else None


def _set_off_pair(verb: Token) -> Token | None:
    """``…, the governor of Qeshm, Mehdi Nejad, told ISNA.``, ``…, Dan Reyes, the utility's spokesman,
    said.``: a name and its title, each set off by commas, between the clause and a verb with no subject
    of its own, however the parser hung them on the clause: the widest phrase that ends at the comma
    before the verb and opens after a comma, holding a name."""
    doc = verb.doc
    last = doc[verb.i - 2]
    best = None
    for tok in [last, *last.ancestors]:
        if tok.right_edge.i < verb.i - 2 or tok.right_edge.i > verb.i - 1 or tok.left_edge.i < 1:
            break
        if tok.pos_ in ("NOUN", "PROPN") and doc[tok.left_edge.i - 1].text == ",":
            best = tok
    if best is None or not any(t.pos_ == "PROPN" for t in best.subtree):
        return None
    if not any(t.pos_ == "NOUN" for t in best.subtree):
        return None  # two names, no title: "Tom Molomby, SC, said"
    if not any(t.tag_ in _FINITE for t in doc[verb.sent.start : best.left_edge.i]):
        # no clause before the pair for it to report: "Speaking for them, Ann Roe, a lawyer, said"
        return None
    if not any(t.text == "," for t in doc[best.left_edge.i : verb.i - 1]):
        return None  # one phrase, no pair: "…, the utility's spokesman, said" is the appositive rule's
    return best


def set_off_name(verb: Token) -> Token | None:
    """The name in a pair :func:`_set_off_pair` finds, for a verb with no subject of its own: the one
    right before the verb's comma (``the governor of Qeshm, Mehdi Nejad,``), else the one opening the
    pair (``Dan Reyes, the utility's spokesman,``)."""
    doc = verb.doc
    if verb.i < 2 or doc[verb.i - 1].text != "," or child_with(verb, _SUBJECTS) is not None:
        return None
    pair = _set_off_pair(verb)
    if pair is None:
        return None
    if doc[verb.i - 2].pos_ == "PROPN":
        return doc[verb.i - 2]
    end = pair.left_edge.i
    while end + 1 < verb.i and doc[end + 1].pos_ == "PROPN":
        end += 1
    return doc[end] if doc[end].pos_ == "PROPN" else None


def dashed_name(subject: Token) -> Token:
    """``Jon Webb - director of sales at Vexa - told …``: a name the parser hung as a compound on the
    title noun after a spaced dash is the speaker, not the owner of that title; else the subject."""
    if subject.pos_ != "NOUN":
        return subject
    doc = subject.doc
    dash = next((c for c in children(subject) if c.text in ("-", "--") and c.i < subject.i), None)
    if dash is None or dash.i == 0 or not (dash.whitespace_ and doc[dash.i - 1].whitespace_):
        return subject
    names = [c for c in children(subject) if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < dash.i]
    return names[-1] if names else subject


def joined_plural(verb: Token) -> Token | None:
    """``The town still has power and water and officials say …``: a plural verb joined by "and" to a
    singular one, with no subject of its own, whose plural noun right before it the parser joined to the
    first verb's objects: that noun is its subject (a singular clause cannot go on with "say")."""
    head = verb.head
    if verb.dep_ != "conj" or verb.tag_ != "VBP" or head.tag_ != "VBZ" or child_with(verb, _SUBJECTS):
        return None
    noun = verb.doc[verb.i - 1]
    before = verb.doc[noun.i - 1] if noun.i > 0 else None
    joined = noun.dep_ == "conj" and before is not None and before.dep_ == "cc" and before.head == noun.head
    return noun if joined and noun.tag_ == "NNS" and head in noun.ancestors else None
