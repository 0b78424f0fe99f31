"""Build reply.docx: a bilingual (Welsh | English) North Wales Police FOI response (python-docx).

Medium reply. The letter is laid out side by side: a borderless two-column table with the Welsh
text on the left and the English text on the right, paragraph for paragraph, so every sentence
(and the Question 2 'YYYY-YY – N' list) appears twice. Question 1 is one bilingual data table
(sexual communication with a child, Home Office code 71/17, years down written '2022-23', victim
age bands across, Total column) with '<5' cells whose rule is stated under the table. Question 3
(age of the youngest victim) is withheld under s.40(2).
"""
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = Path(__file__).resolve().parent
REF = "FOI 0519/25"

# true values; cells 1-4 are printed '<5'
DATA = [
    ("2022-23", 4, 21, 55, 3),
    ("2023-24", 11, 26, 63, 6),
    ("2024-25", 9, 19, 60, 2),
]
CHARGED = [("2022-23", 17), ("2023-24", 22), ("2024-25", 14)]


def shown(v):
    return "<5" if 1 <= v <= 4 else str(v)


doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(10)
st.paragraph_format.space_after = Pt(4)
sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2)

hp = sec.header.paragraphs[0]
hp.text = "SWYDDOGOL / OFFICIAL"
hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
fp = sec.footer.paragraphs[0]
fp.text = ("Rydym yn croesawu gohebiaeth yn Gymraeg ac yn Saesneg. / We welcome correspondence in Welsh and "
           "English.\nSWYDDOGOL / OFFICIAL")
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER


def no_borders(table):
    tbl_pr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tbl_pr.append(borders)


def side_by_side(pairs):
    t = doc.add_table(rows=0, cols=2)
    no_borders(t)
    for cy, en, *opt in pairs:
        bold = bool(opt and opt[0] == "b")
        italic = bool(opt and opt[0] == "i")
        cells = t.add_row().cells
        for cell, text in zip(cells, (cy, en)):
            cell.width = Cm(8.5)
            p = cell.paragraphs[0]
            r = p.add_run(text)
            r.bold = bold
            r.italic = italic
    return t


title = doc.add_paragraph()
title.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = title.add_run("Heddlu Gogledd Cymru  |  North Wales Police")
r.bold = True
r.font.size = Pt(15)
r.font.color.rgb = RGBColor(0, 51, 102)
sub = doc.add_paragraph()
sub.alignment = WD_ALIGN_PARAGRAPH.CENTER
sub.add_run("Uned Rhyddid Gwybodaeth, Pencadlys yr Heddlu, Glan y Don, Bae Colwyn LL29 8AW\n"
            "Freedom of Information Unit, Police Headquarters, Glan y Don, Colwyn Bay LL29 8AW").font.size = Pt(8.5)

side_by_side([
    (f"Ein cyf: {REF}\nDyddiad: 19 Mai 2025", f"Our ref: {REF}\nDate: 19 May 2025"),
    ("Annwyl Ymgeisydd,", "Dear Applicant,"),
    ("Deddf Rhyddid Gwybodaeth 2000", "Freedom of Information Act 2000", "b"),
    ("Diolch am eich cais am wybodaeth, a dderbyniwyd gan Heddlu Gogledd Cymru ar 22 Ebrill 2025. "
     "Gofynnoch am y canlynol:",
     "Thank you for your request for information, which was received by North Wales Police on 22 April "
     "2025. You asked for the following:"),
    ("1. Nifer y troseddau cyfathrebu rhywiol â phlentyn a gofnodwyd ym mhob un o\u2019r tair blynedd ariannol "
     "diwethaf, wedi\u2019u dadansoddi yn ôl oedran y dioddefwr.",
     "1. The number of offences of sexual communication with a child recorded in each of the last three "
     "financial years, broken down by the age of the victim.", "i"),
    ("2. Ym mhob blwyddyn, nifer y troseddau hyn a arweiniodd at gyhuddo rhywun.",
     "2. For each year, the number of these offences that resulted in someone being charged.", "i"),
    ("3. Oedran y dioddefwr ieuengaf ym mhob blwyddyn.",
     "3. The age of the youngest victim in each year.", "i"),
    ("Ymateb", "Response", "b"),
    ("Mae Heddlu Gogledd Cymru yn dal gwybodaeth sy\u2019n berthnasol i\u2019ch cais. Rhoddir yr ateb i "
     "gwestiynau 1 a 2 isod. Mae\u2019r wybodaeth y gofynnwyd amdani yng nghwestiwn 3 wedi\u2019i heithrio "
     "rhag ei datgelu o dan adran 40(2) o\u2019r Ddeddf.",
     "North Wales Police holds information relevant to your request. The answers to questions 1 and 2 are "
     "given below. The information requested in question 3 is exempt from disclosure under section 40(2) "
     "of the Act."),
    ("Mae\u2019r ffigurau\u2019n ymwneud â throseddau a gofnodwyd o dan god y Swyddfa Gartref 71/17 (Cyfathrebu "
     "rhywiol â phlentyn) rhwng 1 Ebrill 2022 a 31 Mawrth 2025, yn ôl oedran y dioddefwr ar adeg y drosedd.",
     "The figures relate to crimes recorded under Home Office code 71/17 (Sexual communication with a child) "
     "between 1 April 2022 and 31 March 2025, by the age of the victim at the time of the offence."),
    ("Cwestiwn 1", "Question 1", "b"),
    ("Gweler y tabl isod.", "Please see the table below."),
])

doc.add_paragraph()
hdr = ("Blwyddyn ariannol\nFinancial year", "Dan 11\nUnder 11", "11 i 12\n11 to 12", "13 i 15\n13 to 15",
       "Oed heb ei gofnodi\nAge not recorded", "Cyfanswm\nTotal")
t = doc.add_table(rows=1 + len(DATA), cols=len(hdr))
t.style = "Table Grid"
t.alignment = WD_TABLE_ALIGNMENT.CENTER
for j, h in enumerate(hdr):
    c = t.cell(0, j)
    c.text = ""
    run = c.paragraphs[0].add_run(h)
    run.bold = True
    run.font.size = Pt(9)
    c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
for i, (yr, *vals) in enumerate(DATA, start=1):
    cells = [yr] + [shown(v) for v in vals] + [str(sum(vals))]
    for j, v in enumerate(cells):
        c = t.cell(i, j)
        c.text = v
        c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
note = doc.add_paragraph()
note.paragraph_format.space_before = Pt(4)
rn = note.add_run("Lle mae ffigur yn llai na 5, fe\u2019i dangosir fel <5 er mwyn lleihau\u2019r risg o adnabod "
                  "dioddefwr. Mae\u2019r cyfansymiau\u2019n cynnwys pob trosedd.\n"
                  "Where a figure is fewer than five it is shown as <5 to reduce the risk of a victim being "
                  "identified. Totals include all offences.")
rn.italic = True
rn.font.size = Pt(8.5)
doc.add_paragraph()

q2_cy = "\n".join(f"{y} \u2013 {n}" for y, n in CHARGED)
side_by_side([
    ("Cwestiwn 2", "Question 2", "b"),
    ("Nifer y troseddau yng nghwestiwn 1 a arweiniodd at gyhuddiad neu wŷs:",
     "Number of the offences in question 1 that resulted in a charge or summons:"),
    (q2_cy, q2_cy),
    ("Sylwch: cofnodir y canlyniad yn erbyn y flwyddyn y cofnodwyd y drosedd, nid y flwyddyn y cyhuddwyd yr "
     "unigolyn. Mae rhai ymchwiliadau\u2019n parhau, felly gall y ffigurau hyn newid.",
     "Please note: the outcome is counted against the year in which the offence was recorded, not the year "
     "in which the person was charged. Some investigations are continuing, so these figures may change."),
    ("Cwestiwn 3", "Question 3", "b"),
    ("Mae adran 40(2) o\u2019r Ddeddf yn eithrio gwybodaeth bersonol am drydydd parti pan fyddai ei datgelu yn "
     "torri unrhyw un o\u2019r egwyddorion diogelu data. Byddai datgelu oedran y dioddefwr ieuengaf mewn "
     "blwyddyn benodol, ynghyd â gwybodaeth arall sydd ar gael i\u2019r cyhoedd, yn gallu arwain at adnabod "
     "plentyn. Nid yw hyn yn deg nac yn gyfreithlon, ac felly mae\u2019r wybodaeth wedi\u2019i hatal. Mae "
     "adran 40(2) yn eithriad absoliwt ac nid oes angen prawf budd y cyhoedd.",
     "Section 40(2) of the Act exempts personal information about a third party where its disclosure would "
     "breach any of the data protection principles. Disclosing the age of the youngest victim in a given "
     "year, together with other information in the public domain, could lead to a child being identified. "
     "This would be neither fair nor lawful, and the information has therefore been withheld. Section 40(2) "
     "is an absolute exemption and no public interest test is required."),
    ("Hawl i adolygiad", "Right of review", "b"),
    ("Os ydych yn anfodlon â\u2019r ymateb hwn, gallwch ofyn am adolygiad mewnol o fewn 40 diwrnod gwaith i "
     "ddyddiad y llythyr hwn drwy ysgrifennu at yr Uned Rhyddid Gwybodaeth. Os ydych yn dal yn anfodlon wedi "
     "hynny, gallwch gwyno i Swyddfa\u2019r Comisiynydd Gwybodaeth, 2il Lawr, Tŷ Churchill, Ffordd Churchill, "
     "Caerdydd CF10 2HH.",
     "If you are dissatisfied with this response you may ask for an internal review within 40 working days "
     "of the date of this letter by writing to the Freedom of Information Unit. If you remain dissatisfied "
     "you may then complain to the Information Commissioner\u2019s Office, 2nd Floor, Churchill House, "
     "Churchill Way, Cardiff CF10 2HH."),
    ("Yn gywir,\n\nUned Rhyddid Gwybodaeth\nHeddlu Gogledd Cymru",
     "Yours sincerely,\n\nFreedom of Information Unit\nNorth Wales Police"),
])

doc.save(HERE / "reply.docx")
print("written", HERE / "reply.docx")
