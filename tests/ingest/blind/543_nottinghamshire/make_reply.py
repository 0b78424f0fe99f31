"""Build reply.docx: a Nottinghamshire Police FOI response letter (python-docx).

The question 1 table is NOT a Word table: it is typed as tab-separated paragraphs with tab
stops (years down, codes across written with leading zeros '021', '022B', a Total column and
a Total row). Question 2 is a sentence with one figure in words; question 3 is a
'label - N' list with '<5' (rule stated).
"""
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.shared import Cm, Pt

HERE = Path(__file__).resolve().parent
REF = "FOI 000743/25"

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(11)

sec = doc.sections[0]
hp = sec.header.paragraphs[0]
hp.text = "OFFICIAL"
hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
fp = sec.footer.paragraphs[0]
fp.text = "OFFICIAL\nNottinghamshire Police, Sherwood Lodge, Arnold, Nottingham NG5 8PP"
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER


def para(text="", bold=False, italic=False, align=None):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
    if align is not None:
        p.alignment = align
    return p


para("Nottinghamshire Police", bold=True, align=WD_ALIGN_PARAGRAPH.RIGHT)
para("Information Management Unit\nSherwood Lodge\nArnold\nNottingham\nNG5 8PP", align=WD_ALIGN_PARAGRAPH.RIGHT)
para(f"Our Reference: {REF}\nDate: 20 May 2025")
para("FREEDOM OF INFORMATION ACT 2000 - REQUEST", bold=True)
para("Thank you for your request for information received on 22 April 2025, in which you asked:")
para("1. For the last three financial years, the number of offences recorded under Home Office code 21 "
     "(sexual activity involving a child under 13) and Home Office code 22B (sexual activity involving a "
     "child under 16).", italic=True)
para("2. For the code 22B offences, how many involved a suspect who was also aged under 18?", italic=True)
para("3. How many of the offences in question 1 took place on school premises?", italic=True)
para("Response", bold=True)
para("Nottinghamshire Police can confirm that it holds the information you have requested. The last three "
     "complete financial years are 2022/2023, 2023/2024 and 2024/2025 (1 April 2022 to 31 March 2025).")
para("Question 1", bold=True)


def tabrow(cells, bold=False):
    p = doc.add_paragraph()
    ts = p.paragraph_format.tab_stops
    for pos in (5.0, 8.0, 11.0):
        ts.add_tab_stop(Cm(pos), WD_TAB_ALIGNMENT.RIGHT)
    r = p.add_run("\t".join(cells))
    r.bold = bold
    p.paragraph_format.space_after = Pt(0)
    return p


ROWS = [("2022/2023", 38, 214), ("2023/2024", 44, 231), ("2024/2025", 35, 198)]
tabrow(["Financial Year", "021", "022B", "Total"], bold=True)
for y, a, b in ROWS:
    tabrow([y, str(a), str(b), str(a + b)])
ta, tb = sum(r[1] for r in ROWS), sum(r[2] for r in ROWS)
assert (ta, tb, ta + tb) == (117, 643, 760)
tabrow(["Total", str(ta), str(tb), str(ta + tb)], bold=True)
para()
para("021 - Sexual activity involving a child under 13; 022B - Sexual activity involving a child under 16.",
     italic=True)

para("Question 2", bold=True)
para("Of the offences recorded under code 22B, the suspect was aged under 18 at the time of the offence in "
     "97 offences in 2022/2023, 104 offences in 2023/2024 and eighty-six offences in 2024/2025. Where more "
     "than one suspect is linked to an offence, the offence has been counted once.")

para("Question 3", bold=True)
para("The location type of offences recorded under codes 21 and 22B was examined. Offences recorded as "
     "taking place at a school (including school grounds) were:")
for line in ["2022/2023 - 6", "2023/2024 - <5", "2024/2025 - 7"]:
    p = para(line)
    p.paragraph_format.left_indent = Cm(1)
    p.paragraph_format.space_after = Pt(0)
para()
para("Figures lower than 5 have been shown as <5. This is to prevent the identification of victims, as "
     "disclosure of the exact figure could, when combined with other information in the public domain, "
     "identify individuals. That information is exempt under Section 40(2) of the Act.")
para("Please note that the figures are taken from a live crime recording system and were correct at the "
     "time of extraction on 8 May 2025. They may differ from figures previously published.")

para("Complaint Rights", bold=True)
para("If you are dissatisfied with this response you may ask for an internal review within 40 working days "
     "of the date of this letter. If you remain dissatisfied you may complain to the Information "
     "Commissioner, Wycliffe House, Water Lane, Wilmslow, Cheshire, SK9 5AF.")
para("Yours sincerely")
para("Disclosure Officer\nInformation Management Unit")

doc.save(HERE / "reply.docx")
print("wrote", HERE / "reply.docx")
