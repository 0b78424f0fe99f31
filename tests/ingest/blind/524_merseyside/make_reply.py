"""Build reply.docx: Merseyside Police FOI response (reference FOI 24-0318).

Child sexual exploitation (CSE) flagged crimes, calendar years 2021 to 2023.
The five questions (Q1-Q5) are listed first; the answers follow after all of them.
Q1 crimes per year (2022 amended from an earlier response); Q2 victim gender table and
Q3 victim age table with '<5' under a stated rule; Q4 online-flagged crimes in a sentence;
Q5 platforms not held.
"""
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

HERE = Path(__file__).resolve().parent
REF = "FOI 24-0318"

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(10.5)

sec = doc.sections[0]
hp = sec.header.paragraphs[0]
hp.text = f"Merseyside Police – Information Access Team\t\t{REF}"
fp = sec.footer.paragraphs[0]
fp.text = "Merseyside Police, Canning Place, Liverpool, L1 8JX"
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER

t = doc.add_paragraph()
r = t.add_run("MERSEYSIDE POLICE")
r.bold = True
r.font.size = Pt(16)
doc.add_paragraph("Freedom of Information Act 2000 – Response")
p = doc.add_paragraph(f"Our reference: {REF}\nDate: 8 March 2024")
p.alignment = WD_ALIGN_PARAGRAPH.RIGHT

doc.add_paragraph("Dear Applicant,")
doc.add_paragraph("Thank you for your request for information, which was received by Merseyside Police "
                  "on 12 February 2024. Your request has been considered under the Freedom of "
                  "Information Act 2000 (the Act).")

doc.add_heading("Your request", level=2)
doc.add_paragraph("For each of the calendar years 2021, 2022 and 2023:")
qs = ["Q1. How many crimes were recorded by Merseyside Police that carried a child sexual "
      "exploitation (CSE) flag?",
      "Q2. For the crimes in Q1, please break down the victims by gender.",
      "Q3. For the crimes in Q1, please break down the victims by age (under 13, 13 to 15, "
      "16 to 17).",
      "Q4. How many of the crimes in Q1 also carried the online (cyber) flag?",
      "Q5. Which apps, websites or social media platforms were used by the offenders?"]
for q in qs:
    doc.add_paragraph(q)

doc.add_heading("Our response", level=2)
doc.add_paragraph("Merseyside Police holds some of the information you have requested. Our "
                  "response to each question is set out below.")
doc.add_paragraph("In line with our disclosure policy, figures below five are shown as <5. This "
                  "is to prevent the identification of victims, which would breach the data "
                  "protection principles.")


def table(header, rows):
    tb = doc.add_table(rows=1, cols=len(header))
    tb.style = "Table Grid"
    for i, h in enumerate(header):
        cell = tb.rows[0].cells[i]
        cell.text = h
        cell.paragraphs[0].runs[0].bold = True
    for row in rows:
        cells = tb.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = str(v)
    doc.add_paragraph()


doc.add_paragraph().add_run("Q1").bold = True
table(["Year", "CSE flagged crimes"],
      [["2021", 196], ["2022", 218], ["2023", 241]])
doc.add_paragraph("Please note that the figure for 2022 differs from the one we gave in our "
                  "response to FOI 23-0871, where it was shown as 212. A number of crimes recorded in "
                  "2022 had the CSE flag added after that data was extracted. The correct "
                  "figure is 218.")

doc.add_paragraph().add_run("Q2").bold = True
doc.add_paragraph("Each crime has one recorded victim, so the figures below relate to the same "
                  "crimes as Q1.")
table(["Victim gender", "2021", "2022", "2023"],
      [["Female", 161, 177, 196], ["Male", 31, 38, 41], ["Unknown", "<5", "<5", "<5"]])

doc.add_paragraph().add_run("Q3").bold = True
table(["Victim age", "2021", "2022", "2023"],
      [["Under 13", 38, 41, 47], ["13 to 15", 112, 126, 139], ["16 to 17", 44, 49, 52],
       ["Age not recorded", "<5", "<5", "<5"]])

doc.add_paragraph().add_run("Q4").bold = True
doc.add_paragraph("Of the crimes shown at Q1, 88 in 2021, 104 in 2022 and 117 in 2023 also "
                  "carried the online flag.")

doc.add_paragraph().add_run("Q5").bold = True
doc.add_paragraph("This information is not held. Merseyside Police's crime recording system has no "
                  "field for the app, website or platform involved in an offence, and the Act does "
                  "not require us to create new information in order to answer a request.")

doc.add_heading("Right of appeal", level=2)
doc.add_paragraph("If you are not satisfied with this response you may request an internal review "
                  "within 40 working days of the date of this letter, by writing to the Information "
                  "Access Team, Merseyside Police, Canning Place, Liverpool, L1 8JX. If you remain "
                  "dissatisfied you may apply to the Information Commissioner's Office.")
doc.add_paragraph("Yours sincerely,\n\nInformation Access Officer\nInformation Access Team")

doc.save(HERE / "reply.docx")
