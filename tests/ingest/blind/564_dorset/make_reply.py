"""Build reply.docx: a Dorset Police FOI response letter (python-docx).

The request is quoted first (Q1, Q2), then all answers follow under 'Response'.
Q1 is a real Word table, years down written '2021-22', Female / Male / Total columns, one
'<5' cell (rule stated in a sentence under the table). Q2 is a 'label: N' list with one
'N/H' entry keyed under the list.
"""
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

HERE = Path(__file__).resolve().parent
REF = "FOI 2024-1187"

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Calibri"
st.font.size = Pt(11)

sec = doc.sections[0]
hp = sec.header.paragraphs[0]
hp.text = "OFFICIAL - PUBLIC"
hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
fp = sec.footer.paragraphs[0]
fp.text = "Dorset Police | Force Headquarters, Winfrith, Dorchester, Dorset DT2 8DZ | www.dorset.police.uk\nOFFICIAL - PUBLIC"
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER


def para(text="", bold=False, italic=False, align=None, style=None):
    p = doc.add_paragraph(style=style)
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
    if align is not None:
        p.alignment = align
    return p


para("Dorset Police", bold=True, align=WD_ALIGN_PARAGRAPH.RIGHT)
para("Freedom of Information Team\nForce Headquarters\nWinfrith\nDorchester\nDT2 8DZ",
     align=WD_ALIGN_PARAGRAPH.RIGHT)
para(f"Reference: {REF}\nDate: 8 November 2024")
para("Dear Requester,")
para("FREEDOM OF INFORMATION ACT 2000", bold=True)
para("I write in connection with your request for information, which was received by Dorset Police "
     "on 14 October 2024. Your request is reproduced below:")
para("\u201cQ1. For the last three financial years, please provide the number of offences of sexual activity "
     "involving a child under 16 (Home Office code 22B) recorded by Dorset Police, broken down by the gender "
     "of the victim.", italic=True)
para("Q2. For the same three years, how many of these offences were flagged as online or cyber-enabled?\u201d",
     italic=True)
para("Response", bold=True)
para("Dorset Police holds some of the information you have requested. The last three financial years have "
     "been taken as 1 April 2021 to 31 March 2024. Figures are based on the date the offence was recorded "
     "and were extracted on 21 October 2024.")
para("Q1", bold=True)
para("Offences recorded under Home Office code 22B (Sexual activity involving a child under 16), by gender "
     "of the victim:")

rows = [
    ("Financial year", "Female", "Male", "Total"),
    ("2021-22", "128", "<5", "131"),
    ("2022-23", "141", "9", "150"),
    ("2023-24", "119", "12", "131"),
]
t = doc.add_table(rows=len(rows), cols=4)
t.style = "Table Grid"
for i, row in enumerate(rows):
    for j, v in enumerate(row):
        cell = t.cell(i, j)
        cell.text = v
        if i == 0:
            for r in cell.paragraphs[0].runs:
                r.bold = True
        if j > 0:
            cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER

para()
para("Where the number of victims in a category is fewer than five, the figure has been replaced with \u2018<5\u2019. "
     "This is to reduce the risk that a victim could be identified, and the exact figure is exempt under "
     "section 40(2) of the Act (personal information).", italic=True)
para("Q2", bold=True)
para("Offences under code 22B with the online / cyber-enabled flag:")
para("2021-22: N/H")
para("2022-23: 17")
para("2023-24: 23")
para("N/H \u2013 not held. Dorset Police changed its crime recording system during 2022. The online flag was "
     "not carried across for crimes recorded before 1 April 2022, so it cannot be reported for 2021-22. "
     "Please treat this as a notice under section 17 of the Act that this part of the information is not held.",
     italic=True)
para("Please note that the online flag depends on officers and staff applying it correctly when a crime is "
     "recorded, and the figures may under-count offences with an online element.")
para("Complaint rights", bold=True)
para("If you are dissatisfied with this response you may ask for an internal review. Please write to the "
     "Freedom of Information Team at the address above, or e-mail foi@dorset.pnn.police.uk, within 40 working "
     "days of the date of this letter. If you are still dissatisfied after the review you have the right to "
     "complain to the Information Commissioner\u2019s Office, Wycliffe House, Water Lane, Wilmslow, Cheshire "
     "SK9 5AF (telephone 0303 123 1113).")
para("Yours sincerely,")
para("Freedom of Information Officer\nDorset Police")

doc.save(HERE / "reply.docx")
print("wrote", HERE / "reply.docx")
