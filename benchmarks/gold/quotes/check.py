"""Validate en.jsonl / fr.jsonl of the quotation gold set and print counts.

Checks: schema, offsets inside the text, non-empty spans without surrounding
whitespace, speaker string == text[speaker_start:speaker_end], direct quotes
sitting next to a quotation mark (or a line break for displayed quotes), no
partial overlap between quotes, and (when the corpora are present) that each
passage is an exact copy of the source lines / file text it names.
Exit status 1 on any error.
"""
import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
T17 = '/work/shared/corpora/t17'
FRDIR = '/work/shared/corpora/ml-crisis'
KEYS = {'id', 'text', 'language', 'published', 'outlet', 'quotes'}
QKEYS = {'start', 'end', 'kind', 'speaker', 'speaker_start', 'speaker_end', 'cue', 'group', 'pronoun'}
OPEN = ('``', '"', '«', '“', '`')
CLOSE = ("''", '"', '»', '”', "'")

errors = []
def err(pid, msg):
    errors.append('%s: %s' % (pid, msg))

_t17 = {}
def t17_article(aid):
    topic = aid.split('_')[0]
    if topic not in _t17:
        _t17[topic] = {}
        p = os.path.join(T17, topic, 'articles.jsonl')
        if os.path.exists(p):
            for line in open(p):
                d = json.loads(line)
                _t17[topic][d['id']] = d['text']
    return _t17[topic].get(aid)

def check_source(r):
    src, first = r['id'].rsplit('#', 1)
    first = int(first)
    if r['language'] == 'en':
        art = t17_article(src)
        if art is None:
            return
        lines = [l.rstrip() for l in art.split('\n')]
        n = r['text'].count('\n') + 1
        if '\n'.join(lines[first - 1:first - 1 + n]) != r['text']:
            err(r['id'], 'text is not lines %d..%d of the article' % (first, first + n - 1))
        if not 2 <= n <= 6:
            err(r['id'], 'passage has %d lines' % n)
    else:
        p = os.path.join(FRDIR, src)
        if not os.path.exists(p):
            return
        lines = open(p, encoding='utf-8').read().split('\n')
        if r['text'] not in '\n'.join(lines[first - 1:]) or r['text'].split('\n')[0] not in lines[first - 1]:
            err(r['id'], 'text is not a substring of the file from line %d' % first)

def main():
    stats = {}
    all_groups = collections.defaultdict(set)
    for lang in ('en', 'fr'):
        path = os.path.join(HERE, lang + '.jsonl')
        rows = [json.loads(l) for l in open(path, encoding='utf-8')]
        c = collections.Counter()
        for r in rows:
            pid = r.get('id')
            if set(r) != KEYS:
                err(pid, 'keys %s' % sorted(set(r) ^ KEYS))
                continue
            if r['language'] != lang:
                err(pid, 'language')
            t = r['text']
            check_source(r)
            c['passages'] += 1
            if not r['quotes']:
                c['empty passages'] += 1
            spans = []
            for q in r['quotes']:
                if set(q) != QKEYS:
                    err(pid, 'quote keys %s' % sorted(set(q) ^ QKEYS)); continue
                s, e = q['start'], q['end']
                if not (0 <= s < e <= len(t)):
                    err(pid, 'bad span %r' % ((s, e),)); continue
                span = t[s:e]
                if span != span.strip():
                    err(pid, 'span has outer whitespace: %r' % span)
                if q['kind'] not in ('direct', 'reported'):
                    err(pid, 'kind %r' % q['kind'])
                if q['kind'] == 'direct':
                    before, after = t[:s].rstrip(' '), t[e:].lstrip(' ,')
                    if not (before.endswith(OPEN) or before.endswith('\n') or before.endswith(':') or s == 0):
                        err(pid, 'direct quote not after an opening mark: %r' % span[:40])
                    if not (after.startswith(CLOSE) or after.startswith('\n') or after == ''):
                        err(pid, 'direct quote not before a closing mark: %r' % span[-40:])
                if q['speaker'] is None:
                    if q['speaker_start'] is not None or q['speaker_end'] is not None:
                        err(pid, 'null speaker with offsets')
                else:
                    ss, se = q['speaker_start'], q['speaker_end']
                    if ss is None or t[ss:se] != q['speaker']:
                        err(pid, 'speaker offsets do not give %r' % q['speaker'])
                    elif s <= ss < e:
                        err(pid, 'speaker inside quote %r' % q['speaker'])
                if not q['cue'] or q['cue'].lower() not in t.lower():
                    err(pid, 'cue %r not in text' % q['cue'])
                for (s2, e2) in spans:
                    if s < e2 and s2 < e and not (s2 <= s and e <= e2) and not (s <= s2 and e2 <= e):
                        err(pid, 'partially overlapping quotes')
                spans.append((s, e))
                c['quotes'] += 1
                c[q['kind']] += 1
                if q['pronoun']:
                    c['pronoun speakers'] += 1
                if q['speaker'] is None:
                    c['null speakers'] += 1
                if q['group']:
                    c['grouped quotes'] += 1
                    all_groups[q['group']].add(pid.split('#')[0])
        stats[lang] = c
    multi = {g: a for g, a in all_groups.items() if len(a) >= 2}
    for lang in ('en', 'fr'):
        c = stats[lang]
        print('%s: %d passages (%d without quotes), %d quotes (%d direct, %d reported), '
              '%d pronoun speakers, %d null speakers, %d grouped quotes'
              % (lang, c['passages'], c['empty passages'], c['quotes'], c['direct'], c['reported'],
                 c['pronoun speakers'], c['null speakers'], c['grouped quotes']))
    single = sorted(set(all_groups) - set(multi))
    print('groups: %d, of which %d span 2+ articles; cross-language: %s'
          % (len(all_groups), len(multi),
             ', '.join(sorted(g for g, a in all_groups.items()
                              if any(x.startswith('ml-crisis') for x in a) and any(not x.startswith('ml-crisis') for x in a)))))
    if single:
        err('groups', 'groups found in only one article: %s' % ', '.join(single))
    for e in errors:
        print('ERROR', e)
    print('OK' if not errors else '%d errors' % len(errors))
    return 1 if errors else 0

if __name__ == '__main__':
    sys.exit(main())
