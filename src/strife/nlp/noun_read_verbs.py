"""A speech verb the tagger read as a noun: ``Prosecutors allege Simpson shot Flynn``.

After a plural subject the small English model often takes a bare speech verb (``allege``, ``claim``,
``contend``; the ``speech`` words of ``speech_cues.tsv``) for a noun of a compound, and hangs both words
on the next clause's subject: "Prosecutors allege Simpson" reads as one name, the subject of "shot",
and the allegation is lost (the act is told as done). When the verb word stands between a plural noun
and a name, a pronoun or a determiner that opens the subject of the sentence's main verb, the parse
is mended in place: the verb word becomes the main verb (a present-tense verb), the plural noun its
subject, and the old main verb its clause. When the parser already made the word the root over the
clause ("Prosecutors allege he shot the guard", the plural noun its compound), only its tag and the
plural noun's role (its subject) are mended. A capitalised plural that opens the sentence counts as
plural even where the tagger took it for a name ("Rebels allege Uganda bombed …").

Not a compound that needs no verb ("Police report forms show …": the word after it is a common
noun), nor a word that is no speech verb.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

_READ_AS_NOUN = frozenset({"NN", "JJ"})
_NOUN_DEPS = frozenset({"compound", "amod", "nmod"})
_PLURALS = frozenset({"NNS", "NNPS"})
_OPENERS = frozenset({"NNP", "NNPS", "PRP", "DT"})  # a name, a pronoun, a determiner
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def mend_speech_verbs(doc: Doc, speech: frozenset[str]) -> Doc:
    """``doc`` with each bare speech verb read as a noun between a plural subject and a clause made
    the verb of that clause's sentence (see the module's docstring); the doc itself, mended in place."""
    for tok in doc[1 : len(doc) - 1]:
        if tok.tag_ in _READ_AS_NOUN and tok.lower_ in speech and _misread(tok):
            _mend(tok)
    return doc


def _misread(verb: Token) -> bool:
    """Whether ``verb`` is a noun modifier of the main verb's subject, after a plural noun modifying
    the same subject and before the name, pronoun or determiner that opens it."""
    doc = verb.doc
    plural, opener, subject = doc[verb.i - 1], doc[verb.i + 1], verb.head
    if not _plural(plural) or plural.dep_ not in _NOUN_DEPS:
        return False
    if verb.dep_ == "ROOT":  # "Prosecutors allege he shot …": the tree is right, the tags are not
        return plural.head.i == verb.i and any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children)
    if verb.dep_ not in _NOUN_DEPS:
        return False
    if plural.head.i not in (subject.i, verb.i) or opener.tag_ not in _OPENERS or subject.i <= verb.i:
        return False
    main = subject.head
    return subject.dep_ in _SUBJECTS and main.dep_ == "ROOT" and main.pos_ in ("VERB", "AUX")


def _plural(tok: Token) -> bool:
    """A plural noun, or a sentence's first word the tagger took for a name ("Rebels allege …")."""
    first_name = bool(tok.is_sent_start) and tok.tag_ == "NNP" and tok.lower_.endswith("s")
    return tok.tag_ in _PLURALS or first_name


def _mend(verb: Token) -> None:
    """The verb word made the root, the plural noun (with its own modifiers) its subject, the old
    root its clausal complement, and what stood before the plural noun on the old root moved to it."""
    doc = verb.doc
    plural, subject = doc[verb.i - 1], verb.head
    main = subject.head
    verb.tag_, verb.pos_, verb.lemma_ = "VBP", "VERB", verb.lower_
    if verb.dep_ == "ROOT":
        plural.dep_ = "nsubj"
        return
    verb.head, verb.dep_ = verb, "ROOT"
    main.head, main.dep_ = verb, "ccomp"
    plural.head, plural.dep_ = verb, "nsubj"
    for tok in doc[main.sent.start : plural.i]:
        if tok.head.i == subject.i:
            tok.head = plural  # "The prosecutors": the determiner is the plural noun's
        elif tok.head.i == main.i:
            tok.head = verb  # "On Monday, prosecutors allege …": the verb's setting
