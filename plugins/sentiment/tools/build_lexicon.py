#!/usr/bin/env python3
"""Builds the sentiment lexicon (data/lexicon.tsv) and its inflection table (data/inflections.tsv)
from the hand-scored seed files in this folder and the WordNet 3.0 database.

Method (label propagation over WordNet):
  1. Every seed word gives its score to the synsets of its most frequent senses (WordNet's index
     lists senses by frequency): full weight to the first sense, less to the second and third.
  2. Scores spread along relations that keep or flip polarity: similar-to, also-see,
     derivational links, pertainyms and verb groups keep it (with a decay per hop); antonyms flip
     it. Hypernyms are not followed: "praise" is a kind of "communicate", which is neutral.
     At most three hops; a synset keeps the confident-weighted mean of what reaches it.
  3. A word's valence is the mean of its senses' scores weighted by sense frequency, counting
     unscored senses as neutral, so a word whose common senses are neutral stays out.
  4. Seeds keep their hand-set score. Derived entries below |MIN_VALENCE| are dropped, and so
     are two kinds of word the propagation gets wrong: frequent words (more than FREQUENT_TAGS
     sense-tagged occurrences in WordNet's SemCor counts), whose many senses make a wrong one
     likely ("well", "old"), and participles of unscored verbs ("experienced"), read as
     adjectives by WordNet but mostly used as verbs. Scores are rounded to 0.1.
  5. Nouns that name things (WordNet's lexicographer files of artefacts, food, substances,
     animals, plants, body parts, natural objects and shapes) count as neutral senses: the
     propagation reaches them through derivational links ("cooker" from "cook") but an object
     has no tone of its own.
  6. Negative prefixes: a WordNet word made of un-, in-, im-, il-, ir-, dis-, mis- or non- and a
     scored base word of the same part of speech takes the base's tone reversed
     ("implausible", "disloyal"), unless tools/prefix_exceptions.txt lists it ("informative",
     "invaluable"); it replaces a weaker propagated entry of the same sign.
  7. Inflected forms (plurals, verb forms, comparatives) come from WordNet's exception lists and
     regular English rules, in a separate table the plugin expands at load time.
  8. Words listed in seeds_neutral.txt (news events and institutions such as "summit", "talks",
     "party"; descriptive words; words naming groups of people) never enter the lexicon, even
     if a seed file lists them, and pin the synsets of their two most frequent senses to 0, so
     the propagation does not pass a tone through them.

Usage: build_lexicon.py [--wordnet /usr/share/wordnet] [--out ../data] [--list-prefix]
"""
import argparse
import collections
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SEED_FILES = ["seeds_general.txt", "seeds_news.txt", "seeds_social.txt", "seeds_idioms.txt"]
NEUTRAL_FILE = "seeds_neutral.txt"

# Decay per relation (WordNet pointer symbol -> factor); a negative factor flips polarity.
RELATIONS = {
    "&": 0.85,   # similar to (adjective clusters)
    "^": 0.6,    # also see
    "+": 0.7,    # derivationally related form
    "\\": 0.8,   # pertainym / derived from adjective
    "$": 0.7,    # verb group
    "!": -0.8,   # antonym
}
SENSE_SEED_WEIGHT = [1.0, 0.5]  # seed weight for the 1st, 2nd, 3rd most frequent sense
SENSE_READ_WEIGHT = [1.0, 0.5, 0.3, 0.2, 0.15, 0.1]
MAX_HOPS = 3
MIN_CONFIDENCE = 0.45
# 0.5 rather than the former 0.8: the weaker derived entries add coverage (a third of the
# editorial snippets had no entry at all) and, cross-validated, raise every set's r (README).
MIN_VALENCE = 0.5
FREQUENT_TAGS = 60
# Closed-class words: WordNet lists some of them with rare content senses ("in" = fashionable,
# "off" = to kill) that must never reach running text.
FUNCTION_WORDS = set("""a about above across after against all along also although am among an and
any are as at be been before behind below beside between beyond both but by can could did do does
down during each either even ever every few for from had has have he her here him his how i if in
into is it its just least less many may me might more most much must my neither no nor not now of
off on once one only onto or other our out over own per same shall she should since so some such
than that the their them then there these they this those though through till to too toward
towards under unless until up upon us very was we were what when where whether which while who
whom whose why will with within without would yet you your""".split())
POS_NAMES = {"noun": "n", "verb": "v", "adj": "a", "adv": "r"}
# WordNet's lexicographer files (the number in each synset line) in which a noun names a thing,
# a substance, a place, an amount or a natural process rather than an act, a quality, a feeling
# or a person. The propagation reaches such nouns through derivational links to scored verbs and
# adjectives ("cooker" from "cook", "resin" from "resinous", "glue" from "stick"), but an object
# has no tone of its own: its senses count as neutral in the word's valence.
NEUTRAL_NOUN_FILES = {
    5: "noun.animal", 6: "noun.artifact", 8: "noun.body", 13: "noun.food", 17: "noun.object",
    20: "noun.plant", 25: "noun.shape", 27: "noun.substance"}
# Negative prefixes: a word made of one of these and a scored base word of the same part of
# speech takes the base's tone reversed ("appropriate" -> "inappropriate", "trust" ->
# "mistrust", "harmful" -> "unharmful"). Negating a positive base gives a clear negative
# (like WordNet's antonyms, x -0.8); negating a negative base gives a weaker positive
# ("unharmed", "nonviolent"), as "not bad" is weaker than "good".
NEGATIVE_PREFIXES = ("non-", "non", "dis", "mis", "un", "in", "im", "il", "ir")
PREFIX_FROM_POSITIVE = -0.8
PREFIX_FROM_NEGATIVE = -0.4
PREFIX_MIN_BASE = 3
PREFIX_EXCLUDED_FILE = "prefix_exceptions.txt"


def parse_seeds():
    """Returns {term: (score, domain, pos-hint)} in file order; duplicates are reported."""
    seeds = collections.OrderedDict()
    problems = []
    for name in SEED_FILES:
        domain = "general"
        with open(os.path.join(HERE, name), encoding="utf-8") as f:
            for lineno, line in enumerate(f, 1):
                line = line.strip()
                if not line or line.startswith("#"):
                    continue
                if line.startswith("[") and line.endswith("]"):
                    domain = line[1:-1]
                    continue
                parts = line.split()
                try:
                    score = float(parts[0])
                except ValueError:
                    sys.exit(f"{name}:{lineno}: expected a score first, found '{parts[0]}'")
                if not -4.0 <= score <= 4.0:
                    sys.exit(f"{name}:{lineno}: score {score} outside -4..+4")
                for raw in parts[1:]:
                    term = raw.replace("_", " ")
                    if term[0].isalpha():
                        term = term.lower()
                    if term in seeds:
                        if seeds[term][0] != score:
                            problems.append(f"{name}:{lineno}: '{term}' already scored "
                                            f"{seeds[term][0]}, keeping that")
                        continue
                    seeds[term] = (score, domain)
    for p in problems:
        print("warning:", p, file=sys.stderr)
    return seeds


def parse_neutral():
    """The words listed as neutral in prose (see seeds_neutral.txt)."""
    out = set()
    with open(os.path.join(HERE, NEUTRAL_FILE), encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            out.update(w.replace("_", " ").lower() for w in line.split())
    return out


def read_index(wn):
    """{pos: {lemma: [synset offsets by frequency]}}"""
    index = {}
    for pos in POS_NAMES:
        table = {}
        with open(os.path.join(wn, "index." + pos), encoding="latin-1") as f:
            for line in f:
                if line.startswith(" "):
                    continue
                p = line.split()
                lemma, synset_cnt, p_cnt = p[0], int(p[2]), int(p[3])
                offsets = p[4 + p_cnt + 2:]
                assert len(offsets) == synset_cnt, line
                table[lemma] = [(POS_NAMES[pos], o) for o in offsets]
        index[pos] = table
    return index


def read_data(wn):
    """{(pos, offset): (words, [(symbol, (pos, offset))])}; satellites 's' count as 'a'. Also
    the set of noun synsets that name things (see NEUTRAL_NOUN_FILES)."""
    synsets = {}
    things = set()
    for pos in POS_NAMES:
        with open(os.path.join(wn, "data." + pos), encoding="latin-1") as f:
            for line in f:
                if line.startswith(" "):
                    continue
                head = line.split("|")[0].split()
                offset, ss_type = head[0], head[2]
                w_cnt = int(head[3], 16)
                words = [re.sub(r"\(.*\)$", "", head[4 + 2 * i]).lower() for i in range(w_cnt)]
                i = 4 + 2 * w_cnt
                p_cnt = int(head[i])
                ptrs = []
                for k in range(p_cnt):
                    sym, off, ppos = head[i + 1 + 4 * k: i + 4 + 4 * k]
                    ppos = "a" if ppos == "s" else ppos
                    ptrs.append((sym, (ppos, off)))
                key = ("a" if ss_type == "s" else ss_type, offset)
                synsets[key] = (words, ptrs)
                if pos == "noun" and int(head[1]) in NEUTRAL_NOUN_FILES:
                    things.add(key)
    # Pertainyms and derivations are sometimes listed on one side only ("triumphantly" points
    # to "triumphant", not back): follow every relation both ways.
    for key, (_words, ptrs) in list(synsets.items()):
        for sym, target in ptrs:
            if sym in RELATIONS and target in synsets:
                back = synsets[target][1]
                if (sym, key) not in back:
                    back.append((sym, key))
    return synsets, things


def seed_synsets(seeds, index):
    """Initial synset labels: {synset: [(score, weight)]}"""
    labels = collections.defaultdict(list)
    for term, (score, _domain) in seeds.items():
        lemma = term.replace(" ", "_")
        for pos in POS_NAMES:
            senses = index[pos].get(lemma, [])
            for rank, syn in enumerate(senses[: len(SENSE_SEED_WEIGHT)]):
                labels[syn].append((score, SENSE_SEED_WEIGHT[rank]))
    return labels


def propagate(labels, synsets):
    """Spreads labels for MAX_HOPS hops. Returns {synset: (score, confidence)} and the set of
    noun synsets reached through a derivational link (the only nouns trusted, see below)."""
    scored = {}
    derived_nouns = set()
    for syn, votes in labels.items():
        w = sum(v[1] for v in votes)
        scored[syn] = (sum(s * v for s, v in votes) / w, min(1.0, max(v[1] for v in votes)))
    frontier = dict(scored)
    for _hop in range(MAX_HOPS):
        incoming = collections.defaultdict(list)
        for syn, (score, conf) in frontier.items():
            if syn not in synsets:
                continue
            for sym, target in synsets[syn][1]:
                factor = RELATIONS.get(sym)
                if factor is None or target in scored:
                    continue
                c = conf * abs(factor)
                if c >= MIN_CONFIDENCE:
                    incoming[target].append((score * (1 if factor > 0 else -1), c))
                    if sym == "+" and target[0] == "n":
                        derived_nouns.add(target)
        frontier = {}
        for syn, votes in incoming.items():
            w = sum(c for _, c in votes)
            frontier[syn] = (sum(s * c for s, c in votes) / w, max(c for _, c in votes))
        scored.update(frontier)
    return scored, derived_nouns


def word_valences(index, scored, derived_nouns, things):
    """{lemma: (valence, pos)} from sense-frequency-weighted synset scores."""
    out = {}
    for pos, table in index.items():
        for lemma, senses in table.items():
            if "_" in lemma and lemma.count("_") > 2:
                continue
            if not re.fullmatch(r"[a-z][a-z'_-]*", lemma):
                continue
            top = senses[:2]
            if lemma in FUNCTION_WORDS or len(lemma) < 3:
                continue
            if not any(s in scored for s in top):
                continue  # the common senses carry no sentiment
            total = weight = 0.0
            for rank, syn in enumerate(senses[: len(SENSE_READ_WEIGHT)]):
                w = SENSE_READ_WEIGHT[rank]
                score, conf = scored.get(syn, (0.0, 1.0))
                # A noun shares a synset with seeds of very different tone ("summit" with
                # "peak"); only nouns formed from a scored word ("cruelty") are trusted.
                # Nouns that name things carry no tone (NEUTRAL_NOUN_FILES).
                if pos == "noun" and (syn not in derived_nouns or syn in things):
                    score = 0.0
                total += w * score * conf
                weight += w
            v = total / weight
            term = lemma.replace("_", " ")
            if term not in out or abs(v) > abs(out[term][0]):
                out[term] = (v, POS_NAMES[pos])
    return out


def parse_prefix_exceptions():
    """Words that look like a negative prefix plus a scored word but are not its opposite."""
    out = set()
    with open(os.path.join(HERE, PREFIX_EXCLUDED_FILE), encoding="utf-8") as f:
        for line in f:
            out.update(w.lower() for w in line.split("#", 1)[0].split())
    return out


def prefix_negations(entries, index, excluded):
    """{word: (valence, pos, base)} for words of WordNet formed by a negative prefix and a base
    word that has a lexicon entry and shares a part of speech with it. Seeds keep their score;
    a WordNet-derived entry is replaced only when the prefix gives the same sign more strongly
    (the propagation often reaches such words weakly, through one antonym link)."""
    pos_of = collections.defaultdict(set)
    for pos, table in index.items():
        for lemma in table:
            pos_of[lemma].add(POS_NAMES[pos])
    out = {}
    for word, word_pos in pos_of.items():
        if not word.isalpha() and not word.startswith("non-") or word in excluded:
            continue
        for prefix in NEGATIVE_PREFIXES:
            base = word[len(prefix):]
            if not word.startswith(prefix) or len(base) < PREFIX_MIN_BASE or not base.isalpha():
                continue
            # "im-" stands before b, m, p; "il-" before l; "ir-" before r (English spelling).
            if prefix == "im" and base[0] not in "bmp" or prefix == "il" and base[0] != "l" \
                    or prefix == "ir" and base[0] != "r":
                continue
            entry = entries.get(base)
            common = word_pos & pos_of.get(base, set())
            if entry is None or not common or base in FUNCTION_WORDS:
                continue
            v = entry[0]
            v = v * (PREFIX_FROM_POSITIVE if v > 0 else PREFIX_FROM_NEGATIVE)
            if abs(v) < MIN_VALENCE:
                break
            old = entries.get(word)
            if old is not None and (old[3] == "seed" or old[0] * v < 0 or abs(old[0]) >= abs(v)):
                break
            pos = entry[1] if entry[1] in common else sorted(common)[0]
            out[word] = (max(-4.0, min(4.0, v)), pos, base)
            break
    return out


def tag_counts(wn):
    """{lemma: sense-tagged occurrences in SemCor} from cntlist.rev (a frequency proxy)."""
    counts = collections.Counter()
    with open(os.path.join(wn, "cntlist.rev"), encoding="latin-1") as f:
        for line in f:
            p = line.split()
            counts[p[0].split("%")[0].replace("_", " ")] += int(p[2])
    return counts


def read_exceptions(wn):
    """{lemma: [irregular inflected forms]} from noun.exc, verb.exc, adj.exc."""
    forms = collections.defaultdict(list)
    for pos in ("noun", "verb", "adj"):
        with open(os.path.join(wn, pos + ".exc"), encoding="latin-1") as f:
            for line in f:
                p = line.split()
                for lemma in p[1:]:
                    forms[lemma].append(p[0])
    return forms


VOWELS = set("aeiou")


def double_final(word):
    """Whether a verb doubles its last consonant before -ed/-ing (stop -> stopped)."""
    return (len(word) >= 3 and len(word) <= 5 and word[-1] not in VOWELS | set("wxy")
            and word[-2] in VOWELS and word[-3] not in VOWELS)


def regular_forms(word, pos):
    if " " in word or "-" in word and pos != "n":
        return []
    if pos == "n":
        if word.endswith(("s", "x", "z", "ch", "sh")):
            return [word + "es"]
        if word.endswith("y") and len(word) > 2 and word[-2] not in VOWELS:
            return [word[:-1] + "ies"]
        return [word + "s"]
    if pos == "v":
        out = []
        if word.endswith(("s", "x", "z", "ch", "sh")):
            out.append(word + "es")
        elif word.endswith("y") and word[-2:-1] and word[-2] not in VOWELS:
            out.append(word[:-1] + "ies")
        else:
            out.append(word + "s")
        if word.endswith("e"):
            out += [word + "d", word[:-1] + "ing"]
        elif word.endswith("y") and word[-2:-1] and word[-2] not in VOWELS:
            out += [word[:-1] + "ied", word + "ing"]
        elif double_final(word):
            out += [word + word[-1] + "ed", word + word[-1] + "ing"]
        else:
            out += [word + "ed", word + "ing"]
        return out
    if pos == "a":
        return adjective_forms(word)
    return []


def adjective_forms(word):
    """Comparatives and superlatives of short adjectives, and the adverb in -ly of any."""
    out = []
    if word.endswith("le") and len(word) > 3:
        out.append(word[:-1] + "y")          # terrible -> terribly
    elif word.endswith("y") and len(word) > 3 and word[-2] not in VOWELS:
        out.append(word[:-1] + "ily")        # happy -> happily
    elif word.endswith("ic"):
        out.append(word + "ally")            # tragic -> tragically
    elif not word.endswith(("ly", "ed", "ing")):
        out.append(word + "ly")              # brutal -> brutally
    if len(word) <= 6 and not word.endswith(("ed", "ing")):
        if word.endswith("e"):
            out += [word + "r", word + "st"]
        elif word.endswith("y") and word[-2:-1] and word[-2] not in VOWELS:
            out += [word[:-1] + "ier", word[:-1] + "iest"]
        else:
            out += [word + "er", word + "est"]
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--wordnet", default="/usr/share/wordnet")
    ap.add_argument("--out", default=os.path.join(HERE, "..", "data"))
    ap.add_argument("--list-prefix", action="store_true",
                    help="list the negative-prefix words and their bases on stderr")
    args = ap.parse_args()

    seeds = parse_seeds()
    neutral = parse_neutral()
    for term in neutral & set(seeds):
        del seeds[term]
    index = read_index(args.wordnet)
    synsets, things = read_data(args.wordnet)
    labels = seed_synsets(seeds, index)
    # Neutral words pin their common senses to 0, so the propagation does not run through them.
    for syn, votes in seed_synsets({t: (0.0, "") for t in neutral}, index).items():
        labels[syn].extend(votes)
    scored, derived_nouns = propagate(labels, synsets)
    derived = word_valences(index, scored, derived_nouns, things)
    for term in neutral:
        derived.pop(term, None)

    exceptions = read_exceptions(args.wordnet)
    frequency = tag_counts(args.wordnet)
    participles = {}
    for verb in index["verb"]:
        for form in regular_forms(verb, "v") + exceptions.get(verb, []):
            if form.endswith(("ed", "ing", "en")) or form in exceptions.get(verb, []):
                participles.setdefault(form, verb)

    entries = {}
    for term, (score, domain) in seeds.items():
        pos = "x"
        lemma = term.replace(" ", "_")
        for p, code in POS_NAMES.items():
            if lemma in index[p]:
                pos = code
                break
        entries[term] = (score, pos, domain, "seed")
    for term, (v, pos) in derived.items():
        if term in entries or abs(v) < MIN_VALENCE or frequency[term] > FREQUENT_TAGS:
            continue
        if term in participles and participles[term] not in seeds and \
                abs(derived.get(participles[term], (0.0, ""))[0]) < MIN_VALENCE:
            continue
        entries[term] = (max(-4.0, min(4.0, v)), pos, "general", "wordnet")

    negations = prefix_negations(entries, index, parse_prefix_exceptions())
    if args.list_prefix:  # for the hand check behind prefix_exceptions.txt
        for word, (v, _pos, base) in sorted(negations.items()):
            before = entries.get(word)
            print(f"{word}\t{v:+.1f}\tfrom {base}\t"
                  f"(was {'none' if before is None else f'{before[0]:+.1f}'})", file=sys.stderr)
    for word, (v, pos, _base) in negations.items():
        entries[word] = (v, pos, "general", "wordnet")  # derived, like the propagated entries

    # Inflections: for each single-word entry, the forms of every part of speech it has in
    # WordNet whose senses are not a small minority of the word's senses.
    inflections = {}
    for term in entries:
        if " " in term or not term[0].isalpha():
            continue
        counts = {code: len(index[p].get(term, [])) for p, code in POS_NAMES.items()}
        top = max(counts.values()) if counts else 0
        pos_list = [c for c, n in counts.items() if n > 0 and 3 * n >= top]
        if not pos_list:
            pos_list = [entries[term][1]]
        forms = set(exceptions.get(term, []))
        for pos in pos_list:
            forms.update(regular_forms(term, pos))
        for form in forms:
            if form != term and form not in entries and form not in inflections:
                inflections[form] = term

    os.makedirs(args.out, exist_ok=True)
    with open(os.path.join(args.out, "lexicon.tsv"), "w", encoding="utf-8") as f:
        f.write("# Generated by tools/build_lexicon.py from the seed files and WordNet 3.0; do "
                "not edit by hand.\n# term\tvalence (-4..+4)\tpos (n v a r, x = expression)\t"
                "domain\torigin (seed | wordnet)\n")
        for term in sorted(entries):
            score, pos, domain, origin = entries[term]
            f.write(f"{term}\t{score:.1f}\t{pos}\t{domain}\t{origin}\n")
    with open(os.path.join(args.out, "inflections.tsv"), "w", encoding="utf-8") as f:
        f.write("# Generated by tools/build_lexicon.py: inflected form\tlexicon entry it takes its "
                "valence from.\n")
        for form in sorted(inflections):
            f.write(f"{form}\t{inflections[form]}\n")

    by_origin = collections.Counter(e[3] for e in entries.values())
    multi = sum(1 for t in entries if " " in t)
    print(f"lexicon: {len(entries)} entries ({by_origin['seed']} seeds, "
          f"{by_origin['wordnet']} from WordNet, {len(negations)} of them "
          f"negative-prefix words, {multi} multi-word); "
          f"{len(inflections)} inflected forms", file=sys.stderr)


if __name__ == "__main__":
    main()
