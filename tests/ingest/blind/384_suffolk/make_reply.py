"""Build reply.csv: Suffolk Constabulary FOI attachment (invented test document)."""
import csv
from pathlib import Path

HERE = Path(__file__).resolve().parent

rows = [
    ["Suffolk Constabulary - Freedom of Information Request FOI 003214-24"],
    ["Sexual communication with a child (HO code 071/17) - crimes by platform or app recorded on the crime report"],
    ["Source: Athena crime recording system, extracted 22/05/2024"],
    [],
    ["Platform / app", "Apr 2022 - Mar 2023", "Apr 2023 - Mar 2024"],
    ["Snapchat", "48", "55"],
    ["Instagram", "21", "17"],
    ["WhatsApp", "12", "15"],
    ["Facebook", "9", "6"],
    ["TikTok", "x", "5"],
    ["Other (incl. Discord, Roblox, online gaming)", "7", "x"],
    ["Not recorded", "31", "26"],
    ["Total crimes", "124", "119"],
    [],
    ["Note 1: x = 1 to 4 crimes. Figures from 1 to 4 are suppressed to reduce the risk of a victim being identified."],
    ["Note 2: A crime can involve more than one platform and is counted once against each platform named, so the platform rows add up to more than 'Total crimes', which is the number of individual crimes recorded."],
]

with open(HERE / "reply.csv", "w", newline="", encoding="utf-8-sig") as fh:
    w = csv.writer(fh, lineterminator="\r\n")
    for r in rows:
        w.writerow(r + [""] * (3 - len(r)))
