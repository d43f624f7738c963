"""Check d15 gold: evidence spans equal article[start:end], quote keys verbatim and inside their span,
required keys 6-15 words, topics/polarities valid, fact actors share an alias with a mention."""
import glob, json, os, sys
BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TOPICS = {'multinational-force', 'security-guarantees', 'us-peace-plan', 'frozen-assets', 'sanctions', 'ceasefire',
          'european-say', 'nato-membership', 'territorial-concessions'}
errors = 0
def err(*a):
    global errors
    errors += 1
    print('ERROR', *a)
for f in sorted(glob.glob(os.path.join(BASE, 'gold', '*.json'))):
    g = json.load(open(f, encoding='utf-8'))
    doc = g['doc']
    t = open(os.path.join(BASE, 'articles', doc + '.txt'), encoding='utf-8').read()
    n = 0
    for src, req in ((g, True), (g['optional'], False)):
        if len(src['mention_evidence']) != len(src['mentions']):
            err(doc, 'mention_evidence length')
        spans = list(src['mention_evidence'])
        for k in ('quotes', 'stances', 'figures', 'events', 'provisions', 'pledges'):
            for x in src[k]:
                spans.append(x['evidence'])
                if k == 'quotes':
                    if x['key'] not in x['evidence']['text']:
                        err(doc, 'key outside span', x['key'])
                    if req and not 6 <= len(x['key'].split()) <= 15:
                        err(doc, 'key length', x['key'])
                if k == 'stances' and (x['topic'] not in TOPICS or not set(x['polarity']) <= {'support', 'oppose', 'open'}):
                    err(doc, 'stance', x)
        for e in spans:
            n += 1
            if t[e['start']:e['end']] != e['text']:
                err(doc, 'span', e)
    mentions = [set(m) for m in g['mentions'] + g['optional']['mentions']]
    for src in (g, g['optional']):
        for k, fld in (('stances', 'actor'), ('pledges', 'actor'), ('quotes', 'speaker')):
            for x in src[k]:
                a = x[fld]
                a = set([a] if isinstance(a, str) else [y for y in (a or []) if y])
                if a and not any(a & m for m in mentions):
                    err(doc, k, 'actor shares no alias with a mention', sorted(a))
    print(doc, 'spans checked:', n, 'article chars:', len(t))
print('errors:', errors)
sys.exit(1 if errors else 0)
