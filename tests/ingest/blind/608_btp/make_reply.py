"""Build reply.docx: British Transport Police FOI response (reference FOI 0412-25), python-docx.

Medium reply (25 figures). Sexual offences recorded by BTP where the victim was under 18, for the
financial years 2022/23 to 2024/25: Table 1 by victim gender with a Total column (small numbers
'*' with a reason but no threshold); Table 2 by victim age band, with 2022/23 'N/H' (not held)
because the age field was not mandatory on the old system; question 3 (charged) in a sentence,
with the 2024/25 offences still under investigation. Years down, written 'April 2022 - March 2023'.
"""
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor

HERE = Path(__file__).resolve().parent
REF = "FOI 0412-25"
YEARS = ["April 2022 \u2013 March 2023", "April 2023 \u2013 March 2024", "April 2024 \u2013 March 2025"]

# Table 1: Female, Male, Unknown (None = '*'), Total
T1 = [(412, 61, None, 476), (455, 74, None, 531), (438, 69, 5, 512)]
TRUE_UNKNOWN = (3, 2, 5)
for (f, m, u, t), tu in zip(T1, TRUE_UNKNOWN):
    assert f + m + tu == t
# Table 2: Under 13, 13-15, 16-17 ('N/H' for 2022/23)
T2 = [("N/H", "N/H", "N/H"), (38, 247, 246), (41, 229, 242)]
assert sum(T2[1]) == 531 and sum(T2[2]) == 512

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(10.5)

sec = doc.sections[0]
hp = sec.header.paragraphs[0]
hp.text = "OFFICIAL"
hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
fp = sec.footer.paragraphs[0]
fp.text = ("British Transport Police, Freedom of Information Unit, 25 Camden Road, London NW1 9LN  |  "
           "foi@btp.police.uk")
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
for run in hp.runs + fp.runs:
    run.font.size = Pt(8)

t = doc.add_paragraph()
r = t.add_run("British Transport Police")
r.bold = True
r.font.size = Pt(16)
r.font.color.rgb = RGBColor(0x00, 0x2B, 0x5C)
doc.add_paragraph("Freedom of Information Unit\n25 Camden Road\nLondon\nNW1 9LN")
doc.add_paragraph(f"Our reference: {REF}\nDate: 23 May 2025")
p = doc.add_paragraph()
p.add_run("Freedom of Information Request").bold = True
doc.add_paragraph("Dear Requester,")
doc.add_paragraph("Thank you for your request for information which was received by British Transport Police "
                  "(BTP) on 25 April 2025. Your request has been dealt with under the Freedom of Information Act "
                  "2000 (FOIA). You asked for the following information:")
for q in ("1. For the financial years 2022/23, 2023/24 and 2024/25, the number of sexual offences recorded by "
          "BTP where the victim was under 18, broken down by the gender of the victim.",
          "2. The same figures broken down by the age of the victim (under 13, 13 to 15 and 16 to 17).",
          "3. For each year, how many of these offences resulted in a suspect being charged."):
    qp = doc.add_paragraph(q)
    qp.paragraph_format.left_indent = Pt(18)
    qp.runs[0].italic = True

h = doc.add_paragraph()
h.add_run("Response").bold = True
doc.add_paragraph("BTP can confirm that it holds information relevant to your request. Please see the tables "
                  "below. The figures are taken from the BTP crime recording system and count offences by the "
                  "date on which they were recorded. BTP polices the railway network of England, Scotland and "
                  "Wales, and the figures cover offences recorded across the whole network.")


def table(heading, cols, rows):
    hp = doc.add_paragraph()
    hp.add_run(heading).bold = True
    tb = doc.add_table(rows=1 + len(rows), cols=len(cols))
    tb.style = "Table Grid"
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, c in enumerate(cols):
        cell = tb.rows[0].cells[j]
        cell.text = c
        cell.paragraphs[0].runs[0].bold = True
    for i, (label, vals) in enumerate(rows, start=1):
        tb.rows[i].cells[0].text = label
        for j, v in enumerate(vals, start=1):
            cell = tb.rows[i].cells[j]
            cell.text = "*" if v is None else (f"{v:,}" if isinstance(v, int) else v)
            cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    return tb


doc.add_paragraph().add_run("Question 1").bold = True
table("Table 1: Sexual offences where the victim was aged under 18, by victim gender",
      ["Financial year", "Female", "Male", "Unknown", "Total"],
      list(zip(YEARS, T1)))
doc.add_paragraph("* Small numbers have been replaced with an asterisk to reduce the risk of identifying "
                  "individual victims. The totals include these offences.").runs[0].font.size = Pt(9)

doc.add_paragraph().add_run("Question 2").bold = True
table("Table 2: Sexual offences where the victim was aged under 18, by victim age",
      ["Financial year", "Under 13", "13 to 15", "16 to 17"],
      list(zip(YEARS, T2)))
doc.add_paragraph("N/H \u2013 Not held. Until 31 March 2023 the victim\u2019s date of birth was not a mandatory "
                  "field on the BTP crime recording system, and victims under 18 were identified using a "
                  "\u2018juvenile victim\u2019 marker only. The age of these victims is therefore not held in a "
                  "retrievable form for April 2022 \u2013 March 2023. Section 1(1)(a) of the FOIA applies to "
                  "this part of your request.").runs[0].font.size = Pt(9)

doc.add_paragraph().add_run("Question 3").bold = True
doc.add_paragraph("Of the offences in Table 1, 64 resulted in a suspect being charged in 2022/23, 71 in 2023/24 "
                  "and 38 in 2024/25. A further 96 of the offences recorded in 2024/25 remain under "
                  "investigation and no outcome has yet been recorded for them, so the 2024/25 figure is likely "
                  "to rise.")
doc.add_paragraph("Please note that where more than one suspect was charged for an offence, the offence is "
                  "counted once.")

doc.add_paragraph().add_run("Complaint Rights").bold = True
doc.add_paragraph("If you are not satisfied with this response you can request an internal review by writing to "
                  "the Freedom of Information Unit at the address above, or by email to foi@btp.police.uk, "
                  "within 40 working days of the date of this letter. If you remain dissatisfied after the "
                  "internal review, you may complain to the Information Commissioner\u2019s Office, Wycliffe "
                  "House, Water Lane, Wilmslow, Cheshire SK9 5AF.")
doc.add_paragraph("Yours sincerely,\n\nFreedom of Information Unit\nBritish Transport Police")

doc.save(HERE / "reply.docx")
print("written", HERE / "reply.docx")
