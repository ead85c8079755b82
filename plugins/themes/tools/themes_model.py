"""The themes plugin's scoring, mirrored in Python for fitting learned weights.

Reads the same taxonomy files as the plugin, stems with the same Snowball English stemmer
(Debian's libstemmer, loaded through ctypes so that only the standard library is needed) and
matches cues the same way: longest cue first at each token, scores summed per theme and rolled
up to the top-level theme. The tokenizer approximates the host's segmenter closely enough for
headlines (lower case, typographic apostrophes made plain, clitics split off).
"""

import ctypes
import ctypes.util
import re

_CLITICS = ("'s", "n't", "'re", "'ve", "'ll", "'m", "'d")
_WORD = re.compile(r"(?:[a-z]\.){2,}|[a-z0-9]+(?:[-'][a-z0-9]+)*|[^\sa-z0-9]")


class Stemmer:
    """Snowball English through libstemmer, with a cache (stemming is the slow part)."""

    def __init__(self):
        name = ctypes.util.find_library("stemmer") or "libstemmer.so.0d"
        try:
            lib = ctypes.CDLL(name)
        except OSError as e:
            raise SystemExit(f"libstemmer not found ({e}); install libstemmer0d") from e
        lib.sb_stemmer_new.restype = ctypes.c_void_p
        lib.sb_stemmer_new.argtypes = [ctypes.c_char_p, ctypes.c_char_p]
        lib.sb_stemmer_stem.restype = ctypes.POINTER(ctypes.c_ubyte)
        lib.sb_stemmer_stem.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
        lib.sb_stemmer_length.restype = ctypes.c_int
        lib.sb_stemmer_length.argtypes = [ctypes.c_void_p]
        self._lib = lib
        self._handle = lib.sb_stemmer_new(b"english", b"UTF_8")
        self._cache = {}

    def __call__(self, word):
        s = self._cache.get(word)
        if s is None:
            b = word.encode("utf-8")
            p = self._lib.sb_stemmer_stem(self._handle, b, len(b))
            n = self._lib.sb_stemmer_length(self._handle)
            s = bytes(p[:n]).decode("utf-8", "replace")
            self._cache[word] = s
        return s


def normalise(text):
    """Lower case with plain apostrophes, quotes and dashes, as the host's normalised forms."""
    t = text.lower()
    for a, b in (("\u2019", "'"), ("\u2018", "'"), ("\u201c", '"'), ("\u201d", '"'),
                 ("\u2013", "-"), ("\u2014", "-")):
        t = t.replace(a, b)
    return t


def tokens(text):
    """Normalised word and punctuation tokens, clitics split off as their own tokens."""
    out = []
    for w in _WORD.findall(normalise(text)):
        for c in _CLITICS:
            if len(w) > len(c) and w.endswith(c):
                out.append(w[: -len(c)])
                out.append(c)
                break
        else:
            out.append(w)
    return out


class Taxonomy:
    """theme and cue lines of a taxonomy file (the plugin's format; see the plugin README)."""

    def __init__(self, path, stem):
        self.parent = {}
        self.label = {}
        self.cap = {}
        self.cues = {}  # tuple of stems -> list of (theme, weight)
        with open(path, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                line = line.rstrip("\n")
                if not line.strip() or line.startswith("#"):
                    continue
                fields = line.split("\t")
                if fields[0] == "theme":
                    tid, parent, label = fields[1], fields[2], fields[3]
                    self.parent[tid] = None if parent == "-" else parent
                    self.label[tid] = label
                    for kv in fields[4:]:
                        k, _, v = kv.partition("=")
                        if k == "cap_code":
                            self.cap[tid] = int(v)
                elif fields[0] == "cue":
                    key = tuple(stem(w) for w in tokens(fields[3]))
                    self._add_cue(key, fields[1], float(fields[2]))
                else:
                    raise SystemExit(f"{path}:{n}: unknown record '{fields[0]}'")
        self.longest = max((len(k) for k in self.cues), default=0)

    def _add_cue(self, key, theme, weight):
        """Spellings of one cue that stem alike ("political", "politics") are one cue: a theme
        keeps the highest of their weights instead of counting the word once per spelling."""
        hits = self.cues.setdefault(key, [])
        for i, (t, w) in enumerate(hits):
            if t == theme:
                hits[i] = (t, max(w, weight))
                return
        hits.append((theme, weight))

    def major(self, tid):
        while self.parent.get(tid):
            tid = self.parent[tid]
        return tid

    def majors(self):
        return [t for t, p in self.parent.items() if p is None]

    def cue_scores(self, stems):
        """Per top-level theme, the sum of the weights of the cues matched (longest first), and
        the number of matches."""
        scores = {}
        matches = 0
        i = 0
        while i < len(stems):
            step = 1
            for n in range(min(self.longest, len(stems) - i), 0, -1):
                hit = self.cues.get(tuple(stems[i : i + n]))
                if hit:
                    for tid, w in hit:
                        m = self.major(tid)
                        scores[m] = scores.get(m, 0.0) + w
                    step = n
                    matches += 1
                    break
            i += step
        return scores, matches


def learned_fade(matches, fade):
    """How much learned weights count in a document with `matches` hand-written cue matches:
    fully where cues are scarce (headlines), little where they are plenty (articles), so that
    weights fitted on headlines back up sparse evidence without drowning a long text's cues."""
    return 1.0 if fade <= 0 else fade / (fade + matches)


def read_stop_words(path):
    words = set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line and not line.startswith("#"):
                words.add(line)
    return words
