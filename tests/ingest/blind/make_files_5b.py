"""Build writer B's round-5 blind replies (folders 101-108).

Writes reply files, meta.json and expected.jsonl for each folder beside this script.
Attachments: 101 xlsx, 102 docx, 103 csv, 104 pdf; the rest are pasted pages / e-mails (txt).
    .venv/bin/python tests/ingest/blind/make_files_5b.py
"""

import datetime as dt
import json
from pathlib import Path

import docx
from docx.shared import Pt
from fpdf import FPDF
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = Path(__file__).resolve().parent
THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
BOLD = Font(bold=True)
HEAD = PatternFill("solid", fgColor="D9E1F2")
NBSP = "\u00a0"


def fy(y):
    return (f"{y}-04-01", f"{y + 1}-03-31")


def cy(y):
    return (f"{y}-01-01", f"{y}-12-31")


def O(measure, period, bd, value, status="reported", **kw):
    o = {"measure_hint": measure, "period_start": period[0], "period_end": period[1],
         "breakdown": dict(bd), "value": value, "status": status}
    for k in ("lower", "upper", "sections", "is_total", "note"):
        if k in kw:
            o[k] = kw[k]
    return o


def folder(name):
    p = HERE / name
    p.mkdir(exist_ok=True)
    return p


def finish(name, meta, objs, text=None, fname="reply.txt"):
    p = folder(name)
    if text is not None:
        (p / fname).write_text(text, encoding="utf-8")
    (p / "meta.json").write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    with open(p / "expected.jsonl", "w", encoding="utf-8") as f:
        for o in objs:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    return len(objs)


def plabel(label, period):
    return {"label": label, "start": period[0], "end": period[1]}


# ======================================================================= 101 Greater Manchester (xlsx)
GMP_OUTCOMES = [
    ("1", "Charge/Summons", "charged"),
    ("15", "Evidential difficulties: suspect identified; victim supports action", "outcome 15"),
    ("16", "Evidential difficulties: victim does not support action", "outcome 16"),
    ("18", "Investigation complete: no suspect identified", "outcome 18"),
    ("20", "Further action to be taken by another body or agency", "outcome 20"),
    ("", "Not yet finalised", "ongoing"),
]
# (19E, 19H) per outcome row; values 1-4 are shown as *
GMP_DATA = {
    2022: [(21, 6), (38, 9), (27, 7), (5, 2), (11, 3), (19, 8)],
    2023: [(14, 4), (33, 11), (30, 6), (7, 0), (9, 1), (52, 17)],
}
GMP_ONLINE = {2022: (121, 35, 4, 1), 2023: (145, 39, 6, 3)}  # 19E all, 19H all, 19E online, 19H online


def gmp_cell(v):
    return "*" if 1 <= v <= 4 else v


def reply_101():
    wb = Workbook()
    wb.properties.creator = "Information Access Team"
    wb.properties.created = dt.datetime(2024, 12, 2, 9, 15)
    ws = wb.active
    ws.title = "Q1 Outcomes"
    ws["A1"] = "Greater Manchester Police - Freedom of Information request FOI/2024/5821"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Rape of a child under 13: crimes recorded in each financial year by Home Office outcome"
    ws["A3"] = "Outcomes shown as at 18/11/2024. Source: PoliceWorks."
    r = 5
    for y in (2022, 2023):
        ws.cell(row=r, column=1, value=f"Financial year {y}/{str(y + 1)[2:]}").font = Font(bold=True, size=12)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
        r += 1
        for j, h in enumerate(["Outcome no.", "Outcome", "19E Rape of a female child under 13",
                               "19H Rape of a male child under 13"], start=1):
            c = ws.cell(row=r, column=j, value=h)
            c.font = BOLD
            c.fill = HEAD
            c.border = BOX
            c.alignment = Alignment(wrap_text=True, vertical="top")
        r += 1
        for (num, words, _), (a, b) in zip(GMP_OUTCOMES, GMP_DATA[y]):
            ws.cell(row=r, column=1, value=int(num) if num else None)
            ws.cell(row=r, column=2, value=words)
            ws.cell(row=r, column=3, value=gmp_cell(a))
            ws.cell(row=r, column=4, value=gmp_cell(b))
            for j in range(1, 5):
                ws.cell(row=r, column=j).border = BOX
            r += 1
        ws.cell(row=r, column=2, value="Total").font = BOLD
        ws.cell(row=r, column=3, value=sum(a for a, _ in GMP_DATA[y])).font = BOLD
        ws.cell(row=r, column=4, value=sum(b for _, b in GMP_DATA[y])).font = BOLD
        for j in range(1, 5):
            ws.cell(row=r, column=j).border = BOX
        r += 3
    ws.cell(row=r, column=1, value="Notes").font = BOLD
    ws.cell(row=r + 1, column=1, value="* indicates a figure between 1 and 4 which has been suppressed to reduce the risk of identifying a victim. Totals are the actual number of crimes.")
    ws.cell(row=r + 2, column=1, value="'Not yet finalised' means the investigation remains open and no outcome has been assigned.")
    ws.cell(row=r + 3, column=1, value="Outcome numbers are those in the Home Office Counting Rules for Recorded Crime (April 2024 edition).")
    ws.column_dimensions["A"].width = 12
    ws.column_dimensions["B"].width = 62
    ws.column_dimensions["C"].width = 20
    ws.column_dimensions["D"].width = 20

    q2 = wb.create_sheet("Q2 Online")
    q2["A1"] = "Crimes from Q1 with the online (cyber-enabled) flag applied"
    q2["A1"].font = BOLD
    for j, h in enumerate(["Financial year", "19E", "19H"], start=1):
        c = q2.cell(row=3, column=j, value=h)
        c.font = BOLD
        c.fill = HEAD
        c.border = BOX
    for i, y in enumerate((2022, 2023), start=4):
        _, _, a, b = GMP_ONLINE[y]
        q2.cell(row=i, column=1, value=f"{y}/{str(y + 1)[2:]}")
        q2.cell(row=i, column=2, value=gmp_cell(a))
        q2.cell(row=i, column=3, value=gmp_cell(b))
        for j in range(1, 4):
            q2.cell(row=i, column=j).border = BOX
    q2["A7"] = "* = 1 to 4"
    q2.column_dimensions["A"].width = 16
    wb.save(folder("101_greater-manchester") / "reply.xlsx")

    objs = []
    star = "'*'; rule stated: a figure between 1 and 4. The block's Total is exact."
    for y in (2022, 2023):
        p = fy(y)
        for (num, words, oc), (a, b) in zip(GMP_OUTCOMES, GMP_DATA[y]):
            for code, v in (("19E", a), ("19H", b)):
                bd = {"offence_code": code, "outcome": oc}
                note = f"Row '{num} {words}'." if num else "Row 'Not yet finalised' (no outcome number): open investigation."
                if 1 <= v <= 4:
                    objs.append(O("rape of a child under 13 crimes by outcome", p, bd, None, "suppressed",
                                  lower=1, upper=4, note=note + " " + star))
                else:
                    extra = " Printed 0." if v == 0 else ""
                    objs.append(O("rape of a child under 13 crimes by outcome", p, bd, v, note=note + extra))
        objs.append(O("rape of a child under 13 crimes", p, {"offence_code": "19E"}, sum(a for a, _ in GMP_DATA[y]),
                      is_total=True, note="Total row of the block; exact, includes the '*' cells."))
        objs.append(O("rape of a child under 13 crimes", p, {"offence_code": "19H"}, sum(b for _, b in GMP_DATA[y]),
                      is_total=True, note="Total row of the block; exact, includes the '*' cells."))
    for y in (2022, 2023):
        _, _, a, b = GMP_ONLINE[y]
        for code, v in (("19E", a), ("19H", b)):
            bd = {"offence_code": code, "online_flag": True}
            if 1 <= v <= 4:
                objs.append(O("rape of a child under 13 crimes flagged online", fy(y), bd, None, "suppressed",
                              lower=1, upper=4, note="'*'; rule on the sheet: '* = 1 to 4'."))
            else:
                objs.append(O("rape of a child under 13 crimes flagged online", fy(y), bd, v))
    meta = {
        "authority": "Greater Manchester Police",
        "area_id": "greater-manchester",
        "reference": "FOI/2024/5821",
        "received": "2024-11-04",
        "published": "2024-12-02",
        "question": "For the financial years 2022/23 and 2023/24: (1) the number of rapes of a child under 13 recorded (Home Office codes 19E and 19H), broken down by the Home Office outcome assigned; (2) how many of those crimes were flagged as online / cyber-enabled.",
        "periods_asked": [plabel("2022/23", fy(2022)), plabel("2023/24", fy(2023))],
        "truncated": False,
        "notes": [
            "Attachment only (xlsx), no covering text. Sheet 'Q1 Outcomes' holds two stacked blocks on one sheet, each headed 'Financial year 2022/23' / 'Financial year 2023/24' in a merged cell above its own header row.",
            "Outcome rows carry the Home Office number in a separate column and words beside it; 'Not yet finalised' has a blank number and is an open investigation (ongoing).",
            "Codes are column heads written with their titles ('19E Rape of a female child under 13').",
            "'*' = 1 to 4 (rule in the Notes rows); block Total rows are exact and include the suppressed cells. A printed 0 (2023/24, 19H, outcome 18).",
            "Sheet 'Q2 Online': years down, codes across, no total; '* = 1 to 4' under the table.",
            "Distractors: the HOCR edition year in the notes, the extraction date, the request number.",
        ],
    }
    return finish("101_greater-manchester", meta, objs)


# ======================================================================= 102 Hampshire (docx)
HAM_ROWS = [
    ("17B", "Sexual assault on a male child under 13", [(58, 6), (64, 9), (29, 4)]),
    ("20B", "Sexual assault on a female child under 13", [(187, 21), (203, 26), (96, 14)]),
    ("21", "Sexual activity involving a child under 13", [(74, 19), (81, 23), (40, 12)]),
    ("22B", "Sexual activity involving a child under 16", [(211, 88), (236, 97), (118, 51)]),
]
HAM_PERIODS = [("2022-23", fy(2022)), ("2023-24", fy(2023)), ("2024-25 (to 30/09/24)", ("2024-04-01", "2024-09-30"))]


def reply_102():
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    hdr = d.sections[0].header.paragraphs[0]
    hdr.text = "Hampshire and Isle of Wight Constabulary\tOFFICIAL"
    p = d.add_paragraph()
    p.add_run("Freedom of Information Team\nHampshire and Isle of Wight Constabulary\nMottisfont Court, Tower Street\nWinchester SO23 8ZD").font.size = Pt(9)
    d.add_paragraph("Our reference: HIOW/FOI/24/01187\nDate: 11 November 2024")
    d.add_paragraph("Dear Mr Okafor,")
    d.add_paragraph("Thank you for your request for information, which we received on 14 October 2024. "
                    "Each part of your request is set out below in bold, followed by our response.")

    def q(text):
        para = d.add_paragraph()
        run = para.add_run(text)
        run.bold = True
        run.italic = True

    q("1. Please provide the number of offences recorded under Home Office codes 17B, 20B, 21 and 22B for each of the "
      "last two financial years and for the current financial year to date.")
    q("2. For each of these, how many had the online (cyber) flag applied?")
    d.add_paragraph("Hampshire and Isle of Wight Constabulary holds this information. Questions 1 and 2 are answered "
                    "together in the table below. The first figure in each cell is the number of offences recorded; "
                    "the figure in brackets is how many of those offences had the online flag applied, and is "
                    "included in the first figure. The current year runs from 1 April 2024 to 30 September 2024, "
                    "the last full month before your request.")
    t = d.add_table(rows=len(HAM_ROWS) + 2, cols=5)
    t.style = "Table Grid"
    heads = ["HO code", "Offence"] + [lab for lab, _ in HAM_PERIODS]
    for j, h in enumerate(heads):
        t.cell(0, j).text = ""
        t.cell(0, j).paragraphs[0].add_run(h).bold = True
    for i, (code, title, vals) in enumerate(HAM_ROWS, start=1):
        t.cell(i, 0).text = code
        t.cell(i, 1).text = title
        for j, (a, b) in enumerate(vals):
            t.cell(i, 2 + j).text = f"{a} ({b})"
    last = len(HAM_ROWS) + 1
    t.cell(last, 0).text = ""
    t.cell(last, 1).paragraphs[0].add_run("Total").bold = True
    for j in range(3):
        a = sum(r[2][j][0] for r in HAM_ROWS)
        b = sum(r[2][j][1] for r in HAM_ROWS)
        t.cell(last, 2 + j).paragraphs[0].add_run(f"{a} ({b})").bold = True
    d.add_paragraph("")
    q("3. How many of the offences involved a suspect aged under 18?")
    d.add_paragraph("The age of a suspect is held on the nominal record linked to each crime and is not held in a "
                    "field that can be searched across all of the crimes above. To answer this question we would "
                    "have to open each of the 1,397 crime records and read the linked nominal details. A sample "
                    "exercise showed this takes about 6 minutes a record, which is around 140 hours of work.")
    d.add_paragraph("Section 12(1) of the Freedom of Information Act 2000 allows a public authority to refuse a "
                    "request where the cost of complying would exceed the appropriate limit. For the police this "
                    "limit is £450, which is 18 hours of work at £25 per hour. We are therefore refusing question 3 "
                    "under Section 12(1), and this letter serves as a refusal notice under Section 17(5) of the Act.")
    d.add_paragraph("To help you, you may wish to narrow this part of your request, for example to a single code "
                    "and a single quarter, which may bring it within the limit.")
    d.add_paragraph("If you are not satisfied with this response you may ask for an internal review within 40 "
                    "working days of the date of this letter. If you remain dissatisfied you may complain to the "
                    "Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow SK9 5AF.")
    d.add_paragraph("Yours sincerely,\n\nJ. Whitlock\nFreedom of Information Officer")
    d.save(folder("102_hampshire") / "reply.docx")

    objs = []
    for code, title, vals in HAM_ROWS:
        for (lab, per), (a, b) in zip(HAM_PERIODS, vals):
            objs.append(O(f"offences recorded: {title.lower()}", per, {"offence_code": code}, a,
                          note=f"Cell '{a} ({b})': figure before the bracket."))
            objs.append(O(f"offences recorded with the online flag: {title.lower()}", per,
                          {"offence_code": code, "online_flag": True}, b,
                          note=f"Cell '{a} ({b})': figure in brackets, a subset of {a}."))
    for j, (lab, per) in enumerate(HAM_PERIODS):
        a = sum(r[2][j][0] for r in HAM_ROWS)
        b = sum(r[2][j][1] for r in HAM_ROWS)
        objs.append(O("child sexual offences recorded (17B, 20B, 21, 22B)", per, {}, a, is_total=True,
                      note=f"Total row '{a} ({b})'."))
        objs.append(O("child sexual offences recorded with the online flag (17B, 20B, 21, 22B)", per,
                      {"online_flag": True}, b, is_total=True, note=f"Total row '{a} ({b})', figure in brackets."))
    for lab, per in HAM_PERIODS:
        objs.append(O("offences (17B, 20B, 21, 22B) with a suspect aged under 18", per, {"suspect_age_max": 17},
                      None, "exempt", sections=["12(1)"],
                      note="Question 3 refused on cost (1,397 records x 6 minutes, about 140 hours; £450 / 18 hours)."))
    meta = {
        "authority": "Hampshire and Isle of Wight Constabulary",
        "area_id": "hampshire",
        "reference": "HIOW/FOI/24/01187",
        "received": "2024-10-14",
        "published": "2024-11-11",
        "question": "For the last two financial years and the current financial year to date: (1) offences recorded under Home Office codes 17B, 20B, 21 and 22B; (2) how many had the online (cyber) flag applied; (3) how many involved a suspect aged under 18.",
        "periods_asked": [plabel(lab, per) for lab, per in HAM_PERIODS],
        "truncated": False,
        "notes": [
            "Word letter; each question re-quoted in bold italics before its answer.",
            "Questions 1 and 2 in one Word table: every cell is 'N (M)', the count with the online-flagged subset in brackets (explained in the paragraph above the table).",
            "Years written '2022-23', '2023-24'; the current year is a part year '2024-25 (to 30/09/24)', defined in the text as 1 April to 30 September 2024.",
            "Total row with the same 'N (M)' cells and an empty first cell; no Total column.",
            "Question 3 refused under s.12(1): 1,397 records x 6 minutes = about 140 hours; £450 / 18 hours / £25 per hour; s.17(5) mentioned. One object per period. The 1,397 equals the sum of the three Total figures (530 + 584 + 283).",
            "Distractors: postcodes, '40 working days', the section numbers 12(1) and 17(5).",
        ],
    }
    return finish("102_hampshire", meta, objs)


# ======================================================================= 103 North Yorkshire (csv)
NY_ROWS = [
    ("2022/23", "Female", "0-9", 47), ("2022/23", "Female", "10-12", 88), ("2022/23", "Female", "13-15", 241),
    ("2022/23", "Female", "16-17", 109), ("2022/23", "Male", "0-9", 31), ("2022/23", "Male", "10-12", 29),
    ("2022/23", "Male", "13-15", 44), ("2022/23", "Male", "16-17", 17), ("2022/23", "Not Stated", "10-12", 1),
    ("2022/23", "Not Stated", "13-15", 4),
    ("2023/24", "Female", "0-9", 52), ("2023/24", "Female", "10-12", 79), ("2023/24", "Female", "13-15", 262),
    ("2023/24", "Female", "16-17", 121), ("2023/24", "Male", "0-9", 26), ("2023/24", "Male", "10-12", 35),
    ("2023/24", "Male", "13-15", 51), ("2023/24", "Male", "16-17", 12), ("2023/24", "Not Stated", "0-9", 2),
    ("2023/24", "Not Stated", "13-15", 1), ("2023/24", "Not Stated", "16-17", 3),
]


def reply_103():
    lines = [
        '"North Yorkshire Police - FOI 1530/24 - Sexual offences recorded where the victim was aged under 18",,,',
        '"Data extracted from Niche RMS on 07/01/2025. Counts below 3 are shown as <3.",,,',
        ",,,",
        '"Financial Year","Victim Gender","Victim Age Group","Crimes"',
    ]
    for fyl, g, band, v in NY_ROWS:
        cell = "<3" if v < 3 else str(v)
        lines.append(f'"{fyl}","{g}","{band}",{cell}' if v >= 3 else f'"{fyl}","{g}","{band}","{cell}"')
    lines.append(f'"Grand Total",,,{sum(r[3] for r in NY_ROWS)}')
    (folder("103_north-yorkshire") / "reply.csv").write_bytes(("\r\n".join(lines) + "\r\n").encode("utf-8"))

    objs = []
    gmap = {"Female": "female", "Male": "male", "Not Stated": "unknown"}
    for fyl, g, band, v in NY_ROWS:
        lo, hi = (int(x) for x in band.split("-"))
        per = fy(int(fyl[:4]))
        bd = {"victim_gender": gmap[g], "victim_age_min": lo, "victim_age_max": hi}
        if v < 3:
            objs.append(O("sexual offences against children", per, bd, None, "suppressed", upper=2,
                          note="'<3'; rule stated ('Counts below 3 are shown as <3'), zero not said to be shown separately, so no lower bound."))
        else:
            objs.append(O("sexual offences against children", per, bd, v,
                          note="'Not Stated' gender." if g == "Not Stated" else None) if g == "Not Stated"
                        else O("sexual offences against children", per, bd, v))
    objs.append(O("sexual offences against children", ("2022-04-01", "2024-03-31"), {},
                  sum(r[3] for r in NY_ROWS), is_total=True,
                  note="'Grand Total' over both financial years; exact: the shown counts add to 1251, so the three <3 cells account for 4 between them."))
    for o in objs:
        if o.get("note") is None:
            o.pop("note", None)
    meta = {
        "authority": "North Yorkshire Police",
        "area_id": "north-yorkshire",
        "reference": "FOI 1530/24",
        "received": "2024-12-09",
        "published": "2025-01-08",
        "question": "For the financial years 2022/23 and 2023/24, the number of sexual offences recorded where the victim was aged under 18, broken down by the gender of the victim and by victim age group (inferred from the attachment's title and columns; the covering e-mail is not included).",
        "periods_asked": [plabel("2022/23", fy(2022)), plabel("2023/24", fy(2023))],
        "truncated": False,
        "notes": [
            "CSV export in long ('tidy') format: one row per financial year x victim gender x age group, with a 'Crimes' count; CRLF line endings, quoted text fields, title and notes lines above the header padded with commas.",
            "Combinations with no crimes are simply absent (2022/23 'Not Stated' 0-9 and 16-17; 2023/24 'Not Stated' 10-12): no object for a missing row.",
            "'<3' with its rule stated in the notes line: upper 2, no lower bound.",
            "'Not Stated' is unknown victim gender.",
            "Age groups '0-9', '10-12', '13-15', '16-17' written as text (could be misread as dates by a spreadsheet).",
            "Only one total: a 'Grand Total' row over both years with empty middle cells (1255); no year totals.",
            "Distractors: the reference 1530/24 and the extraction date in the notes line.",
        ],
    }
    return finish("103_north-yorkshire", meta, objs)


# ======================================================================= 104 West Yorkshire (pdf)
WY_PERIODS = [
    ("2021/22 (legacy system)", fy(2021)),
    ("01/04/2022 - 13/11/2022 (legacy system)", ("2022-04-01", "2022-11-13")),
    ("14/11/2022 - 31/03/2023 (Niche)", ("2022-11-14", "2023-03-31")),
    ("2023/24 (Niche)", fy(2023)),
]
WY_Q1 = [(402, 37), (251, 22), (163, 15), (447, 41)]
WY_Q2 = [(371, 9), (229, 6), (151, 4), (419, 12)]
WY_PLAT = [("Snapchat", "snapchat", 168), ("Instagram", "instagram", 73), ("WhatsApp", "whatsapp", 59),
           ("Facebook / Messenger", "facebook", 35), ("TikTok", "tiktok", 20), ("Other", "other", 42),
           ("Not recorded", "unknown", 34)]
WY_Q4 = [58, 41, 27, 83]


class WYLetter(FPDF):
    def header(self):
        self.set_font("Helvetica", "B", 14)
        self.cell(0, 7, "West Yorkshire Police", new_x="LMARGIN", new_y="NEXT")
        self.set_font("Helvetica", "", 8)
        self.cell(0, 4, "Freedom of Information Unit, PO Box 9, Laburnum Road, Wakefield WF1 3QP", new_x="LMARGIN", new_y="NEXT")
        self.ln(5)

    def footer(self):
        self.set_y(-14)
        self.set_font("Helvetica", "", 8)
        self.cell(0, 5, f"FOI 4417/24          OFFICIAL          Page {self.page_no()} of {{nb}}", align="C")

    def para(self, text, style="", size=10, gap=2):
        self.set_font("Helvetica", style, size)
        self.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
        self.ln(gap)

    def table(self, widths, heads, rows, bold_last=False):
        self.set_font("Helvetica", "B", 9)
        for w, h in zip(widths, heads):
            self.cell(w, 7, h, border=1, align="C")
        self.ln(7)
        for i, row in enumerate(rows):
            self.set_font("Helvetica", "B" if bold_last and i == len(rows) - 1 else "", 9)
            for k, (w, t) in enumerate(zip(widths, row)):
                self.cell(w, 6, str(t), border=1, align="L" if k == 0 else "C")
            self.ln(6)
        self.ln(3)


def reply_104():
    pdf = WYLetter()
    pdf.alias_nb_pages()
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    pdf.para("Our ref: FOI 4417/24\nDate: 1 July 2024", gap=4)
    pdf.para("Dear Requester,")
    pdf.para("I write in response to your request for information received by West Yorkshire Police on 3 June 2024. "
             "Your questions are repeated below with our answers.")
    pdf.para("Question 1: How many offences of sexual communication with a child (Home Office code 71/17) and of "
             "sexual grooming (code 88A) were recorded in each of the financial years 2021/22, 2022/23 and 2023/24?", "B")
    pdf.para("On 14 November 2022 the force moved from its legacy crime recording system to Niche RMS. Crimes from "
             "before that date were migrated, but they were counted under different rules, so 2022/23 is shown in two "
             "parts. The two rows for 2022/23 together make up the whole financial year.")
    pdf.table((78, 30, 30, 30), ("Period", "71/17", "88A", "Total"),
              [(lab, a, b, a + b) for (lab, _), (a, b) in zip(WY_PERIODS, WY_Q1)])
    pdf.para("Question 2: How many of these offences were flagged as online?", "B")
    pdf.table((78, 45, 45), ("Period", "71/17 online flag", "88A online flag"),
              [(lab, a, b) for (lab, _), (a, b) in zip(WY_PERIODS, WY_Q2)])
    pdf.para("Question 3: Which social media platforms or apps were used?", "B")
    pdf.para("A searchable field for the platform used was added to Niche on 1 April 2023. Before that date the "
             "platform was recorded, if at all, only in the free text of each crime report, so this information is "
             "not held in a retrievable form for 2021/22 or for either part of 2022/23. For 2023/24 the platform "
             "recorded for the 431 online flagged offences of both codes is shown below.")
    rows = [(lab, v) for lab, _, v in WY_PLAT] + [("Total", sum(v for _, _, v in WY_PLAT))]
    pdf.table((78, 40), ("Platform (2023/24)", "Offences"), rows, bold_last=True)
    pdf.para("Question 4: How many of the offences involved a suspect under the age of 18?", "B")
    pdf.para(f"A suspect aged between 10 and 17 was recorded for {WY_Q4[0]} of the offences in 2021/22. In 2022/23 "
             f"the figures were {WY_Q4[1]} (legacy system) and {WY_Q4[2]} (Niche), and in 2023/24 there were "
             f"{WY_Q4[3]}. An offence may have more than one suspect; it is counted once here.")
    pdf.para("Please note that the figures above are taken from a live system and may differ slightly from figures "
             "published elsewhere, including the Home Office data tables.")
    pdf.para("If you are dissatisfied with this response you have the right to an internal review. Please write within "
             "40 working days to the Freedom of Information Unit at the address above, or e-mail "
             "foi@westyorkshire.police.uk. You may also contact the Information Commissioner's Office on 0303 123 1113.")
    pdf.para("Yours sincerely,\n\nDisclosure Officer\nFreedom of Information Unit")
    pdf.output(str(folder("104_west-yorkshire") / "reply.pdf"))

    objs = []
    for (lab, per), (a, b), (oa, ob), s in zip(WY_PERIODS, WY_Q1, WY_Q2, WY_Q4):
        note = f"Row '{lab}'."
        objs.append(O("sexual communication with a child offences", per, {"offence_code": "71/17"}, a, note=note))
        objs.append(O("sexual grooming offences", per, {"offence_code": "88A"}, b, note=note))
        objs.append(O("sexual communication with a child and sexual grooming offences", per, {}, a + b,
                      is_total=True, note=note + " Total column (71/17 + 88A)."))
    for (lab, per), (oa, ob) in zip(WY_PERIODS, WY_Q2):
        objs.append(O("sexual communication with a child offences flagged online", per,
                      {"offence_code": "71/17", "online_flag": True}, oa, note=f"Row '{lab}'."))
        objs.append(O("sexual grooming offences flagged online", per,
                      {"offence_code": "88A", "online_flag": True}, ob, note=f"Row '{lab}'."))
    for lab, per in WY_PERIODS[:3]:
        objs.append(O("platforms used in 71/17 and 88A offences (list)", per, {"online_flag": True}, None, "not_held",
                      note="Platform field only added to Niche on 1 April 2023; not held in retrievable form before."))
    for lab, slug, v in WY_PLAT:
        objs.append(O("online flagged 71/17 and 88A offences by platform", fy(2023),
                      {"online_flag": True, "platform": slug}, v, note=f"Row '{lab}'; both codes together."))
    objs.append(O("online flagged 71/17 and 88A offences by platform", fy(2023), {"online_flag": True},
                  sum(v for _, _, v in WY_PLAT), is_total=True,
                  note="Platform table Total (431 = 419 + 12 online flagged 71/17 and 88A offences in 2023/24)."))
    for (lab, per), s in zip(WY_PERIODS, WY_Q4):
        objs.append(O("71/17 and 88A offences with a suspect aged under 18", per,
                      {"suspect_age_min": 10, "suspect_age_max": 17}, s,
                      note=f"In a sentence ('aged between 10 and 17'); period '{lab}'."))
    meta = {
        "authority": "West Yorkshire Police",
        "area_id": "west-yorkshire",
        "reference": "FOI 4417/24",
        "received": "2024-06-03",
        "published": "2024-07-01",
        "question": "For the financial years 2021/22, 2022/23 and 2023/24: (1) offences of sexual communication with a child (71/17) and sexual grooming (88A) recorded; (2) how many were flagged as online; (3) which social media platforms or apps were used; (4) how many involved a suspect aged under 18.",
        "periods_asked": [plabel("2021/22", fy(2021)), plabel("2022/23", fy(2022)), plabel("2023/24", fy(2023))],
        "truncated": False,
        "notes": [
            "PDF letter, questions re-quoted in bold with numbers ('Question 1:').",
            "System change on 14 November 2022: 2022/23 is given as two part-year rows ('01/04/2022 - 13/11/2022 (legacy system)' and '14/11/2022 - 31/03/2023 (Niche)') with no 2022/23 total; each part is labelled with its own dates. The system names are stated in every row label but kept out of the breakdown because the periods already separate the figures.",
            "Drawn tables: Q1 periods down x codes 71/17, 88A plus a Total column (no Total row); Q2 the same periods x online-flag columns, no total.",
            "Q3 platforms for 2023/24 only, over both codes' online flagged offences (Total 431 = 419 + 12 from Q2); platforms not held before 1 April 2023 (three objects, one per earlier period row).",
            "Q4 suspects aged 10 to 17 in a sentence for each of the four period rows.",
            "Distractors: PO Box 9, postcode, ICO phone number, '40 working days', page footer 'Page 1 of 2'.",
        ],
    }
    return finish("104_west-yorkshire", meta, objs)


# ======================================================================= 105 Derbyshire (txt, WDTK e-mail)
DERBY_MONTHS = [("January", 15), ("February", 11), ("March", 17), ("April", 9), ("May", 14), ("June", 12),
                ("July", 16), ("August", 8), ("September", 13), ("October", 18), ("November", 14), ("December", 10)]


def reply_105():
    sep = {"March": "â€“", "August": "â€“"}
    month_lines = []
    for m, v in DERBY_MONTHS:
        lab = m + ("*" if m == "December" else "")
        month_lines.append(f"{lab} {sep.get(m, '–')} {v}")
    total = sum(v for _, v in DERBY_MONTHS)
    text = f"""From: Freedom of Information Derbyshire Constabulary <[FOI #2931847 email]>
To: Kirsty Henshaw <[FOI #2931847 email]>
Subject: RE: Freedom of Information request - Sexual communication offences 2024 [Ref: 2024-FOI-1865]
Date: 9 January 2025

OFFICIAL

Dear Ms Henshaw,

Freedom of Information Request Reference No: 2024-FOI-1865

I write in connection with your request for information received by Derbyshire Constabulary on 2 December 2024, which has been considered under the Freedom of Information Act 2000.

Derbyshire Constabulary can confirm that it holds information relevant to your request, and our response is set out below.

Offences of sexual communication with a child (Home Office code 71/17) recorded in 2024, by month of recording:

{chr(10).join(month_lines)}
Total – {total}

* The December figure is provisional. Data was extracted on 3 January 2025 and some crimes reported late in December may not yet have been recorded.

Of the {total} offences, 139 had the online flag applied.

The victim was female in 121 offences and male in 31. In the remaining five offences the gender of the victim was not recorded.

With regard to outcomes, as at 3 January 2025 nine of the offences had resulted in a charge or summons (Home Office outcome 1) and none had resulted in a caution. A further 64 remained under investigation.

Please note that one offence may involve more than one victim and a victim may be the subject of more than one offence. The figures above are offences, not victims or offenders.

Should you have any further enquiries concerning this matter, please contact us quoting the reference number above.

If you are dissatisfied with the handling of your request you have the right to ask for an internal review. Requests should be made within 40 working days of the date of this letter to the Information Compliance Manager, Derbyshire Constabulary Headquarters, Butterley Hall, Ripley, Derbyshire, DE5 3RS.

Yours sincerely

Karen Mellor
Information Compliance Officer
Derbyshire Constabulary
Tel:{NBSP}101 ext{NBSP}2184

-------------------------------------------------------------------

Please use this email address for all replies to this request:
[FOI #2931847 email]

Is [Derbyshire Constabulary request email] the wrong address for Freedom of Information requests to Derbyshire Constabulary? If so, please contact us using this form:
https://www.whatdotheyknow.com/change_request/new?body=derbyshire_constabulary

Disclaimer: This message and any reply that you make will be published on the internet. Our privacy and copyright policies:
https://www.whatdotheyknow.com/help/officers

-------------------------------------------------------------------
"""
    objs = []
    year = cy(2024)
    for i, (m, v) in enumerate(DERBY_MONTHS, start=1):
        import calendar
        last = calendar.monthrange(2024, i)[1]
        per = (f"2024-{i:02d}-01", f"2024-{i:02d}-{last:02d}")
        note = None
        if m in sep:
            note = "Separator written as mojibake 'â€“'."
        if m == "December":
            note = "'December*': the asterisk is a footnote (provisional figure), not suppression."
        o = O("sexual communication with a child offences", per, {"offence_code": "71/17"}, v)
        if note:
            o["note"] = note
        objs.append(o)
    objs.append(O("sexual communication with a child offences", year, {"offence_code": "71/17"}, total, is_total=True,
                  note="'Total – 157' under the month list."))
    objs.append(O("sexual communication with a child offences flagged online", year,
                  {"offence_code": "71/17", "online_flag": True}, 139))
    objs.append(O("sexual communication with a child offences by victim gender", year,
                  {"offence_code": "71/17", "victim_gender": "female"}, 121))
    objs.append(O("sexual communication with a child offences by victim gender", year,
                  {"offence_code": "71/17", "victim_gender": "male"}, 31))
    objs.append(O("sexual communication with a child offences by victim gender", year,
                  {"offence_code": "71/17", "victim_gender": "unknown"}, 5, note="Written 'five'; gender not recorded."))
    objs.append(O("sexual communication with a child offences by outcome", year,
                  {"offence_code": "71/17", "outcome": "charged"}, 9,
                  note="Written 'nine'; charge or summons (outcome 1) as at 3 January 2025, kept on the year of recording."))
    objs.append(O("sexual communication with a child offences by outcome", year,
                  {"offence_code": "71/17", "outcome": "cautioned"}, 0, note="'none had resulted in a caution'."))
    objs.append(O("sexual communication with a child offences by outcome", year,
                  {"offence_code": "71/17", "outcome": "ongoing"}, 64, note="'remained under investigation' as at 3 January 2025."))
    meta = {
        "authority": "Derbyshire Constabulary",
        "area_id": "derbyshire",
        "reference": "2024-FOI-1865",
        "received": "2024-12-02",
        "published": "2025-01-09",
        "question": "For calendar year 2024 (inferred; the request is not quoted): the number of sexual communication with a child offences (71/17) recorded, by month; how many were flagged online; the gender of the victims; and the outcomes (charges, cautions).",
        "periods_asked": [plabel("2024", cy(2024))],
        "truncated": False,
        "notes": [
            "WhatDoTheyKnow e-mail with headers and the WDTK footer; the request itself is never quoted.",
            "Month list with full month names ('January – 15'), no year on each line (the year is in the heading); en dashes, two written as mojibake 'â€“'; 'Total – 157'.",
            "'December*': the asterisk marks a footnote (provisional figure), not suppression.",
            "Online flag and gender split in sentences; 'five' and 'nine' in words; 'none had resulted in a caution' is a stated zero.",
            "Outcomes as at 3 January 2025 kept on calendar year 2024; 'under investigation' is ongoing.",
            "Distractors: WDTK request number 2931847, reference 2024-FOI-1865, '40 working days', postcode, phone extension with non-breaking spaces.",
        ],
    }
    return finish("105_derbyshire", meta, objs, text)


# ======================================================================= 106 Durham (txt, pasted page)
DUR_BANDS = [("0 - 5", 0, 5, [48, 52, 45]), ("6 - 10", 6, 10, [97, 104, 99]), ("11 - 13", 11, 13, [151, 163, 170]),
             ("14 - 15", 14, 15, [198, 211, 204]), ("16 - 17", 16, 17, [118, 125, 120])]
DUR_SUSP_U18 = [141, 162, 158]
DUR_SUSP_NK = [57, 64, 71]


def reply_106():
    tots = [sum(b[3][j] for b in DUR_BANDS) for j in range(3)]
    cells = ["Victim age |", "2021 |", "2022 |", "2023 |", "|---|---|---|---|", "All victims under 18 |"]
    cells += [f"{v} |" for v in tots]
    for lab, _, _, vals in DUR_BANDS:
        cells.append(f"{lab} |")
        cells += [f"{v} |" for v in vals]
    table = "\n".join(cells)
    text = f"""Skip to main content
Durham Constabulary
Report{NBSP}{NBSP}Contact us{NBSP}{NBSP}Advice and information{NBSP}{NBSP}News{NBSP}{NBSP}About us
We use necessary cookies to make this site work. We'd also like to set analytics cookies to help us improve it. We won't set these unless you accept them.
Accept analytics cookies
Reject analytics cookies
View cookies
Home
About us
Freedom of Information
Disclosure log
2024
Sexual offences against children 2021 to 2023
Reference: 189/24
Published: 14 March 2024
Category: Crime

Request

I would like to request the following information under the Freedom of Information Act:
• the number of sexual offences against children (under 18) recorded by Durham Constabulary in each calendar year 2021, 2022 and 2023
• the same figures broken down by the age of the victim
• how many of these offences involved a suspect who was also a child

Response

Durham Constabulary does hold information in relation to your request.

The table below shows sexual offences recorded in each calendar year where the victim was under 18 at the time of the offence. The first row is the total for each year; the rows beneath it break that total down by the victim's age.

{table}

Offences where the age of the victim was not recorded are not included in the table.

Where a suspect was recorded, they were aged under 18 in {DUR_SUSP_U18[0]} of the offences in 2021. The figure for 2022 was {DUR_SUSP_U18[1]} and for 2023 it was {DUR_SUSP_U18[2]}. A further {DUR_SUSP_NK[0]}, {DUR_SUSP_NK[1]} and {DUR_SUSP_NK[2]} offences respectively had a suspect whose age was not recorded, and in the rest no suspect was identified or the suspect was an adult.

Please note that the data is taken from a live crime recording system and was correct when extracted on 5 March 2024. Figures may change as investigations progress.

Related disclosures
Sexual offences against children 2018 to 2020 (Ref: 402/21)
Child sexual exploitation flags 2022 (Ref: 077/23)

Contact us
In an emergency always call 999. For non-emergencies call 101.
Durham Constabulary, Police Headquarters, Aykley Heads, Durham DH1 5TT
Accessibility{NBSP}|{NBSP}Privacy notice{NBSP}|{NBSP}Cookies{NBSP}|{NBSP}Terms
© Durham Constabulary 2024
"""
    objs = []
    years = [2021, 2022, 2023]
    for y, t in zip(years, tots):
        objs.append(O("sexual offences against children", cy(y), {}, t, is_total=True,
                      note="'All victims under 18' row, printed FIRST, above the age bands it sums."))
    for lab, lo, hi, vals in DUR_BANDS:
        for y, v in zip(years, vals):
            objs.append(O("sexual offences against children", cy(y), {"victim_age_min": lo, "victim_age_max": hi}, v))
    for y, v in zip(years, DUR_SUSP_U18):
        objs.append(O("sexual offences against children with a suspect aged under 18", cy(y),
                      {"suspect_age_max": 17}, v, note="In sentences, one year per sentence."))
    for y, v in zip(years, DUR_SUSP_NK):
        objs.append(O("sexual offences against children with a suspect whose age was not recorded", cy(y),
                      {"suspect_age_known": False}, v, note="'respectively' list of three figures."))
    meta = {
        "authority": "Durham Constabulary",
        "area_id": "durham",
        "reference": "189/24",
        "received": None,
        "published": "2024-03-14",
        "question": "For each calendar year 2021, 2022 and 2023: the number of sexual offences against children (under 18) recorded; the same broken down by the age of the victim; and how many involved a suspect who was also a child.",
        "periods_asked": [plabel("2021", cy(2021)), plabel("2022", cy(2022)), plabel("2023", cy(2023))],
        "truncated": False,
        "notes": [
            "Disclosure-log page: skip link, nav with non-breaking spaces, cookie banner with button lines, breadcrumb one item per line, related disclosures with years and references, footer with 999/101/postcode.",
            "Request as unnumbered bullet points ('•').",
            "Table flattened one cell per line with a trailing ' |' and a '|---|---|---|---|' separator; calendar years across, age bands down ('0 - 5' … '16 - 17' with spaces round the hyphen).",
            "The total row 'All victims under 18' comes FIRST, above the bands it sums (612, 655, 638).",
            "Suspects under 18 in three separate sentences ('The figure for 2022 was 162 and for 2023 it was 158'); suspects of unknown age as a 'respectively' list.",
            "Distractors: related-disclosure years and references, extraction date, postcode.",
        ],
    }
    return finish("106_durham", meta, objs, text)


# ======================================================================= 107 Suffolk (txt, pasted page)
SUF_COLS = [("Under 10", 0, 9), ("10", 10, 10), ("11", 11, 11), ("12", 12, 12), ("13", 13, 13), ("14", 14, 14),
            ("15", 15, 15), ("Not recorded", None, None)]
SUF_DATA = {2021: [3, 9, 17, 31, 48, 52, 37, 4], 2022: [6, 12, 21, 35, 55, 61, 44, 2], 2023: [1, 8, 19, 40, 63, 58, 49, 7]}
SUF_CHARGED = {2021: 14, 2022: 11, 2023: 6}


def reply_107():
    def cell(v):
        return "*" if 1 <= v <= 4 else str(v)
    heads = ["Financial year", "Under 10", "10", "11", "12", "13", "14", "15", "Not recorded", "Total"]
    widths = [16, 10, 6, 6, 6, 6, 6, 6, 14, 7]
    lines = ["".join(h.rjust(w) if i else h.ljust(w) for i, (h, w) in enumerate(zip(heads, widths)))]
    for y in (2021, 2022, 2023):
        vals = SUF_DATA[y]
        row = [f"{y}/{str(y + 1)[2:]}"] + [cell(v) for v in vals] + [str(sum(vals))]
        lines.append("".join(c.rjust(w) if i else c.ljust(w) for i, (c, w) in enumerate(zip(row, widths))))
    table = "\n".join(lines)
    text = f"""Suffolk Constabulary
Home{NBSP}|{NBSP}Report{NBSP}|{NBSP}Contact us{NBSP}|{NBSP}Advice{NBSP}|{NBSP}News{NBSP}|{NBSP}About us
Search this site
Accept all cookies    Reject non-essential cookies    Cookie settings
Home › About us › Freedom of Information › Disclosure log › Crime
Sexual communication with a child - victim ages

FOI reference: FOI-004932-24
Date of response: 17 September 2024

Question 1:
Please provide the number of offences of sexual communication with a child (Section 15A of the Sexual Offences Act 2003) recorded by Suffolk Constabulary in each of the last three financial years, broken down by the age of the victim at the time of the offence. Single years of age from 10 to 15 would be ideal.

Answer:
The table below shows offences recorded under Home Office code 71/17 by the age of the victim. An asterisk (*) shows a figure between 1 and 4 (inclusive), which has been suppressed so that individual victims cannot be identified. The totals are the full number of offences, including any suppressed figures.

{table}

Question 2:
How many of these offences resulted in a charge?

Answer:
Offences with Home Office outcome 1 (charged/summonsed):
2021/22 = {SUF_CHARGED[2021]}
2022/23 = {SUF_CHARGED[2022]}
2023/24 = {SUF_CHARGED[2023]}
Outcomes were recorded as at 9 September 2024.

Question 3:
Which apps or websites were used to contact the victims?

Answer:
The application or website used is not recorded in a structured field. To answer this question an officer would have to read each of the 682 crime reports above, which we estimate would take at least 4 minutes per report, about 45 hours in total. This is beyond the appropriate limit of 18 hours (£450) set for police forces, and Suffolk Constabulary is therefore not obliged to answer this question by virtue of Section 12(1) of the Freedom of Information Act 2000. This response acts as a refusal notice under Section 17(5).

Complaint rights
If you are unhappy with the way your request has been handled you may ask for an internal review within 40 working days by writing to the Information Management Department, Suffolk Constabulary, Police Headquarters, Martlesham Heath, Ipswich, IP5 3QS.

Was this page helpful?  Yes  No
Emergency 999  |  Non-emergency 101  |  Textphone 18000
© 2024 Suffolk Constabulary
"""
    objs = []
    rule = "'*'; rule stated: between 1 and 4 inclusive; the Total includes it."
    for y in (2021, 2022, 2023):
        per = fy(y)
        for (lab, lo, hi), v in zip(SUF_COLS, SUF_DATA[y]):
            bd = {"offence_code": "71/17"}
            if lo is None:
                bd["victim_age_known"] = False
            else:
                bd["victim_age_min"] = lo
                bd["victim_age_max"] = hi
            if 1 <= v <= 4:
                objs.append(O("sexual communication with a child offences by victim age", per, bd, None, "suppressed",
                              lower=1, upper=4, note=f"Column '{lab}'. " + rule))
            else:
                objs.append(O("sexual communication with a child offences by victim age", per, bd, v))
        objs.append(O("sexual communication with a child offences", per, {"offence_code": "71/17"},
                      sum(SUF_DATA[y]), is_total=True, note="Total column; exact, includes suppressed cells."))
    for y in (2021, 2022, 2023):
        objs.append(O("sexual communication with a child offences charged", fy(y),
                      {"offence_code": "71/17", "outcome": "charged"}, SUF_CHARGED[y],
                      note="Outcome 1 as at 9 September 2024, kept on the financial year of recording."))
    for y in (2021, 2022, 2023):
        objs.append(O("apps or websites used to contact victims (list)", fy(y), {"offence_code": "71/17"}, None,
                      "exempt", sections=["12(1)"],
                      note="Refused on cost: 682 reports x 4 minutes, about 45 hours; £450 / 18 hours."))
    meta = {
        "authority": "Suffolk Constabulary",
        "area_id": "suffolk",
        "reference": "FOI-004932-24",
        "received": None,
        "published": "2024-09-17",
        "question": "For each of the last three financial years (2021/22, 2022/23, 2023/24): offences of sexual communication with a child (s.15A SOA 2003, 71/17) by the age of the victim, single years 10 to 15 if possible; how many resulted in a charge; which apps or websites were used to contact the victims.",
        "periods_asked": [plabel("2021/22", fy(2021)), plabel("2022/23", fy(2022)), plabel("2023/24", fy(2023))],
        "truncated": False,
        "notes": [
            "Disclosure-log page with nav (NBSP around '|'), cookie buttons on one line, breadcrumb with '›', footer with 999/101/18000.",
            "'Question N:' / 'Answer:' blocks, each question re-quoted; the question names ages 10 to 15 and Section 15A (distractors).",
            "Wide table aligned on runs of spaces: financial years DOWN, SINGLE YEARS of victim age ACROSS ('Under 10', 10 … 15, 'Not recorded') plus a Total column; no Total row.",
            "'*' = between 1 and 4 inclusive (rule in the answer text), totals exact.",
            "'Not recorded' age for an offence whose victims are under 16 by definition: victim_age_known false.",
            "Charges as 'YYYY/YY = N' lines; outcomes as at 9 September 2024.",
            "Platforms refused under s.12(1): 682 (= 201 + 236 + 245) x 4 minutes = about 45 hours; one object per year.",
        ],
    }
    return finish("107_suffolk", meta, objs, text)


# ======================================================================= 108 Warwickshire (txt, pasted page, cut)
WAR_DATA = [("31 March 2022", "2022-03-31", (11, 34, 57), "â€“"),
            ("31 March 2023", "2023-03-31", (9, 41, 62), "-"),
            ("31 March 2024", "2024-03-31", (14, 38, 49), "–")]


def reply_108():
    blocks = []
    for lab, _, (h, m, l), s in WAR_DATA:
        blocks.append(f"As at {lab}\nHigh {s} {h}\nMedium {s} {m}\nLow {s} {l}\nTotal {s} {h + m + l}")
    body = "\n\n".join(blocks)
    text = f"""Warwickshire Police
Menu
Report{NBSP}{NBSP}|{NBSP}{NBSP}Contact{NBSP}{NBSP}|{NBSP}{NBSP}Advice{NBSP}{NBSP}|{NBSP}{NBSP}News{NBSP}{NBSP}|{NBSP}{NBSP}Jobs
This website uses cookies. Some are essential and some help us understand how you use the site. Find out more in our cookies policy.
OK, I accept    No, thanks
Freedom of Information › Disclosure log › Child sexual exploitation risk assessments
Child sexual exploitation risk assessments
Reference: 2024-00931
Published: 22 May 2024

Request
Please tell me how many children were assessed as being at risk of child sexual exploitation at the end of each of the last three financial years, broken down by risk level (high, medium and low), how many of those children were looked-after children, and the names or locations of any places identified by the force as CSE hotspots in that time.

Response
Warwickshire Police holds some of the information you have requested.

The figures below are the number of children with an open child sexual exploitation (CSE) risk assessment on the last day of each financial year, by the level of risk assessed. A child is counted once, at their most recent risk level.

{body}

Whether a child is looked after by the local authority is not recorded on the CSE risk assessment, and we have no other record from which this could be reliably produced. This part of your request is therefore not held.

Information on locations identified as CSE hotspots is held. However, it is exempt from disclosure by virtue of Section 31(1)(a) (Law Enforcement) of the Freedom of Information Act 2000, and we have considered the public interest below.

Section 31 is a qualified, prejudice-based exemption. This means that we must show the harm that would be caused by disclosure, and then weigh the public interest in releasing the information against the public interest in withholding it.

Harm
Naming places that have been, or are, of concern would tell those who seek to exploit children where the police are focusing their attention, and where they are not. Offenders could move their activity to other locations, and the children at risk would be harder to find and protect. Disclosure could also lead to the identification of individual children living in or near a named loca
[EXCERPT ENDS]
"""
    objs = []
    for lab, day, (h, m, l), s in WAR_DATA:
        per = (day, day)
        note = "As at date (one-day period)." + (" Separator written as mojibake 'â€“'." if s == "â€“" else "")
        for lvl, v in (("high", h), ("medium", m), ("low", l)):
            objs.append(O(f"children with an open CSE risk assessment, {lvl} risk", per, {}, v, note=note))
        objs.append(O("children with an open CSE risk assessment", per, {}, h + m + l, is_total=True, note=note))
    for lab, day, _, _ in WAR_DATA:
        objs.append(O("children with an open CSE risk assessment who were looked-after children", (day, day), {},
                      None, "not_held", note="Looked-after status not recorded on the risk assessment."))
    objs.append(O("locations identified as CSE hotspots (list)", ("2021-04-01", "2024-03-31"), {}, None, "exempt",
                  sections=["31(1)(a)"],
                  note="Withheld under s.31(1)(a). A list asked for 'in that time', i.e. across the last three financial years: one object for the span. The page is cut inside the harm test."))
    meta = {
        "authority": "Warwickshire Police",
        "area_id": "warwickshire",
        "reference": "2024-00931",
        "received": None,
        "published": "2024-05-22",
        "question": "How many children were assessed as at risk of child sexual exploitation at the end of each of the last three financial years (31 March 2022, 2023 and 2024), by risk level (high, medium, low); how many of those were looked-after children; and the names or locations of places identified as CSE hotspots in that time.",
        "periods_asked": [plabel("as at 31 March 2022", ("2022-03-31", "2022-03-31")),
                          plabel("as at 31 March 2023", ("2023-03-31", "2023-03-31")),
                          plabel("as at 31 March 2024", ("2024-03-31", "2024-03-31"))],
        "truncated": True,
        "notes": [
            "Request is one long sentence asking for several things; no question numbers.",
            "'As at 31 March YYYY' headings, each followed by 'High - N' / 'Medium - N' / 'Low - N' / 'Total - N' lines: one-day periods (year-end snapshots, not financial-year counts).",
            "Separators differ by block: mojibake 'â€“', hyphen, en dash.",
            "Risk level is outside the breakdown dimensions: measure_hint, breakdown {}.",
            "Looked-after status not held: one object per as-at date.",
            "Hotspot locations (a list asked for the whole three-year span) withheld under s.31(1)(a): one object for 1 April 2021 - 31 March 2024. The page is cut mid-word inside the harm test ('loca').",
            "Site chrome: nav with non-breaking spaces, cookie banner with buttons on one line, breadcrumb with '›'.",
        ],
    }
    return finish("108_warwickshire", meta, objs, text)


if __name__ == "__main__":
    for f in (reply_101, reply_102, reply_103, reply_104, reply_105, reply_106, reply_107, reply_108):
        n = f()
        print(f.__name__, n)
