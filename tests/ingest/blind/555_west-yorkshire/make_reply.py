"""Build reply.docx: West Yorkshire Police FOI response (reference FOI/2025/06173).

Sexual communication with a child (HO code 71/17), calendar years 2022, 2023, 2024 and 2025 to
31 May 2025 (part year).
Q1 offences by victim gender: Word table, years across, Female / Male / Not recorded / Total,
   small figures shown as 'x' (rule stated: between 1 and 4; totals include them).
Q2 platform or app: Word table, years across; the 2022 column is 'N/H' in every row (the
   platform field was added to the crime system on 1 January 2023), keyed under the table.
   One platform counted per crime, so each year's platform column adds to the Q1 total.
"""
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = Path(__file__).resolve().parent
REF = "FOI/2025/06173"
COLS = ["2022", "2023", "2024", "2025 (1 Jan – 31 May)"]

# Q1: true values; 'x' printed where 1..4
Q1 = [("Female", [268, 291, 305, 118]),
      ("Male", [61, 74, 69, 27]),
      ("Not recorded", [4, 6, 3, 2])]
TOT = [sum(r[1][i] for r in Q1) for i in range(4)]
assert TOT == [333, 371, 377, 147]

Q2 = [("Snapchat", ["N/H", 162, 181, 74]),
      ("Instagram", ["N/H", 71, 64, 23]),
      ("WhatsApp", ["N/H", 38, 45, 17]),
      ("Other platform / app", ["N/H", 57, 52, 21]),
      ("Not recorded", ["N/H", 43, 35, 12])]
for i in (1, 2, 3):
    assert sum(r[1][i] for r in Q2) == TOT[i]


def shown(v):
    return "x" if isinstance(v, int) and 1 <= v <= 4 else str(v)


doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(10.5)

sec = doc.sections[0]
hp = sec.header.paragraphs[0]
hp.text = "OFFICIAL"
hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
fp = sec.footer.paragraphs[0]
fp.text = ("West Yorkshire Police  •  Information Management  •  PO Box 9, Laburnum Road, Wakefield WF1 3QP"
           "\nOFFICIAL")
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER


def bold_para(text, size=None, italic=False):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    return p


def shade(cell, fill="D9E2F3"):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def grid(rows, total_last=False):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            cell = t.cell(i, j)
            cell.text = str(v)
            par = cell.paragraphs[0]
            if j > 0:
                par.alignment = WD_ALIGN_PARAGRAPH.CENTER
            if i == 0:
                shade(cell)
            if i == 0 or (total_last and i == len(rows) - 1):
                for run in par.runs:
                    run.bold = True
    return t


def small(text):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.font.size = Pt(9)
    return p


bold_para("West Yorkshire Police", 18)
doc.add_paragraph("Information Management – Freedom of Information Team\nPO Box 9\nLaburnum Road\n"
                  "Wakefield\nWF1 3QP")
p = doc.add_paragraph(f"Our ref: {REF}\nDate: 27 June 2025")
p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
doc.add_paragraph("Dear Ms Ashworth,")
bold_para("Freedom of Information Act 2000 – Request Reference " + REF)
doc.add_paragraph("I write in connection with your request for information, received by West Yorkshire Police "
                  "on 2 June 2025. Your request has now been considered and I am pleased to provide a "
                  "response below.")

bold_para("Your request")
doc.add_paragraph("“Under the Freedom of Information Act, please could you tell me the following about the "
                  "offence of sexual communication with a child (section 15A of the Sexual Offences Act "
                  "2003), for each of the calendar years 2022, 2023 and 2024, and for 2025 to date:")
doc.add_paragraph("Q1. How many offences were recorded, broken down by the gender of the victim.")
doc.add_paragraph("Q2. Which social media platforms or apps were used to contact the child, with the number "
                  "of offences for each platform.”")

bold_para("Our response")
doc.add_paragraph("West Yorkshire Police holds information relevant to your request. Offences of sexual "
                  "communication with a child are recorded under Home Office offence code 71/17, and the "
                  "figures below were extracted from our crime recording system on 11 June 2025 using that "
                  "code. Figures for 2025 cover the period 1 January to 31 May 2025, the last complete month "
                  "before the data was extracted.")

bold_para("Q1", italic=False)
doc.add_paragraph("Table 1 shows the number of crimes recorded under HO code 71/17 in each year, by the "
                  "gender of the victim. Where a crime has more than one victim, the first recorded victim "
                  "has been counted.")
bold_para("Table 1 – Sexual communication with a child (HO code 71/17): crimes recorded by victim gender",
          size=9.5)
rows = [["Victim gender", *COLS]]
for label, vals in Q1:
    rows.append([label, *[shown(v) for v in vals]])
rows.append(["Total", *[str(v) for v in TOT]])
grid(rows, total_last=True)
small("x – figures between 1 and 4 have been replaced with an x to reduce the risk of identifying the "
      "individuals concerned. The totals include these figures.")

bold_para("Q2")
doc.add_paragraph("A field recording the platform or app used was added to the crime recording system on "
                  "1 January 2023. Before that date the platform was only mentioned, if at all, in the "
                  "free-text summary of each crime, and it cannot be extracted for 2022 without reading every "
                  "report. The information is therefore not held in a retrievable form for 2022 and the 2022 "
                  "column is marked N/H.")
doc.add_paragraph("Where more than one platform or app is recorded, the crime has been counted once, against "
                  "the first platform recorded, so the figures for each year add up to the totals in Table 1.")
bold_para("Table 2 – Offences under HO code 71/17 by platform or app used", size=9.5)
rows = [["Platform / app", *COLS]]
for label, vals in Q2:
    rows.append([label, *[shown(v) for v in vals]])
grid(rows)
small("N/H – not held (the platform field was not in use before 1 January 2023).")

doc.add_paragraph("Please note that the data is taken from a live system and figures may differ slightly "
                  "from those previously published, as crimes can be reclassified or cancelled after they are "
                  "first recorded.")

bold_para("Complaint rights")
doc.add_paragraph("If you are dissatisfied with this response you may ask for an internal review within 40 "
                  "working days of the date of this letter, by e-mail to foi@westyorkshire.police.uk or by "
                  "post to the address above. If you remain dissatisfied after the review you may complain "
                  "to the Information Commissioner, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF, "
                  "telephone 0303 123 1113.")
doc.add_paragraph("Yours sincerely,")
doc.add_paragraph("J. Farrant\nDisclosure Officer\nInformation Management")

doc.save(str(HERE / "reply.docx"))
print("wrote", HERE / "reply.docx")
