#!/usr/bin/env python3
"""Checks label files against LABELLING.md (the labellers' tool): python3 tests/devset/validate_labels.py LABEL.tsv ...
(DUIZHAO names the built program, for the sentence numbers; default build/duizhao)
Prints every problem as file:line: message; exit 1 when any."""
import os, re, subprocess, sys

DEVSET = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "../data/devset"))
DUIZHAO = os.environ.get("DUIZHAO", os.path.join(DEVSET, "../../../build/duizhao"))
KINDS = {'count', 'money', 'percent', 'multiple', 'fraction', 'measure', 'duration', 'range'}
APPROX = {'', 'more', 'less', 'about'}
FAMILIES = {'persons', 'households', 'organisations', 'items', 'money', 'weight', 'area', 'length',
            'volume', 'power', 'energy', 'head', 'percent', 'multiple', 'places', 'duration', 'other'}
ROLES = {'actual', 'plan', 'earlier', 'change', 'share'}
DKINDS = {'value', 'scale', 'approximation_lost', 'approximation_added', 'invented_precision', 'date',
          'missing', 'added', 'untranslated', 'truncated'}


def metrics():
    text = open(os.path.join(DEVSET, 'LABELLING.md'), encoding='utf-8').read()
    part = text.split('## The taxonomy of metrics')[1].split('## Roles')[0]
    return set(re.findall(r'^\| `([a-z_]+)` \|', part, re.M))


def sentence_counts(article):
    out = subprocess.run([DUIZHAO, 'sentences', article], capture_output=True,
                         text=True).stdout
    n = {'zh': 0, 'en': 0}
    for line in out.splitlines():
        f = line.split('\t')
        if len(f) > 3 and f[1] in n:
            n[f[1]] = max(n[f[1]], int(f[2]) + 1)
    return n


def num(s):
    try:
        float(s)
        return True
    except ValueError:
        return False


def check(path, known_metrics):
    problems = []
    say = lambda ln, m: problems.append(f'{path}:{ln}: {m}')
    lines = open(path, encoding='utf-8', newline='').read().split('\n')
    if not lines or not lines[0].startswith('# article: '):
        say(1, 'first line must be "# article: rmrb/<month>/<file>.md"')
        return problems
    article = os.path.join(DEVSET, lines[0][len('# article: '):].strip())
    if not os.path.isfile(article):
        say(1, f'no such article {article}')
        return problems
    text = open(article, encoding='utf-8', newline='').read()
    hr = text.find('<hr />')
    figs, pairs, groups = {}, {}, {'zh': [], 'en': []}
    for ln, line in enumerate(lines, 1):
        if not line or line.startswith('#'):
            continue
        f = line.split('\t')
        if f[0] == 'F':
            if len(f) != 19:
                say(ln, f'F row has {len(f)} fields, want 19')
                continue
            _, fid, start, end, ftext, value, low, high, approx, kind, unit, family, counted, metric, \
                role, region, province, pair, note = f
            m = re.fullmatch(r'(zh|en)(\d+)', fid)
            if not m:
                say(ln, f'bad id {fid}')
                continue
            if fid in figs:
                say(ln, f'duplicate id {fid}')
            figs[fid] = ln
            lang = m.group(1)
            if not (start.isdigit() and end.isdigit()):
                say(ln, 'start/end must be integers')
            else:
                s, e = int(start), int(end)
                if text[s:e] != ftext:
                    say(ln, f'text {ftext!r} is not the file from {s} to {e} ({text[s:e]!r})')
                if (lang == 'zh') != (s > hr):
                    say(ln, f'{fid} lies in the other language\'s part')
            if kind not in KINDS:
                say(ln, f'kind {kind!r}')
            if kind == 'range':
                if value or not (num(low) and num(high)):
                    say(ln, 'a range has empty value and numeric low/high')
            elif not num(value) or low or high:
                say(ln, 'a figure that is not a range has a numeric value and empty low/high')
            if approx not in APPROX:
                say(ln, f'approx {approx!r}')
            if family not in FAMILIES:
                say(ln, f'family {family!r}')
            if metric not in known_metrics:
                say(ln, f'metric {metric!r} is not in the taxonomy')
            if role not in ROLES:
                say(ln, f'role {role!r}')
            if not counted:
                say(ln, 'counted is empty')
            if region and not province:
                say(ln, 'a region without a province')
            if pair:
                pairs[fid] = (pair, ln)
        elif f[0] == 'D':
            if len(f) != 6:
                say(ln, f'D row has {len(f)} fields, want 6')
                continue
            if f[1] not in DKINDS:
                say(ln, f'disagreement kind {f[1]!r}')
            for ids in (f[2], f[3]):
                for i in filter(None, ids.split(',')):
                    if i not in figs:
                        say(ln, f'{i} is not a figure id defined above')
        elif f[0] == 'A':
            if len(f) != 3:
                say(ln, f'A row has {len(f)} fields, want 3')
                continue
            for lang, ids in (('zh', f[1]), ('en', f[2])):
                for i in filter(None, ids.split(',')):
                    if not i.isdigit():
                        say(ln, f'bad sentence index {i!r}')
                    else:
                        groups[lang].append(int(i))
        else:
            say(ln, f'unknown record type {f[0]!r}')
    for fid, (pair, ln) in pairs.items():
        if pair not in figs:
            say(ln, f'pair {pair} does not exist')
        elif pairs.get(pair, (None,))[0] != fid:
            say(ln, f'{fid} pairs with {pair} but not the other way round')
        elif fid[:2] == pair[:2]:
            say(ln, 'a pair is in the other language')
    n = sentence_counts(article)
    for lang in ('zh', 'en'):
        got = sorted(groups[lang])
        if got != list(range(n[lang])):
            missing = sorted(set(range(n[lang])) - set(got))
            dup = sorted({i for i in got if got.count(i) > 1})
            say(0, f'A rows ({lang}): every sentence 0..{n[lang]-1} exactly once; missing {missing}, '
                   f'repeated {dup}, beyond {[i for i in got if i >= n[lang]]}')
    return problems


def main():
    known = metrics()
    problems = []
    for p in sys.argv[1:]:
        problems += check(p, known)
    print('\n'.join(problems) if problems else 'ok')
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
