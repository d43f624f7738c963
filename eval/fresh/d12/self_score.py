"""Turn the gold quotes into predictions and score them against the gold (expect quote F1 = 1)."""
import glob, json, os, subprocess, sys
HERE = os.path.dirname(os.path.abspath(__file__))
out = "/tmp/h9_d12_selfpred.jsonl"
with open(out, "w", encoding="utf-8") as f:
    for p in sorted(glob.glob(os.path.join(HERE, "gold", "*.json"))):
        g = json.load(open(p, encoding="utf-8"))
        for q in g["quotes"]:
            first = next((a for a in q["speaker"] if a), None) if isinstance(q["speaker"], list) else q["speaker"]
            spk = None
            if first:
                iso = len(first) == 3 and first.isupper()
                spk = {"id": first if iso else first.lower().replace(" ", "-"), "type": "country" if iso else "person",
                       "name": first, "name_ar": None}
            ev = q["evidence"]
            f.write(json.dumps({"doc": g["doc"], "kind": "quote", "speaker": spk, "speaker_text": None,
                                "text": q["key"], "direct": q["direct"], "evidence": ev}, ensure_ascii=False) + "\n")
subprocess.run([sys.executable, "/work/shared/eval/score.py", "--pred", out, "--gold", os.path.join(HERE, "gold")])
