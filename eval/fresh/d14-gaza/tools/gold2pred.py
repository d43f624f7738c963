import json,glob,re
base='/work/main/eval/fresh/d14-gaza'
def ent(a):
    if a is None: return None
    l=[x for x in (a if isinstance(a,list) else [a]) if x]
    if not l: return None
    x=l[0]
    if re.fullmatch('[A-Z]{3}',x): return {"id":x,"type":"country","name":x,"name_ar":None}
    return {"id":re.sub('[^a-z0-9]+','-',x.lower()),"type":"organization","name":x,"name_ar":None}
for g in sorted(glob.glob(base+'/gold/*.json')):
    d=json.load(open(g)); doc=d['doc']
    out=[]
    for m in d['mentions']: out.append({"kind":"mention","entity":ent(m),"text":"x"})
    for q in d['quotes']: out.append({"kind":"quote","speaker":ent(q['speaker']),"speaker_text":None,"text":q['key'],"direct":q['direct']})
    for s in d['stances']: out.append({"kind":"stance","actor":ent(s['actor']),"topic":s['topic'],"polarity":s['polarity'][0]})
    for f in d['figures']: out.append({"kind":"figure","value":f['value'],"unit":f['unit'] if isinstance(f['unit'],str) else f['unit'][0],"text":"x"})
    for e in d['events']: out.append({"kind":"event","type":e['type'][0],"date":e['date'],"participants":[],"place":ent(e.get('place'))})
    for p in d['provisions']: out.append({"kind":"provision","plan":p['plan'],"number":p['number'],"text":"x"})
    for p in d['pledges']: out.append({"kind":"pledge","actor":ent(p['actor']),"category":p['category'][0]})
    for o in out:
        o["doc"]=doc; o["evidence"]={"start":0,"end":1,"text":"x"}
        print(json.dumps(o,ensure_ascii=False))
