"""Build reply.docx: West Mercia Police internal review letter (round 16, folder 328)."""
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

HERE = Path(__file__).resolve().parent

doc = Document()
style = doc.styles["Normal"]
style.font.name = "Arial"
style.font.size = Pt(11)

sec = doc.sections[0]
hp = sec.header.paragraphs[0]
hp.text = "OFFICIAL"
hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
fp = sec.footer.paragraphs[0]
fp.text = "OFFICIAL\nWest Mercia Police - Information Rights Unit - PO Box 55, Hindlip, Worcester WR3 8SP"
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER


def para(text="", bold=False, align=None, size=None):
    p = doc.add_paragraph()
    run = p.add_run(text)
    run.bold = bold
    if size:
        run.font.size = Pt(size)
    if align:
        p.alignment = align
    return p


para("West Mercia Police", bold=True, size=16)
para("Information Rights Unit\nPO Box 55\nHindlip\nWorcester\nWR3 8SP")
para("Our ref: 3318/24 (Internal Review IR/0219/25)\nDate: 14 March 2025")
para("Mr D Okafor\nBy e-mail only")
para("Dear Mr Okafor,")
para("Freedom of Information Act 2000 - Internal Review of request 3318/24", bold=True)
para("I am writing further to your e-mail of 18 February 2025, in which you asked for an internal review "
     "of our response of 7 February 2025 to your request for information about child sexual exploitation. "
     "You questioned the number of crimes we gave for 2022 and the decision not to answer question 4. "
     "I was not involved in the original decision and have now completed the review.")

para("Your original request", bold=True)
for q in [
    "1. The number of crimes recorded with a child sexual exploitation (CSE) flag in each of the calendar years 2022, 2023 and 2024.",
    "2. For those crimes, the outcome of each crime.",
    "3. How many of the victims were (a) female and (b) male.",
    "4. For each year, how many of these investigations made use of officers working undercover online.",
]:
    para(q)

para("Questions 1 and 2", bold=True)
para("In our original response we said that 87 crimes recorded in 2022 carried a CSE flag. This was wrong: "
     "four crimes that had the flag added after our data had been extracted were left out. The correct figure "
     "for 2022 is 91. Table 1 below replaces the table in our original response in full. The figures for 2023 "
     "and 2024 are unchanged.")

para("Table 1 - Crimes with a CSE flag, by outcome and calendar year of recording", bold=True)
rows = [
    ("Outcome", "2022", "2023", "2024"),
    ("Charged/summonsed", "19", "23", "11"),
    ("Caution - youth", "-", "2", "-"),
    ("Caution - adult", "3", "-", "1"),
    ("Community resolution", "4", "6", "2"),
    ("Outcome 14 - evidential difficulties: suspect not identified; victim does not support further action", "7", "5", "6"),
    ("Outcome 15 - evidential difficulties: suspect identified; victim supports action", "31", "38", "22"),
    ("Outcome 16 - evidential difficulties: suspect identified; victim does not support action", "22", "19", "17"),
    ("Investigation ongoing (no outcome yet)", "5", "9", "40"),
    ("Total", "91", "102", "99"),
]
t = doc.add_table(rows=len(rows), cols=4)
t.style = "Table Grid"
t.alignment = WD_TABLE_ALIGNMENT.CENTER
for i, r in enumerate(rows):
    for j, v in enumerate(r):
        cell = t.cell(i, j)
        cell.text = v
        p = cell.paragraphs[0]
        if j > 0:
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        if i == 0 or i == len(rows) - 1:
            for run in p.runs:
                run.bold = True
para("- denotes nil. Outcomes are shown as at 28/02/2025; crimes still under investigation may receive "
     "an outcome later. Each crime is shown once, against its current outcome.", size=9)

para("Question 3", bold=True)
para("Our answer to question 3 has also been revised to take account of the four additional crimes. "
     "Of the 91 CSE-flagged crimes recorded in 2022, the victim was female in 78 and male in 13. "
     "In 2023, 85 of the victims were female and 17 were male. In 2024, 80 were female and 16 were male, "
     "and in 3 crimes the victim's gender had not been recorded.")

para("Question 4", bold=True)
para("The original response neither confirmed nor denied whether West Mercia Police holds information "
     "relevant to question 4. Having reviewed that decision I uphold it. West Mercia Police can neither "
     "confirm nor deny that it holds the information you have asked for in question 4, by virtue of the "
     "following exemptions:")
for s in ["Section 23(5) - Information supplied by, or concerning, certain Security Bodies",
          "Section 24(2) - National Security",
          "Section 31(3) - Law Enforcement"]:
    doc.add_paragraph(s, style="List Bullet")
para("Confirming or denying whether covert online tactics were used in any year would, when set beside "
     "other releases, show offenders where and when such tactics are or are not deployed. Sections 24 and 31 "
     "are qualified exemptions and the public interest test is set out in the annex to our original response. "
     "Section 23 is an absolute exemption.")

para("Conclusion", bold=True)
para("I partially uphold your complaint: the 2022 figures were wrong and have been corrected above, but "
     "the decision on question 4 stands.")
para("If you remain dissatisfied you may complain to the Information Commissioner's Office, Wycliffe House, "
     "Water Lane, Wilmslow, Cheshire SK9 5AF, or through https://ico.org.uk/make-a-complaint/.")
para("Yours sincerely,")
para("A. Marsh\nInformation Rights Reviewer\nWest Mercia Police")

doc.save(HERE / "reply.docx")
print("wrote", HERE / "reply.docx")
