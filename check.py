import json, re, sys
sys.path.insert(0, "/tmp/w37b")
import pymupdf
from openpyxl import load_workbook
base = "/work/round37/"
def text_of(folder):
    f = base + folder
    if folder.startswith("735"):
        return "\n".join(p.get_text() for p in pymupdf.open(f + "/reply.pdf"))
    if folder.startswith("737"):
        wb = load_workbook(f + "/reply.xlsx")
        out = []
        for ws in wb:
            for row in ws.iter_rows():
                out.append("\t".join("" if c.value is None else str(c.value) for c in row))
        return "\n".join(out)
    return open(f + "/reply.txt", encoding="utf-8").read()
for folder in ["735_kent", "736_lancashire", "737_leicestershire", "738_lincolnshire"]:
    objs = [json.loads(l) for l in open(base + folder + "/expected.jsonl")]
    meta = json.load(open(base + folder + "/meta.json"))
    t = text_of(folder)
    nums = re.findall(r"(?<![\w/.-])(\d[\d,]*)(?![\w/])", t)
    vals = {o["value"] for o in objs if o["value"] is not None}
    stat = {}
    for o in objs: stat[o["status"]] = stat.get(o["status"], 0) + 1
    print("==", folder, len(objs), stat)
    tn = {int(n.replace(",", "")) for n in nums if n.replace(",", "").isdigit()}
    print("  values not in text:", sorted(v for v in vals if v not in tn))
    unexplained = sorted({int(n.replace(",", "")) for n in nums} - vals)
    print("  numbers in text that are not values:", unexplained)
    # dup key check
    keys = {}
    for o in objs:
        k = (o["period_start"], o["period_end"], json.dumps(o["breakdown"], sort_keys=True))
        keys.setdefault(k, []).append(o["status"])
    print("  colliding keys:", {k: v for k, v in keys.items() if len(v) > 1})
