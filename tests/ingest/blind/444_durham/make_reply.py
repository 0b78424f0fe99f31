"""Build reply.docx: Durham Constabulary FOI letter (python-docx) - an AMENDED response that replaces an
earlier letter (one suspect figure and the total corrected), a one-sentence answer to question 1 and a
Word table of suspects by age band with a Total row and a footnote on the amended cell."""
from pathlib import Path
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor

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
fp.text = ("Durham Constabulary, Police Headquarters, Aykley Heads, Durham DH1 5TT  |  "
           "Tel: 101  |  www.durham.police.uk")
fp.runs[0].font.size = Pt(8)

p = doc.add_paragraph()
r = p.add_run("Durham Constabulary")
r.bold = True
r.font.size = Pt(16)
r.font.color.rgb = RGBColor(0x1F, 0x2A, 0x44)
doc.add_paragraph("Freedom of Information Unit\nLegal Services\nPolice Headquarters\nAykley Heads\nDurham\nDH1 5TT")

doc.add_paragraph("Our reference: FOI 2024/0412 (AMENDED)\nDate: 8 April 2024")
doc.add_paragraph("Sent by email only")
doc.add_paragraph("Dear Requester,")

p = doc.add_paragraph()
r = p.add_run("FREEDOM OF INFORMATION ACT 2000 – AMENDED RESPONSE")
r.bold = True

p = doc.add_paragraph()
r = p.add_run("Amendment: ")
r.bold = True
p.add_run("This letter replaces our response to you dated 14 March 2024. In that response the number of "
          "suspects aged 18 to 24 was given as 41. This was a transposition error made when the figures were "
          "typed into the letter; the correct figure is 14. As a result the total number of suspects has been "
          "corrected from 136 to 109. No other figure has changed. We apologise for the error and for any "
          "inconvenience caused.")

doc.add_paragraph("Thank you for your request for information received by Durham Constabulary on 15 February "
                  "2024, which has been dealt with under the terms of the Freedom of Information Act 2000.")

p = doc.add_paragraph()
p.add_run("Your request").bold = True
doc.add_paragraph("1. How many crimes of taking, making or distributing indecent images of children did Durham "
                  "Constabulary record in the calendar year 2023?")
doc.add_paragraph("2. For those crimes, how many suspects were there in each age group?")

p = doc.add_paragraph()
p.add_run("Our response").bold = True
doc.add_paragraph("Durham Constabulary holds information relevant to your request.")
doc.add_paragraph("1. Durham Constabulary recorded 97 crimes under Home Office classification 86/2 (take, make, "
                  "distribute or publish indecent photographs of children) between 1 January 2023 and "
                  "31 December 2023.")
doc.add_paragraph("2. The table below shows the suspects linked to those crimes, by their age at the time of the "
                  "offence. A crime can have more than one suspect, and one person can be a suspect in more than "
                  "one crime, so the number of suspects is higher than the number of crimes.")

rows = [
    ("Age of suspect", "Number of suspects"),
    ("10 – 17", "23"),
    ("18 – 24", "14 †"),
    ("25 – 39", "38"),
    ("40 and over", "32"),
    ("Age not recorded", "2"),
    ("Total", "109 †"),
]
table = doc.add_table(rows=len(rows), cols=2)
table.style = "Table Grid"
for i, (a, b) in enumerate(rows):
    cells = table.rows[i].cells
    cells[0].text = a
    cells[1].text = b
    cells[1].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if i == 0 or a == "Total":
        for c in cells:
            for run in c.paragraphs[0].runs:
                run.bold = True

p = doc.add_paragraph()
r = p.add_run("† Amended figure – see the note at the start of this letter.")
r.italic = True
r.font.size = Pt(9)

doc.add_paragraph("Please note that the data is taken from a live crime recording system and reflects the "
                  "position on the date it was extracted. Suspect details may be added or updated as "
                  "investigations progress.")

p = doc.add_paragraph()
p.add_run("Complaint rights").bold = True
doc.add_paragraph("If you are unhappy with the way your request has been handled you may ask for an internal "
                  "review by writing to the Freedom of Information Unit at the address above within 40 working "
                  "days of the date of this letter. If you remain dissatisfied after the review you may complain "
                  "to the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire "
                  "SK9 5AF (telephone 0303 123 1113).")

doc.add_paragraph("Yours sincerely,")
doc.add_paragraph("\nR. Whitfield\nFreedom of Information Officer\nDurham Constabulary")

doc.save(HERE / "reply.docx")
