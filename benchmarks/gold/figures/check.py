"""Validate en.jsonl / fr.jsonl of the figures gold set and print counts.
Usage: python3 check.py   (exit status 1 if any error)"""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CATEGORIES = {"killed", "wounded", "displaced", "trapped", "fighters", "troops", "arrested",
              "missing", "protesters", "cases", "affected", "hostages", "other"}
HEDGES = {"exact", "more_than", "at_least", "about", "up_to", "nearly", "fewer_than", "vague"}
KEYS = ["id", "text", "language", "published", "outlet", "figures"]
FKEYS = ["start", "end", "value", "low", "high", "category", "counted", "hedge",
         "attributed_to", "date"]
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
errors, warnings = [], []


def err(rid, msg):
    errors.append(f"{rid}: {msg}")


def check(lang):
    path = os.path.join(HERE, f"{lang}.jsonl")
    recs = [json.loads(l) for l in open(path, encoding="utf-8") if l.strip()]
    ids = set()
    for r in recs:
        rid = r.get("id")
        if list(r) != KEYS:
            err(rid, f"keys {list(r)}")
        if rid in ids:
            err(rid, "duplicate id")
        ids.add(rid)
        if not re.fullmatch(r".+#\d+", rid or ""):
            err(rid, "id must end in #<n>")
        t = r["text"]
        if t != t.strip() or not t:
            err(rid, "text not trimmed / empty")
        if r["language"] != lang:
            err(rid, "language")
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", r["published"]):
            err(rid, "published")
        prev_end = -1
        for f in r["figures"]:
            if list(f) != FKEYS:
                err(rid, f"figure keys {list(f)}")
                continue
            s, e = f["start"], f["end"]
            if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(t)):
                err(rid, f"bad offsets {s},{e}")
                continue
            span = t[s:e]
            if span != span.strip():
                err(rid, f"span has outer whitespace {span!r}")
            if s < prev_end:
                err(rid, f"overlapping / unsorted spans at {span!r}")
            prev_end = e
            if (s > 0 and t[s - 1].isalnum()) or (e < len(t) and t[e].isalnum()):
                err(rid, f"span {span!r} cuts a word")
            if f["category"] not in CATEGORIES:
                err(rid, f"category {f['category']!r}")
            if f["hedge"] not in HEDGES:
                err(rid, f"hedge {f['hedge']!r}")
            v, lo, hi = f["value"], f["low"], f["high"]
            if v is not None:
                if lo is not None or hi is not None:
                    err(rid, f"{span!r}: value and range both set")
                if not isinstance(v, (int, float)) or v <= 0:
                    err(rid, f"{span!r}: value {v!r}")
                if f["hedge"] == "vague":
                    err(rid, f"{span!r}: vague hedge with a single value")
            else:
                if lo is None or hi is None or not lo < hi:
                    err(rid, f"{span!r}: need low < high when value is null")
            if re.fullmatch(r"[\d.,  ]+", span) and v is not None:
                digits = re.sub(r"[^\d]", "", span)
                if float(digits) != v and not re.search(r"[.,]\d{1,2}$", span):
                    warnings.append(f"{rid}: {span!r} vs value {v}")
            if not isinstance(f["counted"], str) or not f["counted"]:
                err(rid, f"{span!r}: counted empty")
            elif not f["counted"].startswith("[") and f["counted"] not in t:
                warnings.append(f"{rid}: counted {f['counted']!r} not in text")
            a = f["attributed_to"]
            if a is not None and a not in t:
                err(rid, f"attributed_to {a!r} not a substring of text")
            d = f["date"]
            if d is not None and not DATE.match(d):
                err(rid, f"date {d!r}")
    return recs


def summary(lang, recs):
    figs = [f for r in recs for f in r["figures"]]
    empty = [r for r in recs if not r["figures"]]
    nonum = [r for r in empty if not re.search(r"\d", r["text"])]
    print(f"== {lang}: {len(recs)} records, {len(figs)} figures, {len(empty)} empty records "
          f"({len(empty) - len(nonum)} with digits, {len(nonum)} without any digit)")
    topic = collections.Counter(r["id"].split("_")[0] if lang == "en" else r["id"].split("/")[1]
                                for r in recs)
    print("   topics :", dict(topic.most_common()))
    if lang == "en":
        print("   outlets:", dict(collections.Counter(r["outlet"] for r in recs).most_common()))
    print("   category:", dict(collections.Counter(f["category"] for f in figs).most_common()))
    print("   hedge   :", dict(collections.Counter(f["hedge"] for f in figs).most_common()))
    print(f"   attributed: {sum(f['attributed_to'] is not None for f in figs)}, "
          f"dated: {sum(f['date'] is not None for f in figs)}, "
          f"ranges/vague (value null): {sum(f['value'] is None for f in figs)}, "
          f"records with >1 figure: {sum(len(r['figures']) > 1 for r in recs)}")
    return figs


allfigs = []
for lang in ("en", "fr"):
    allfigs += summary(lang, check(lang))
print("== total:", len(allfigs), "figures;",
      dict(collections.Counter(f["category"] for f in allfigs).most_common()))
for w in warnings:
    print("warning:", w)
for e in errors:
    print("ERROR:", e)
print("OK" if not errors else f"{len(errors)} errors")
sys.exit(1 if errors else 0)
