"""Build reply.docx: Warwickshire Police FOI response (reference WP/FOI/25/0417).

Rape of a child under 13 (HO codes 019E female, 019H male), financial years 2022-23 to 2024-25.
Questions lettered (a), (b), (c), each answered directly underneath.
(a) Word table, codes with leading zeros, years across, Total row.
(b) offences at a school / educational premises: one-row table, 2022-23 'N/H' (location type not
    recorded before April 2023), keyed under the table.
(c) offences linked to a named operation: neither confirm nor deny, s.30(3) and s.31(3).
A final NCND sentence about 'any other information' is meta only.
"""
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

HERE = Path(__file__).resolve().parent
REF = "WP/FOI/25/0417"
YEARS = ["2022-23", "2023-24", "2024-25"]
A = [("019E", "Rape of a female child under 13", [27, 34, 31]),
     ("019H", "Rape of a male child under 13", [6, 9, 5])]
TOT = [sum(r[2][i] for r in A) for i in range(3)]
assert TOT == [33, 43, 36]
B = ["N/H", 3, 1]

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Calibri"
st.font.size = Pt(11)

sec = doc.sections[0]
hp = sec.header.paragraphs[0]
hp.text = "OFFICIAL – PUBLIC"
hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
fp = sec.footer.paragraphs[0]
fp.text = "Warwickshire Police, Leek Wootton, Warwick, CV35 7QA  |  Freedom of Information Unit"
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER


def bold_para(text, size=None):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    if size:
        r.font.size = Pt(size)
    return p


def grid(rows, widths=None):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            cell = t.cell(i, j)
            cell.text = str(v)
            par = cell.paragraphs[0]
            if j >= len(row) - 3:
                par.alignment = WD_ALIGN_PARAGRAPH.CENTER
            if i == 0 or str(row[0]).startswith("Total"):
                for run in par.runs:
                    run.bold = True
    return t


bold_para("Warwickshire Police", 18)
doc.add_paragraph("Freedom of Information Unit")
p = doc.add_paragraph(f"Reference: {REF}\nDate: 9 June 2025")
p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
bold_para("FREEDOM OF INFORMATION REQUEST – RAPE OF CHILDREN UNDER 13")
doc.add_paragraph("Dear Requester,")
doc.add_paragraph("Thank you for your request for information received on 12 May 2025. Your request has been "
                  "dealt with under the Freedom of Information Act 2000. Each part of your request is set "
                  "out below in bold, with our response underneath.")
doc.add_paragraph("The figures have been taken from our crime recording system and relate to crimes recorded "
                  "in the financial years 2022-23, 2023-24 and 2024-25 (1 April 2022 to 31 March 2025).")

bold_para("(a) For each of the last three financial years, how many offences of rape of a female child "
          "under 13 and rape of a male child under 13 were recorded by Warwickshire Police?")
grid([["HO code", "Offence"] + YEARS]
     + [[c, n] + v for c, n, v in A]
     + [["Total", ""] + TOT])
doc.add_paragraph()

bold_para("(b) Of those offences, how many took place at a school or other educational premises?")
doc.add_paragraph("The location type of an offence has only been recorded as a searchable field since our "
                  "crime recording system was upgraded in April 2023. Before that date the location was "
                  "held only as an address, and this information is therefore not held for 2022-23 in a "
                  "form that can be retrieved.")
grid([["Location type"] + YEARS, ["School / educational premises"] + B])
n = doc.add_paragraph("N/H – not held")
n.runs[0].italic = True
n.runs[0].font.size = Pt(9)

bold_para("(c) How many of these offences are linked to Operation Kestrel, the investigation into "
          "non-recent abuse reported in local media in January 2025?")
doc.add_paragraph("Warwickshire Police can neither confirm nor deny that it holds any information relevant to "
                  "this part of your request by virtue of the following exemptions:")
for s in ("Section 30(3) – Investigations and proceedings conducted by public authorities",
          "Section 31(3) – Law enforcement"):
    doc.add_paragraph(s, style="List Bullet")
doc.add_paragraph("To confirm or deny whether any recorded offences are linked to a particular operation, "
                  "whether or not such an operation exists, would reveal the scope and direction of police "
                  "investigative activity and could prejudice any current or future investigation. Having "
                  "considered the public interest, we consider that it favours neither confirming nor "
                  "denying that the information is held. This should not be taken as an indication that "
                  "the information you have requested does or does not exist.")
doc.add_paragraph("In addition, Warwickshire Police can neither confirm nor deny that it holds any other "
                  "information relevant to your request by virtue of section 30(3) of the Act.")

bold_para("Complaint rights")
doc.add_paragraph("If you are unhappy with the way your request has been handled you may ask for an internal "
                  "review by writing to the Freedom of Information Unit within 40 working days of this "
                  "response. If you remain dissatisfied you may complain to the Information Commissioner's "
                  "Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF.")
doc.add_paragraph("Yours faithfully,")
doc.add_paragraph("Freedom of Information Officer\nWarwickshire Police")

doc.save(HERE / "reply.docx")
print("written", HERE / "reply.docx")
