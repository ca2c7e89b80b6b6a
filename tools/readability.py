#!/usr/bin/env python3
"""Flesch-Kincaid grade for Lantern guide Markdown files.

Algorithm (the web test uses the same one):
- strip the YAML front matter (between the first two '---' lines);
- remove Markdown link targets (keep the link text), emphasis markers, and heading/list markers;
- each heading line and each list item counts as its own sentence; otherwise sentences end at . ! ?
- words are runs of letters/digits/apostrophes; hyphenated words count as one word;
- syllables per word = number of groups of consecutive vowels [aeiouy] in the lowercased word,
  minus 1 if the word ends in 'e' but not 'le' and has more than one group; minimum 1;
- grade = 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59.

Usage: python3 tools/readability.py FILE... [--max 9.0]
Prints slug, words, sentences, grade; exits 1 if any file is above --max.

Ambiguity note: "each list item counts as its own sentence" could mean a list item is exactly one
sentence, or that it starts a new sentence and may still contain several. We compute both and
report the higher (stricter) grade, so content that passes here passes either reading.
"""
import re
import sys
from pathlib import Path

WORD_RE = re.compile(r"[A-Za-z0-9']+(?:-[A-Za-z0-9']+)*")
VOWELS_RE = re.compile(r"[aeiouy]+")
LINK_RE = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
HEADING_RE = re.compile(r"^\s{0,3}#{1,6}\s+")
LIST_RE = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")
QUOTE_RE = re.compile(r"^\s*>\s?")


def strip_front_matter(text: str) -> str:
    lines = text.splitlines()
    if lines and lines[0].strip() == "---":
        for i in range(1, len(lines)):
            if lines[i].strip() == "---":
                return "\n".join(lines[i + 1:])
    return text


def syllables(word: str) -> int:
    w = word.lower()
    groups = len(VOWELS_RE.findall(w))
    if w.endswith("e") and not w.endswith("le") and groups > 1:
        groups -= 1
    return max(groups, 1)


def words_in(text: str) -> list[str]:
    return WORD_RE.findall(text)


def clean_inline(line: str) -> str:
    line = LINK_RE.sub(r"\1", line)
    line = re.sub(r"[*_`]", "", line)
    return line


def segments(body: str, list_item_single: bool) -> list[str]:
    """Return a list of sentences (strings)."""
    sentences: list[str] = []
    para: list[str] = []

    def split_text(t: str) -> list[str]:
        return [p for p in re.split(r"[.!?]+", t) if words_in(p)]

    def flush_para():
        if para:
            sentences.extend(split_text(" ".join(para)))
            para.clear()

    current_item: list[str] | None = None

    def flush_item():
        nonlocal current_item
        if current_item is not None:
            t = " ".join(current_item)
            if list_item_single:
                if words_in(t):
                    sentences.append(t)
            else:
                sentences.extend(split_text(t))
            current_item = None

    for raw in body.splitlines():
        line = QUOTE_RE.sub("", raw)
        if not line.strip():
            flush_para()
            flush_item()
            continue
        if HEADING_RE.match(line):
            flush_para()
            flush_item()
            t = clean_inline(HEADING_RE.sub("", line))
            if words_in(t):
                sentences.append(t)
            continue
        if LIST_RE.match(line):
            flush_para()
            flush_item()
            current_item = [clean_inline(LIST_RE.sub("", line))]
            continue
        if current_item is not None and raw.startswith((" ", "\t")):
            current_item.append(clean_inline(line.strip()))
            continue
        flush_item()
        para.append(clean_inline(line.strip()))
    flush_para()
    flush_item()
    return sentences


def grade_for(body: str, list_item_single: bool) -> tuple[float, int, int, int]:
    sents = segments(body, list_item_single)
    words = [w for s in sents for w in words_in(s)]
    n_w = len(words)
    n_s = len(sents)
    n_syl = sum(syllables(w) for w in words)
    if n_w == 0 or n_s == 0:
        return 0.0, n_w, n_s, n_syl
    g = 0.39 * (n_w / n_s) + 11.8 * (n_syl / n_w) - 15.59
    return g, n_w, n_s, n_syl


def analyse(path: Path) -> dict:
    body = strip_front_matter(path.read_text(encoding="utf-8"))
    g1, w1, s1, _ = grade_for(body, list_item_single=False)
    g2, w2, s2, _ = grade_for(body, list_item_single=True)
    return {"file": path.name, "words": w1, "sentences": s1, "grade": g1,
            "grade_strict": g2, "sentences_strict": s2}


def long_sentences(path: Path, limit: int = 22) -> list[str]:
    body = strip_front_matter(path.read_text(encoding="utf-8"))
    return [s.strip() for s in segments(body, False) if len(words_in(s)) > limit]


def main(argv: list[str]) -> int:
    max_grade = 9.0
    files = []
    verbose = False
    i = 0
    while i < len(argv):
        if argv[i] == "--max":
            max_grade = float(argv[i + 1])
            i += 2
            continue
        if argv[i] == "-v":
            verbose = True
        else:
            files.append(Path(argv[i]))
        i += 1
    failed = False
    for f in files:
        r = analyse(f)
        worst = max(r["grade"], r["grade_strict"])
        mark = "OK " if worst <= max_grade else "FAIL"
        if worst > max_grade:
            failed = True
        print(f"{mark} {r['file']:<48} words={r['words']:>5} sentences={r['sentences']:>4} "
              f"grade={r['grade']:.2f} strict={r['grade_strict']:.2f}")
        if verbose:
            for s in long_sentences(f):
                print("    long:", s)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
