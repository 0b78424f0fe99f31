"""Build reply.docx: Bedfordshire Police FOI response (Word attachment).

Sexual communication with a child (Home Office code 71/17) over the last three complete
financial years, defined in the reply as 1 April 2021 to 31 March 2024 and headed
'FY21/22', 'FY22/23', 'FY23/24' in the tables.
Q1: Word table, victim age bands down, years across, with a Total row and a Total column
(whole span). Q2: second Word table, years down, victim gender across, no totals.
'<5' used for figures under five (rule stated once, above Table 1); the totals include the
hidden figures. Q3: online flag in one sentence. Q4 (platforms): refused under s.12(1)
with an hours estimate that repeats the span total.
"""
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

HERE = Path(__file__).resolve().parent
REF = "FOI/BED/24/1587"

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(10.5)

sec = doc.sections[0]
hp = sec.header.paragraphs[0]
hp.text = "OFFICIAL"
hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
fp = sec.footer.paragraphs[0]
fp.text = ("Information Rights Unit | Bedfordshire Police Headquarters | Woburn Road | "
           "Kempston | Bedford | MK43 9AX")
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER

t = doc.add_paragraph()
t.alignment = WD_ALIGN_PARAGRAPH.RIGHT
t.add_run("Bedfordshire Police\nInformation Rights Unit\n").bold = True
t.add_run("foi@bedfordshire.police.uk")

p = doc.add_paragraph()
p.add_run("Our reference: ").bold = True
p.add_run(REF + "\n")
p.add_run("Date: ").bold = True
p.add_run("13 September 2024")

doc.add_heading("Freedom of Information Act 2000 – Response", level=1)
doc.add_paragraph("Dear Requester,")
doc.add_paragraph(
    "I write in connection with your request for information, received by Bedfordshire Police "
    "on 19 August 2024. We have now completed our searches and I am able to respond as "
    "follows. For ease of reference your questions are set out below, each followed by our "
    "answer.")

doc.add_paragraph(
    "You asked for the following about offences of sexual communication with a child "
    "(section 15A of the Sexual Offences Act 2003) over the last three financial years:")

qs = [
    ("Q1", "How many offences were recorded, broken down by the age of the victim "
           "(under 13, 13 to 15, 16 to 17)?"),
    ("Q2", "How many of those offences were recorded against female and male victims?"),
    ("Q3", "How many of the offences were flagged as taking place online?"),
    ("Q4", "For each offence, the social media platform or app used to communicate with the "
           "child."),
]
for n, q in qs:
    para = doc.add_paragraph(style="List Paragraph")
    para.add_run(n + ". ").bold = True
    para.add_run(q).italic = True

doc.add_heading("Our response", level=2)
doc.add_paragraph(
    "The figures below relate to crimes recorded under Home Office offence code 071/17 "
    "(sexual communication with a child). We have taken ‘the last three financial years’ "
    "to mean the last three complete financial years, 1 April 2021 to 31 March 2024. "
    "FY21/22 therefore runs from 1 April 2021 to 31 March 2022, and so on.")
doc.add_paragraph(
    "Please note that where a figure is fewer than five it has been shown as <5. This is to "
    "reduce the risk that a child could be identified from the data. The totals include "
    "these figures.")


def table(rows, widths=None):
    tb = doc.add_table(rows=len(rows), cols=len(rows[0]))
    tb.style = "Table Grid"
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            cell = tb.cell(i, j)
            cell.text = ""
            run = cell.paragraphs[0].add_run(val)
            if i == 0 or row[0].startswith("Total") or (j == len(row) - 1 and
                                                        rows[0][-1] == "Total"):
                run.bold = True
            if j > 0:
                cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    return tb


para = doc.add_paragraph()
para.add_run("Q1. ").bold = True
para.add_run("Table 1 – Sexual communication with a child (071/17): offences by age of victim")
table([
    ["Victim age", "FY21/22", "FY22/23", "FY23/24", "Total"],
    ["Under 13", "41", "38", "52", "131"],
    ["13 to 15", "96", "112", "104", "312"],
    ["16 to 17", "14", "19", "11", "44"],
    ["Age not recorded", "<5", "6", "<5", "12"],
    ["Total", "153", "175", "171", "499"],
])
doc.add_paragraph()

para = doc.add_paragraph()
para.add_run("Q2. ").bold = True
para.add_run("Table 2 – Sexual communication with a child (071/17): offences by gender of "
             "victim")
table([
    ["Financial year", "Female", "Male", "Unknown"],
    ["FY21/22", "121", "29", "<5"],
    ["FY22/23", "138", "33", "<5"],
    ["FY23/24", "129", "40", "<5"],
])
doc.add_paragraph(
    "‘Unknown’ is used where the gender of the victim was not recorded on the crime report.")

para = doc.add_paragraph()
para.add_run("Q3. ").bold = True
para.add_run(
    "Crimes are flagged as online where any part of the offence was committed through a "
    "computer, phone or other internet-enabled device. Of the offences shown in Table 1, "
    "118 were flagged as online in FY21/22, 139 in FY22/23 and 127 in FY23/24.")

para = doc.add_paragraph()
para.add_run("Q4. ").bold = True
para.add_run(
    "The platform or app used is not a mandatory field on our crime recording system and "
    "cannot be searched or reported on. To answer this part of your request we would have "
    "to read the full record of each of the 499 crimes identified above. A sample review "
    "showed that this takes on average 12 minutes per record, about 100 hours in total. "
    "This is well above the 18 hours (£450) set as the appropriate limit for police forces.")
doc.add_paragraph(
    "Section 12(1) of the Freedom of Information Act allows a public authority to refuse a "
    "request where it estimates that the cost of complying would exceed the appropriate "
    "limit. This letter therefore acts as a refusal notice under section 17(5) of the Act "
    "for Q4. If you were to narrow this part of your request, for example to a short period, "
    "we may be able to help, although we cannot promise this.")

doc.add_heading("Your right to complain", level=2)
doc.add_paragraph(
    "If you are not satisfied with this response you may ask for an internal review by "
    "writing to the Information Rights Unit at the address above within 40 working days. "
    "If you remain dissatisfied after the review you may complain to the Information "
    "Commissioner’s Office, Wycliffe House, Water Lane, Wilmslow, Cheshire, SK9 5AF.")
doc.add_paragraph("Yours sincerely,\n\nInformation Rights Officer\nBedfordshire Police")

doc.save(HERE / "reply.docx")
print("wrote", HERE / "reply.docx")
