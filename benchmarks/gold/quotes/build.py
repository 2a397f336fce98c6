"""Turn the hand-written annotations in spec_en.py / spec_fr.py into en.jsonl / fr.jsonl.

The spec files hold the human decisions (which passage, which spans are quotes,
kind, speaker, cue, group); this script only locates the typed strings in the
passage text and computes character offsets, failing loudly on any ambiguity.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
T17 = '/work/shared/corpora/t17'
FR = '/work/shared/corpora/ml-crisis/fr'

def split_occ(s):
    m = re.match(r'^(.*)@@(\d+)$', s, re.S)
    return (m.group(1), int(m.group(2))) if m else (s, None)

def find_nth(text, sub, n, what, pid):
    pos, hits = -1, []
    while True:
        pos = text.find(sub, pos + 1)
        if pos < 0:
            break
        hits.append(pos)
    if not hits:
        sys.exit('%s: %s not found: %r' % (pid, what, sub))
    if n is None:
        if len(hits) > 1 and what == 'quote':
            sys.exit('%s: quote ambiguous (%d hits): %r' % (pid, len(hits), sub))
        n = 0
    return hits[n]

def locate(text, q, pid):
    q, n = split_occ(q)
    if ' ~~ ' in q:
        a, b = q.split(' ~~ ')
        s = find_nth(text, a, n, 'quote', pid)
        e = text.find(b, s + len(a))
        if e < 0:
            sys.exit('%s: quote end not found: %r' % (pid, b))
        return s, e + len(b)
    s = find_nth(text, q, n, 'quote', pid)
    return s, s + len(q)

def make_quotes(text, qs, pid):
    out = []
    for t in qs:
        t = list(t) + [None] * (6 - len(t))
        q, kind, spk, cue, group, flags = t
        flags = flags or ''
        assert kind in ('direct', 'reported'), (pid, kind)
        s, e = locate(text, q, pid)
        if spk is None:
            ss = se = None
            name = None
        else:
            name, n = split_occ(spk)
            ss = find_nth(text, name, n, 'speaker', pid)
            se = ss + len(name)
        assert cue, (pid, q)
        if cue != '(none)':
            assert cue.lower() in text.lower() or cue.startswith('('), (pid, cue)
        out.append({'start': s, 'end': e, 'kind': kind, 'speaker': name,
                    'speaker_start': ss, 'speaker_end': se, 'cue': cue,
                    'group': group, 'pronoun': 'p' in flags})
    out.sort(key=lambda d: d['start'])
    return out

def build_en():
    from spec_en import PASSAGES
    need = {pid.split('_')[0] for pid, *_ in PASSAGES}
    arts = {}
    for topic in need:
        with open(os.path.join(T17, topic, 'articles.jsonl')) as f:
            for line in f:
                d = json.loads(line)
                arts[d['id']] = d
    rows = []
    for pid, first, last, qs in PASSAGES:
        d = arts[pid]
        lines = d['text'].split('\n')
        assert 1 <= first <= last <= len(lines) and 2 <= last - first + 1 <= 6, (pid, first, last)
        text = '\n'.join(l.rstrip() for l in lines[first - 1:last])
        rid = '%s#%d' % (pid, first)
        rows.append({'id': rid, 'text': text, 'language': 'en', 'published': d['time'],
                     'outlet': d['source'], 'quotes': make_quotes(text, qs, rid)})
    return rows

def build_fr():
    from spec_fr import PASSAGES
    rows = []
    for path, lineno, a, b, outlet, qs in PASSAGES:
        full = os.path.join(FR, path)
        with open(full, encoding='utf-8') as f:
            lines = f.read().split('\n')
        rest = '\n'.join(lines[lineno - 1:])
        s = rest.find(a)
        assert s >= 0 and s < len(lines[lineno - 1]), (path, lineno, a)
        e = rest.find(b, s)
        assert e >= 0, (path, b)
        text = rest[s:e + len(b)]
        rid = 'ml-crisis/fr/%s#%d' % (path, lineno)
        date = path.split('/')[1]
        rows.append({'id': rid, 'text': text, 'language': 'fr', 'published': date,
                     'outlet': outlet, 'quotes': make_quotes(text, qs, rid)})
    return rows

if __name__ == '__main__':
    sys.path.insert(0, HERE)
    for name, fn in (('en.jsonl', build_en), ('fr.jsonl', build_fr)):
        rows = fn()
        ids = [r['id'] for r in rows]
        assert len(ids) == len(set(ids)), 'duplicate passage id'
        with open(os.path.join(HERE, name), 'w', encoding='utf-8') as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + '\n')
        print(name, len(rows), 'passages', sum(len(r['quotes']) for r in rows), 'quotes')
