"""Speech cues: the words that introduce what someone said, read from ``data/speech_cues.tsv``.

Two columns, ``lemma`` and ``use``:

- ``speech``: a verb of saying (``say``, ``plead``, ``snap``), or a verb with its particle (``cut in``,
  ``go on``): it introduces direct, partial and indirect quotes;
- ``describe``: a verb that introduces only a quoted fragment about something ("described the talks
  as “…”");
- ``report``: what an outlet does with a claim ("TASS reported"); also a speech cue;
- ``finding``: a verb that reports a statement only when a document is its subject ("a recent poll
  found that …", "the report showed …"); with anyone else as subject it says nothing ("police found
  the car");
- ``manner``: a verb of manner that tags a whole quoted sentence it follows at once ("“Maybe,” she
  shrugged", "“Fine,” he laughed"), and nothing else: no indirect or partial quote;
- ``utterance``: a noun for what someone said, whose owner speaks the quote it is set equal to
  ("Jensen's answer was “no”", "Her reply was simple: “Never.”");
- ``document``: a noun for something that speaks for its owner ("the report said", "a statement
  from the ministry"): coded by the owner where the text names one;
- ``organization``: a noun that points back to an organisation named before ("the group said",
  "the organisation added");
- ``outlet``: a noun that points back to a news outlet or website named before ("the newspaper",
  "the whistle-blowing site");
- ``representative``: a noun for someone who speaks for whoever owns them ("her rep", "Grushko's
  spokesman", "the head of Press TV"): coded by that owner. Any other noun ("her father") is not.
- ``sign``: a noun for a thing that carries a slogan ("a banner reading “MURDERERS”", "placards
  saying “RESIGN”"): what it reads is a slogan, not anyone's quote;
- ``sourcing``: a participle by which an outlet names whom it carries ("AFP reported, citing a
  spokesman", "quoting an aide"): the one named speaks, not the outlet;
- ``authoring``: a verb whose subject (or "by" agent) owns the document it takes ("HRW released a
  report", "a letter signed by X");
- ``addressing``: a speech verb whose object is the one spoken to ("told the court", "asked the men"):
  the subject of its passive ("the men were asked") is spoken to, never the speaker;
- ``charging``: a document that charges someone, the prosecution's though no owner is named ("the
  indictment said");
- ``request``: a verb of asking someone to act whose infinitive of saying reports nothing, asked for and
  not said ("when asked to recall what he was told", "urged her to explain why …");
- ``refusal``: a verb of declining whose infinitive of saying reports nothing ("declined to say
  whether …", "refused to confirm that …");
- ``clue``: a noun for a thing that shows rather than says: a speech verb whose subject it is reports
  no one's words ("the evidence suggests that …", "a move that suggests …");
- ``assent``: a speech verb of agreeing or not with what was just said ("X agreed", "Y disagreed"):
  a line of its own after a paragraph of quotes ("Coach Dean Prentiss agreed.") introduces the next
  quote and owns none of those before it;
- ``perception``: a verb of perceiving ("heard co-workers yelling", "saw him wave"): a speech verb hung
  under it is what the speaker heard, not the cue of the quote before it when a cue follows
  ("“…,” smelled smoke and heard colleagues shouting, said X");
- ``body``: a noun for an office or agency that speaks as itself when a name it belongs to stands
  before it ("Iran's seismologic center said", "the City Attorney's office said"): an unnamed actor
  known by the whole phrase, or the named organisation's own words ("Vexa's press office");
- ``epithet``: a noun for a person by trade or fame that news uses as a second name for someone it
  just named ("DeGeneres said … “…,” the comedian added"; "the 51-year-old showrunner insisted …"):
  no title (``titles.tsv``) and no common noun for someone unnamed (``person_nouns.tsv``);
- ``preface``: a speech verb that, in an "as" clause opening a sentence, reports the rest of it ("As
  Heald told The Huffington Post, ozone has dropped …"); any other verb there tells when ("As their
  colleagues sobbed in the street, …");
- ``audience``: a noun for listeners a speaker tells ("As she told reporters, …"): such an "as"
  clause still reports the rest of the sentence, unlike a thing told ("As he told the story, …");
- ``portion``: a noun for an amount, a gathering or a part of what its "of" (or "from", "in") phrase
  names ("a number of experts", "dozens of doctors", "a parade of witnesses", "an excerpt from his
  diary"): the speaker is what that phrase names, not the amount;
- ``aside``: a verb of wondering or guessing whose subject is the writer's "I" outside any quotation
  ("I guess we can be thankful for that", "I wonder what this means"): the writer's own aside, no
  one's quote;
- ``issuing``: a verb with which an official statement opens, its issuer speaking in the present tense
  ("The United States strongly condemns …", "NATO welcomes …"): that issuer is the statement's own "we"
  (:mod:`strife.nlp.issuer`); a news headline's "says" or "warns" opens no statement;
- ``issued``: a document noun for what a speaker puts out as their own words ("statement", "release"):
  one with no owner named ("“…,” a statement said") is the last speaker's, just before it.

Users extend them with a file of the same name and columns among their dictionary files.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import cached_property
from pathlib import Path

from spacy.strings import get_string_id
from spacy.tokens import Token

from strife.dictionary_files import read_word_table
from strife.nlp.document import child_with, children, to_infinitive

FILE_NAME = "speech_cues.tsv"
USES = frozenset(
    {
        "speech",
        "describe",
        "report",
        "denial",
        "finding",
        "manner",
        "utterance",
        "document",
        "organization",
        "outlet",
        "representative",
        "sign",
        "sourcing",
        "addressing",
        "authoring",
        "refusal",
        "request",
        "charging",
        "clue",
        "contact",
        "reply",
        "body",
        "assent",
        "perception",
        "epithet",
        "preface",
        "audience",
        "aside",
        "portion",
        "issuing",
        "issued",
        "contested",
        "indication",
        "private",
        "membered",
        "pairing",
        "retrospect",
        "coverage",
        "collective",
    }
)
_VERB_POS = frozenset({"VERB", "AUX"})
_PARTICLE_DEPS = frozenset({"prt", "advmod", "prep", "advcl"})
_PARTICLE_REACH = 3
_MODAL_REACH = 4  # "would not have said": a modal comes a few words before its verb
_SPEECH_MEMO = "strife.is_speech"  # is_speech's answers, in a paragraph's user_data


@dataclass(frozen=True)
class SpeechCues:
    speech: frozenset[str]
    describe: frozenset[str]
    report: frozenset[str]
    phrasal: frozenset[tuple[str, str]] = frozenset()  # (verb lemma, particle): "cut in", "go on"
    documents: frozenset[str] = frozenset()
    organizations: frozenset[str] = frozenset()
    outlets: frozenset[str] = frozenset()
    representatives: frozenset[str] = frozenset()
    denials: frozenset[str] = frozenset()  # speech verbs whose clause the speaker rejects ("deny")
    manner: frozenset[str] = frozenset()  # verbs that tag only a quote they follow ("she shrugged")
    findings: frozenset[str] = frozenset()  # verbs of a document's findings ("a poll found")
    utterances: frozenset[str] = frozenset()  # nouns for what was said ("his answer was “no”")
    signs: frozenset[str] = frozenset()  # things that carry slogans ("a banner reading “…”")
    sourcing: frozenset[str] = frozenset()  # how an outlet names its source ("citing a spokesman")
    addressing: frozenset[str] = frozenset()  # speech verbs whose object is spoken to ("told X")
    authoring: frozenset[str] = frozenset()  # verbs that put out a document ("released a report")
    refusals: frozenset[str] = frozenset()  # verbs whose "to say" reports nothing ("declined to say")
    charging: frozenset[str] = frozenset()  # documents that charge someone: the prosecution's ("indictment")
    requests: frozenset[str] = frozenset()  # verbs whose "to say" is asked for ("asked to recall what …")
    clues: frozenset[str] = frozenset()  # things that show, not say ("the evidence suggests")
    contacts: frozenset[str] = frozenset()  # verbs of getting in touch ("X phoned the desk, saying …")
    replies: frozenset[str] = frozenset()  # verbs of answering ("he replied"): the one just asked speaks
    bodies: frozenset[str] = frozenset()  # offices a name owns ("Iran's seismologic center")
    assenting: frozenset[str] = frozenset()  # verbs of agreeing ("X agreed."): a line owns no quote before it
    perception: frozenset[str] = frozenset()  # verbs of perceiving ("heard colleagues shouting")
    epithets: frozenset[str] = frozenset()  # a named person's second name ("the comedian added")
    prefacing: frozenset[str] = frozenset()  # verbs whose "As X said, …" reports the rest ("As X noted")
    audiences: frozenset[str] = frozenset()  # listeners an "as" clause tells ("As she told reporters, …")
    asides: frozenset[str] = frozenset()  # the writer's "I wonder", "I guess": no one's quote
    portions: frozenset[str] = frozenset()  # "a number of", "dozens of", "an excerpt from": what they count
    issuing: frozenset[str] = frozenset()  # verbs that open a statement ("The United States condemns …")
    issued: frozenset[str] = frozenset()  # a speaker's own documents ("a statement said" after X spoke)
    indications: frozenset[str] = frozenset()  # findings a named speaker reports too ("Su indicated that …")
    contested: frozenset[str] = frozenset()  # others' claims a speaker answers ("denied reports that …")
    private: frozenset[str] = frozenset()  # organisation nouns never for a state's own organs ("the group")
    membered: frozenset[str] = frozenset()  # bodies of several members ("the coalition"): never one group
    pairing: frozenset[str] = frozenset()  # two people named together before ("the pair said")
    retrospect: frozenset[str] = frozenset()  # "would later say": a saying told as it came to pass
    coverage: frozenset[str] = frozenset()  # what an outlet puts out ("the report said" after X reported)
    collective: frozenset[str] = frozenset()  # plural with no -s ("Ohio Police saw …. They said")
    titles: frozenset[str] = frozenset()  # one-word titles ("minister", "police"): who may indicate

    @classmethod
    def load(cls, user_files: Sequence[Path] = ()) -> SpeechCues:
        rows = read_word_table(FILE_NAME, ("lemma", "use"), USES, user_files)
        by_use: dict[str, set[str]] = {use: set() for use in USES}
        for lemma, use in rows:
            by_use[use].add(" ".join(lemma.split()))
        verbs = by_use["speech"] | by_use["report"] | by_use["denial"]
        phrasal = {(w[0], w[1]) for w in (v.split() for v in verbs) if len(w) == 2}
        return cls(
            speech=frozenset(v for v in verbs if " " not in v),
            describe=frozenset(by_use["describe"]),
            report=frozenset(by_use["report"]),
            phrasal=frozenset(phrasal),
            documents=frozenset(by_use["document"]),
            organizations=frozenset(by_use["organization"]),
            outlets=frozenset(by_use["outlet"]),
            representatives=frozenset(by_use["representative"]),
            denials=frozenset(by_use["denial"]),
            manner=frozenset(by_use["manner"]),
            findings=frozenset(by_use["finding"]),
            utterances=frozenset(by_use["utterance"]),
            signs=frozenset(by_use["sign"]),
            sourcing=frozenset(by_use["sourcing"]),
            addressing=frozenset(by_use["addressing"]),
            authoring=frozenset(by_use["authoring"]),
            refusals=frozenset(by_use["refusal"]),
            requests=frozenset(by_use["request"]),
            charging=frozenset(by_use["charging"]),
            clues=frozenset(by_use["clue"]),
            contacts=frozenset(by_use["contact"]),
            replies=frozenset(by_use["reply"]),
            bodies=frozenset(by_use["body"]),
            assenting=frozenset(by_use["assent"]),
            perception=frozenset(by_use["perception"]),
            epithets=frozenset(by_use["epithet"]),
            prefacing=frozenset(by_use["preface"]),
            audiences=frozenset(by_use["audience"]),
            asides=frozenset(by_use["aside"]),
            portions=frozenset(by_use["portion"]),
            issuing=frozenset(by_use["issuing"]),
            issued=frozenset(by_use["issued"]),
            contested=frozenset(by_use["contested"]),
            indications=frozenset(by_use["indication"]),
            private=frozenset(by_use["private"]),
            membered=frozenset(by_use["membered"]),
            pairing=frozenset(by_use["pairing"]),
            retrospect=frozenset(by_use["retrospect"]),
            coverage=frozenset(by_use["coverage"]),
            collective=frozenset(by_use["collective"]),
        )

    @cached_property
    def speech_ids(self) -> frozenset[int]:
        """String ids of the speech lemmas, to find cue verbs with :meth:`ArticleDoc.find`."""
        verbs = self.speech | self.findings | {v for v, _ in self.phrasal}
        return frozenset(get_string_id(lemma) for lemma in verbs)

    @cached_property
    def _phrasal_verbs(self) -> frozenset[str]:
        return frozenset(v for v, _ in self.phrasal)

    def is_speech(self, tok: Token) -> bool:
        """A verb of saying that reports speech: not one under a modal ("would continue", "may say").
        Remembered per token in its paragraph's ``user_data``: many rules ask it of the same verb."""
        memo: dict[tuple[int, int], bool] = tok.doc.user_data.setdefault(_SPEECH_MEMO, {})
        if (found := memo.get(key := (id(self), tok.i))) is None:
            found = memo[key] = self._is_speech(tok)
        return found

    def _is_speech(self, tok: Token) -> bool:
        if tok.pos_ not in _VERB_POS:
            return False
        lemma = self.lemma(tok)
        if lemma in self.findings and lemma not in self.speech:
            named = lemma in self.indications and self._speaking_subject(tok)
            return (named or self._document_subject(tok)) and not _modal(tok, self.retrospect)
        if lemma not in self.speech and not (lemma in self._phrasal_verbs and self._particle(tok, lemma)):
            return False
        modal = _modal(tok, self.retrospect)
        return not modal and not _aspectual(tok, lemma) and not self._clue_subject(tok)

    def lemma(self, tok: Token) -> str:
        """The verb's lemma, mended where the lemmatiser missed a cue ("texted" → "texte" → "text")."""
        lemma = tok.lemma_.lower()
        if lemma in self.speech or lemma in self._phrasal_verbs:
            return lemma
        word = tok.lower_
        for suffix in ("ed", "d", "ing", "es", "s"):
            if word.endswith(suffix) and len(word) > len(suffix) + 2:
                stem = word[: -len(suffix)]
                for form in (stem, stem + "e", stem[:-1] if stem[-1:] == stem[-2:-1] else stem):
                    if form in self.speech:
                        return form
        return lemma

    def with_titles(self, titles: Iterable[str]) -> SpeechCues:
        """These cues knowing the one-word titles of ``titles.tsv`` (:meth:`_speaking_subject`)."""
        return replace(self, titles=frozenset(t for t in titles if " " not in t))

    def _speaking_subject(self, verb: Token) -> bool:
        """``Su indicated that …``, ``…, he indicated``, ``The minister indicated …``, ``Police
        indicated …``: the verb's subject is a name, a person's pronoun, or a noun for someone who
        speaks (a title, a representative, an organisation or an outlet), not a thing ("the readings")."""
        return _named_subject(verb) or any(
            c.dep_ == "nsubj" and c.pos_ == "NOUN" and c.lemma_.lower() in self._speakers
            for c in children(verb)
        )

    @cached_property
    def _speakers(self) -> frozenset[str]:
        return self.titles | self.representatives | self.organizations | self.outlets

    def _document_subject(self, verb: Token) -> bool:
        """``a recent poll found …``: the verb's subject (or its head's, for a coordinated verb) is a
        document noun."""
        for head in (verb, verb.head) if verb.dep_ == "conj" else (verb,):
            for child in children(head):
                if child.dep_ in ("nsubj", "nsubjpass") and self.is_document(child):
                    return True
        return False

    def _clue_subject(self, verb: Token) -> bool:
        """``the evidence suggests …``, ``a move that suggests …``: the verb's subject (the noun a relative
        clause hangs on, for "that") is a thing that shows rather than says, so no one is reported."""
        child = child_with(verb, ("nsubj",))  # the first subject, from the paragraph's index
        if child is None:
            return False
        if child.tag_ == "WDT" and verb.dep_ == "relcl":
            child = verb.head
        return child.pos_ == "NOUN" and (child.lemma_.lower() in self.clues or child.lower_ in self.clues)

    def _particle(self, tok: Token, lemma: str) -> bool:
        """``cut in``, ``went on``: the particle is a child of the verb or the word right after it; a
        particle of another verb's (``broke out in``) makes no cue."""
        doc = tok.doc
        after = doc[tok.i + 1 : tok.i + 1 + _PARTICLE_REACH]  # "cut in", "went right on"
        particles = [t for t in after if t.head.i == tok.i and t.dep_ == "prt"]
        if particles:  # "Riot breaks out in Brooklyn" is no "break in"
            return any((lemma, t.lower_) in self.phrasal for t in particles)
        words = {t.lower_ for t in after if t.head.i == tok.i and t.dep_ in _PARTICLE_DEPS}
        if tok.i + 1 < len(doc):
            words.add(doc[tok.i + 1].lower_)
        return any((lemma, w) in self.phrasal for w in words)

    def is_manner(self, tok: Token) -> bool:
        """A verb of manner that tags a quoted sentence right before it (``“Maybe,” she shrugged``)."""
        return tok.pos_ in _VERB_POS and tok.lemma_.lower() in self.manner and not _modal(tok)

    def is_description(self, tok: Token) -> bool:
        return tok.pos_ in _VERB_POS and tok.lemma_.lower() in self.describe

    def says_elsewhere(self, verb: Token, inner: Token) -> bool:
        """Whether a cue verb above a quoted fragment says nothing of it: one going "to" something
        (:func:`takes_to_elsewhere`), or a description verb whose predicate does not hold it
        (:func:`outside_predicate`: ``Jensen dismissed Ostrander's claim that the vote was “rigged”``)."""
        return takes_to_elsewhere(verb, inner) or (
            not self.is_speech(verb) and outside_predicate(verb, inner)
        )

    def is_report(self, tok: Token) -> bool:
        return tok.pos_ in _VERB_POS and tok.lemma_.lower() in self.report

    def frames_denial(self, tok: Token) -> bool:
        """``Denying he was there, Karimov said …``: a denial verb as a participle framing the sentence
        before its main verb reports no statement (what follows it is what the speaker rejects)."""
        return (
            tok.tag_ == "VBG"
            and tok.dep_ == "advcl"
            and tok.i < tok.head.i
            and tok.lemma_.lower() in self.denials
        )

    def is_document(self, tok: Token) -> bool:
        """A noun for something that speaks for its owner: ``report``, ``statement``, ``letter`` (also one
        the tagger read as a verb though it is a subject: ``a federal government handbook … described``)."""
        noun = tok.pos_ in ("NOUN", "PROPN") or (tok.pos_ == "VERB" and tok.dep_ in ("nsubj", "nsubjpass"))
        return noun and tok.lemma_.lower() in self.documents

    def is_issued(self, tok: Token) -> bool:
        """A noun for a speaker's own document: ``statement``, ``release``."""
        return tok.pos_ == "NOUN" and tok.lemma_.lower() in self.issued

    def is_utterance(self, tok: Token) -> bool:
        """A noun for what someone said: ``answer``, ``reply``, ``message`` (or a document noun)."""
        return tok.pos_ == "NOUN" and tok.lemma_.lower() in self.utterances | self.documents

    def is_representative(self, tok: Token) -> bool:
        """A noun for someone who speaks for their owner: ``rep``, ``spokesman``, ``lawyer``."""
        return tok.pos_ in ("NOUN", "PROPN") and tok.lemma_.lower() in self.representatives

    def is_sign(self, tok: Token) -> bool:
        """A noun for a thing that carries a slogan: ``banner``, ``placard``, ``sign``."""
        return tok.pos_ in ("NOUN", "PROPN") and tok.lemma_.lower() in self.signs

    def is_sourcing(self, tok: Token) -> bool:
        """``citing a spokesman``, ``quoting an aide``: a participle naming an outlet's source."""
        return tok.tag_ == "VBG" and tok.lemma_.lower() in self.sourcing

    def reaches_out(self, tok: Token) -> bool:
        """A verb of getting in touch (``phone``, ``call``, ``write``) or of saying: the participle of
        saying that follows it (``X phoned the desk, saying …``) gives its subject's words."""
        return tok.pos_ in _VERB_POS and (tok.lemma_.lower() in self.contacts or self.is_speech(tok))

    def addresses(self, tok: Token) -> bool:
        """A speech verb whose object is the one spoken to: ``tell``, ``ask``."""
        return tok.pos_ in _VERB_POS and tok.lemma_.lower() in self.addressing

    def is_listener(self, obj: Token) -> bool:
        """An object a speech verb is spoken to: a name, a pronoun but "it" ("told The Post", "told him"),
        or an audience noun ("told reporters"); not a thing told ("told the story")."""
        if obj.dep_ != "dobj":
            return False
        return (obj.pos_ in ("PROPN", "PRON") and obj.lower_ != "it") or obj.lemma_.lower() in self.audiences

    def is_authoring(self, tok: Token) -> bool:
        """A verb whose subject or agent owns the document it takes: ``release``, ``sign``, ``publish``."""
        return tok.lemma_.lower() in self.authoring

    def refused(self, verb: Token) -> bool:
        """``declined to say whether …``, ``refused to confirm that …``, ``asked to recall what …``: an
        infinitive of saying under a verb of declining or of asking, which reports no statement."""
        infinitive = verb.dep_ == "xcomp" and to_infinitive(verb)
        return infinitive and verb.head.lemma_.lower() in self.refusals | self.requests

    def assents(self, tok: Token) -> bool:
        """A verb of agreeing with what was just said: ``agree``, ``concur``, ``disagree``."""
        return tok.pos_ in _VERB_POS and self.lemma(tok) in self.assenting

    def perceived(self, tok: Token) -> bool:
        """``heard co-workers yelling``, ``heard him shout``: a verb as a participle or bare infinitive
        under a verb of perceiving is what was perceived, not the one perceiving speaking."""
        head = tok.head
        return (
            tok.tag_ in ("VBG", "VB")
            and tok.dep_ in ("ccomp", "xcomp", "dobj", "oprd", "acl")
            and head.i != tok.i
            and head.lemma_.lower() in self.perception
        )

    def is_body(self, tok: Token) -> bool:
        """A noun for an office or agency that speaks as itself when a name owns it: ``center``."""
        return tok.pos_ == "NOUN" and tok.lemma_.lower() in self.bodies

    def is_organization(self, tok: Token) -> bool:
        """A noun that points back to an organisation: ``group``, ``organisation``, ``company``."""
        return tok.pos_ == "NOUN" and tok.lemma_.lower() in self.organizations

    def points_to_organisation(self, tok: Token) -> bool:
        """A noun that points back to an organisation or an outlet named before: ``company``,
        ``newspaper`` (not ``experts``, ``analysts``)."""
        return tok.pos_ == "NOUN" and tok.lemma_.lower() in self.organizations | self.outlets


# Cues that are also aspect verbs ("continue"; the verbs of "go on", "carry on"): "continued to leak",
# "went on fighting" say nothing.
_ASPECTUAL = frozenset({"continue", "go", "carry", "keep"})


def _aspectual(tok: Token, lemma: str) -> bool:
    """``Deep Throat continued to leak``: an aspect verb with a verb complement is no cue."""
    return lemma in _ASPECTUAL and any(c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX") for c in tok.children)


def _modal(tok: Token, later: frozenset[str] = frozenset()) -> bool:
    """Whether a modal governs the verb ("would continue", "may not say"). Looks at the few words
    before it rather than its children, which spaCy finds by walking the verb's whole subtree. A
    "would" with an adverb of ``later`` ("as his lawyer would later say", "she would afterwards
    testify that …") tells a saying that came to pass: no modal."""
    doc = tok.doc
    modals = [t for t in doc[max(0, tok.i - _MODAL_REACH) : tok.i] if t.tag_ == "MD" and t.head.i == tok.i]
    if len(modals) == 1 and modals[0].lower_ in ("would", "'d"):
        told = any(t.lower_ in later and t.head.i == tok.i for t in doc[modals[0].i : tok.i])
        return not told
    return bool(modals)


_OTHER_EVENT = frozenset({"advcl", "acl"})
_NOUN_CLAUSES = frozenset({"acl", "relcl"})  # a clause hung on a noun
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})
_CLAUSE_POS = frozenset({"VERB", "AUX"})


def outside_predicate(verb: Token, inner: Token) -> bool:
    """A fragment under ``verb`` in its subject (``Kim, listed as a member of its “sales team”, was
    dismissed``) or in a clause of a noun (``dismissed Ostrander's claim that the vote was “rigged”``):
    the clause or the subject is what frames it, not the verb."""
    tok = inner
    while tok.head.i != verb.i and tok.head.i != tok.i:
        if tok.dep_ in _NOUN_CLAUSES:
            return True
        tok = tok.head
    return tok.dep_ in _SUBJECTS or tok.dep_ in _NOUN_CLAUSES


def takes_to_elsewhere(verb: Token, inner: Token) -> bool:
    """``the fire was related to the “attention”``, ``Crews responded to the blaze, using … “a number”
    of trucks``: a cue verb that goes "to" something (a link or a move, not speech) says nothing of a
    fragment in the noun phrase after its "to" or under another event hung on it (``using …``). A
    clause after the "to" may be what was said, misread (``replied to the letter that it was “…”``)."""
    to = next((c for c in children(verb) if c.dep_ == "prep" and c.lower_ == "to"), None)
    if to is None:
        return False
    tok, clause = inner, inner.pos_ in _CLAUSE_POS
    while tok.head.i != verb.i and tok.head.i != tok.i:
        tok = tok.head
        clause = clause or (tok.pos_ in _CLAUSE_POS and tok.head.i != verb.i)
    if tok.head.i != verb.i:
        return False
    return tok.dep_ in _OTHER_EVENT or (tok.i == to.i and not clause)


_SPEAKING_PRONOUNS = frozenset({"he", "she", "they"})


def _named_subject(verb: Token) -> bool:
    """``Su indicated that …``, ``…, he indicated``: the verb's subject is a name or a person's pronoun."""
    return any(
        c.dep_ == "nsubj" and (c.pos_ == "PROPN" or c.lower_ in _SPEAKING_PRONOUNS) for c in children(verb)
    )
