# scratch approximation of the .lex matcher, for checking fixtures; deleted after use
import re, sys, unicodedata, glob, os

LEXDIR = '/work/main/Lexicons'
FIX = '/work/main/Tests/VerbatimTests/Fixtures/Lexicons'

def fold(t):
    t = unicodedata.normalize('NFKD', t)
    return ''.join(c for c in t if not unicodedata.combining(c))

def norm_text(t):
    return (t.replace('\u2019', "'").replace('\u2018', "'").replace('\u201c', '"').replace('\u201d', '"')
             .replace('\u2013', '-').replace('\u2014', '-').replace('\u00a0', ' '))

TOK = re.compile(r"\w+(?:(?:['.]|(?<=\d),(?=\d))\w+)*", re.U)
NUM = re.compile(r"\d+(?:[.,]\d+)*$")

def tokenize(t):
    t = norm_text(t)
    out = []
    for m in TOK.finditer(t):
        w = m.group(0)
        if '_' in w:
            for p in w.split('_'):
                if p: out.append(p)
        else:
            out.append(w)
    return out

ABBR = {'u.s', 'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'sen', 'rep', 'st', 'no', 'u.n', 'u.k', 'jan', 'feb', 'aug', 'sept', 'oct', 'nov', 'dec', 'lt', 'col', 'gov', 'mio', 'mrd', 'dipl', 'ing', 'vs', 'e.g', 'i.e'}

def sentences(par):
    par = norm_text(par)
    parts = []
    start = 0
    for m in re.finditer(r'[.!?]["\')\]]*\s+(?=["\'(\[]?[A-Z0-9])', par):
        before = par[start:m.start()+1]
        lastword = re.findall(r"[\w.]+\.$", before)
        if lastword:
            lw = lastword[0][:-1].lower()
            if lw in ABBR or re.fullmatch(r'[a-z]', lw):
                continue
        parts.append(par[start:m.end()])
        start = m.end()
    parts.append(par[start:])
    return [p for p in parts if p.strip()]

class Item:
    def __init__(self, s):
        self.opt = False
        if s.endswith('?') and len(s) > 1:
            self.opt = True; s = s[:-1]
        self.kind = s if s in ('*', '<number>', '<Cap>', '<lower>') else 'lit'
        self.alts = [tokenize(a) for a in s.split('|')] if self.kind == 'lit' else None
        self.src = s

def parse_pat(p):
    return [Item(x) for x in p.split()]

def tok_eq(a, b, cs):
    if cs:
        return fold(a) == fold(b)
    return fold(a).lower() == fold(b).lower()

def match_at(items, toks, i, cs):
    """return set of end positions"""
    res = set()
    def rec(k, j):
        if k == len(items):
            res.add(j); return
        it = items[k]
        if it.opt:
            rec(k+1, j)
        if it.kind == '*':
            if j < len(toks): rec(k+1, j+1)
        elif it.kind == '<number>':
            if j < len(toks) and NUM.match(toks[j]): rec(k+1, j+1)
        elif it.kind == '<Cap>':
            if j < len(toks) and toks[j][0].isupper(): rec(k+1, j+1)
        elif it.kind == '<lower>':
            if j < len(toks) and toks[j][0].islower(): rec(k+1, j+1)
        else:
            for alt in it.alts:
                n = len(alt)
                if j + n <= len(toks) and all(tok_eq(alt[q], toks[j+q], cs) for q in range(n)):
                    rec(k+1, j+n)
    rec(0, i)
    return res

def cond_holds(c, toks, s, e, sent_toks, cs):
    m = re.match(r'(followed-by|preceded-by|in-sentence)\s+(.*?)(?:\s+within\s+(\d+))?$', c)
    kind, pat, within = m.group(1), m.group(2), m.group(3)
    items = parse_pat(pat)
    if kind == 'followed-by':
        rng = range(e, e + (int(within) + 1 if within else 1))
        return any(j <= len(toks) and match_at(items, toks, j, cs) for j in rng)
    if kind == 'preceded-by':
        w = int(within) if within else 0
        for end in range(s, s - w - 1, -1):
            for j in range(0, end + 1):
                if end in match_at(items, toks, j, cs):
                    return True
        return False
    if kind == 'in-sentence':
        return any(match_at(items, sent_toks, j, cs) for j in range(len(sent_toks)))

def load(path):
    pair = None; entries = []; cur = None; last = None
    for ln, line in enumerate(open(path, encoding='utf-8'), 1):
        line = line.rstrip('\n')
        if line.startswith('#') or not line.strip():
            continue
        if line.startswith('  ') and last is not None:
            last[1] += ' ' + line.strip(); continue
        if line.startswith('['):
            cur = {'id': line[1:-1], 'line': ln, 'pattern': [], 'when': [], 'unless': [], 'case': 'insensitive'}
            entries.append(cur); last = None; continue
        k, v = line.split(':', 1); v = v.strip()
        if cur is None:
            if k == 'pair': pair = v
            continue
        if k in ('pattern', 'when', 'unless'):
            cur[k].append(v); last = None
        else:
            cur[k] = v; last = [k, v]
    for e in entries:
        e['items'] = [parse_pat(p) for p in e['pattern']]
        e['full'] = pair + '/' + e['id']
    return pair, entries

def find(entries, text, cond_cs_mode='entry', cross=False):
    """cross: match over whole paragraph token stream (sentences joined)"""
    hits = []
    sents = sentences(text)
    stoks = [tokenize(s) for s in sents]
    streams = [(sum(stoks, []), None)] if cross else [(t, t) for t in stoks]
    # map token index -> sentence for cross mode
    for toks, st in streams:
        if cross:
            owner = []
            for si, t in enumerate(stoks): owner += [si] * len(t)
        for e in entries:
            cs = e['case'] == 'sensitive'
            ccs = cs if cond_cs_mode == 'entry' else False
            for items in e['items']:
                for i in range(len(toks)):
                    for end in match_at(items, toks, i, cs):
                        if end == i: continue
                        sent = stoks[owner[i]] if cross else st
                        if all(cond_holds(c, toks, i, end, sent, ccs) for c in e['when']) and \
                           not any(cond_holds(c, toks, i, end, sent, ccs) for c in e['unless']):
                            hits.append((e['full'], e['category'], ' '.join(toks[i:end])))
    return hits

ALL = {}
for f in sorted(glob.glob(LEXDIR + '/*.lex')):
    pair, ents = load(f)
    ALL[pair] = ents

if __name__ == '__main__':
    mode = sys.argv[1]
    if mode == 'native':
        txt = open(FIX + '/native-english.txt').read()
        pars = [p for p in txt.split('\n\n') if p.strip()]
        print('paragraphs:', len(pars))
        ents = sum(ALL.values(), [])
        for cross in (False, True):
            for ccs in ('entry', 'insens'):
                for pi, p in enumerate(pars):
                    for h in set(find(ents, p, ccs, cross)):
                        print('NATIVE HIT', 'cross' if cross else 'sent', ccs, pi+1, h)
    elif mode == 'mt':
        fn, pairs = sys.argv[2], sys.argv[3].split(',')
        ents = sum((ALL[p] for p in pairs), [])
        others = sum((v for k, v in ALL.items() if k not in pairs), [])
        lines = open(FIX + '/' + fn).read().split('\n')
        i = 0; ok = True
        while i < len(lines):
            l = lines[i]
            if l.strip() and not l.startswith('#'):
                exp = lines[i+1]
                assert exp.startswith('# expect:'), exp
                want = set(x.strip() for x in exp[len('# expect:'):].split(','))
                for ccs in ('entry', 'insens'):
                    got = set(h[0] for h in find(ents, l, ccs))
                    if got != want:
                        ok = False
                        print('MISMATCH', ccs, l[:70], '\n   missing', want - got, '\n   extra', got - want)
                oth = set(h[0] for h in find(others, l))
                if oth: print('   (other pairs fire:', oth, ')')
                i += 2; continue
            i += 1
        print('OK' if ok else 'FAIL', fn)
    elif mode == 'text':
        ents = sum(ALL.values(), [])
        for h in find(ents, sys.argv[2]):
            print(h)
