"""Turn the hand-written annotation files (annotations_en.txt / annotations_fr.txt)
into en.jsonl / fr.jsonl.  It only looks up the sentence text and resolves the
hand-written span strings to character offsets; every figure and field value is
written by hand in the annotation files.

Annotation format:
  R <record id>
  F <span>[@k] | <value or rLOW-HIGH> | <category> | <counted> | <hedge> | <attributed_to or -> | <date or ->
"@k" selects the k-th occurrence of the span string in the sentence (default 1).
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
T17 = "/work/shared/corpora/t17"
FR = "/work/shared/corpora/ml-crisis"

_en_cache = {}


def en_record(rid):
    art, n = rid.rsplit("#", 1)
    topic = art.split("_", 1)[0]
    if topic not in _en_cache:
        d = {}
        with open(os.path.join(T17, topic, "articles.jsonl")) as f:
            for line in f:
                a = json.loads(line)
                d[a["id"]] = a
        _en_cache[topic] = d
    a = _en_cache[topic][art]
    text = a["text"].split("\n")[int(n)].strip()
    return text, a["time"], a["source"]


SPLIT = re.compile(r"(?<=[.!?])\s+(?=[«\"A-ZÀ-ÖØ-Þ0-9])")


def fr_sentences(path):
    """Sentences of a French page: each line, split after . ! ? before an
    upper-case letter, digit or opening quote; trimmed; empty pieces dropped."""
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f.read().split("\n"):
            for s in SPLIT.split(line):
                s = s.strip()
                if s:
                    out.append(s)
    return out


def fr_record(rid):
    rel, n = rid.rsplit("#", 1)
    text = fr_sentences(os.path.join(FR, rel))[int(n)]
    published = rel.split("/")[2]
    return text, published, None


def parse(path):
    recs = []
    for ln, line in enumerate(open(path, encoding="utf-8"), 1):
        line = line.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("R "):
            recs.append({"id": line[2:].strip(), "figs": []})
        elif line.startswith("F "):
            parts = [p.strip() for p in line[2:].split(" | ")]
            assert len(parts) == 7, (path, ln, line)
            recs[-1]["figs"].append((ln, parts))
        else:
            raise SystemExit(f"{path}:{ln}: bad line {line!r}")
    return recs


def nth(text, s, k):
    """Start of the k-th whole-word occurrence of s in text (-1 if none)."""
    i, found = -1, 0
    while True:
        i = text.find(s, i + 1)
        if i < 0:
            return -1
        before = text[i - 1] if i > 0 else " "
        after = text[i + len(s)] if i + len(s) < len(text) else " "
        if not before.isalnum() and not after.isalnum():
            found += 1
            if found == k:
                return i


def build(lang):
    recs = parse(os.path.join(HERE, f"annotations_{lang}.txt"))
    seen = set()
    out = []
    for r in recs:
        assert r["id"] not in seen, r["id"]
        seen.add(r["id"])
        text, pub, outlet = (en_record if lang == "en" else fr_record)(r["id"])
        figs = []
        for ln, (span, val, cat, counted, hedge, attr, date) in r["figs"]:
            k = 1
            m = re.fullmatch(r"(.*)@(\d+)", span)
            if m:
                span, k = m.group(1), int(m.group(2))
            start = nth(text, span, k)
            if start < 0:
                raise SystemExit(f"line {ln}: span {span!r} not in {text!r}")
            if val.startswith("r"):
                lo, hi = val[1:].split("-")
                value, low, high = None, float(lo), float(hi)
            else:
                value, low, high = float(val), None, None
            num = lambda x: None if x is None else (int(x) if x == int(x) else x)
            figs.append({"start": start, "end": start + len(span), "value": num(value),
                         "low": num(low), "high": num(high), "category": cat,
                         "counted": counted, "hedge": hedge,
                         "attributed_to": None if attr == "-" else attr,
                         "date": None if date == "-" else date})
        figs.sort(key=lambda f: f["start"])
        out.append({"id": r["id"], "text": text, "language": lang, "published": pub,
                    "outlet": outlet, "figures": figs})
    with open(os.path.join(HERE, f"{lang}.jsonl"), "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    print(lang, len(out), "records", sum(len(o["figures"]) for o in out), "figures")


if __name__ == "__main__":
    for lang in sys.argv[1:] or ["en", "fr"]:
        if os.path.exists(os.path.join(HERE, f"annotations_{lang}.txt")):
            build(lang)
