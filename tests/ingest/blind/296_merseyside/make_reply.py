"""Build reply.docx: Merseyside Police FOI response letter, rape of a child under 13 (19E/19H)."""
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH

doc = Document()
style = doc.styles["Normal"]
style.font.name = "Arial"
style.font.size = Pt(11)

sec = doc.sections[0]
hp = sec.header.paragraphs[0]
hp.text = "OFFICIAL"
hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
fp = sec.footer.paragraphs[0]
fp.text = "Merseyside Police, Force Disclosure Unit, Canning Place, Liverpool L1 8JX   |   OFFICIAL"
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER

p = doc.add_paragraph()
r = p.add_run("MERSEYSIDE POLICE")
r.bold = True
r.font.size = Pt(16)
doc.add_paragraph("Freedom of Information Act 2000 – Response")

meta = doc.add_table(rows=3, cols=2)
for i, (k, v) in enumerate([("Our reference:", "FOI 0947/24"),
                            ("Date received:", "4 March 2024"),
                            ("Date of response:", "2 April 2024")]):
    meta.cell(i, 0).text = k
    meta.cell(i, 1).text = v

doc.add_paragraph("Dear Requester,")
doc.add_paragraph(
    "Thank you for your request for information which was received by Merseyside Police on the "
    "date above. Your request has been dealt with under the Freedom of Information Act 2000 (the Act).")

h = doc.add_paragraph()
h.add_run("Your request").bold = True
doc.add_paragraph(
    "Q1. How many offences of rape of a female child under 13 (Home Office code 19E) and rape of a "
    "male child under 13 (19H) were recorded by Merseyside Police in each of the calendar years 2021, "
    "2022 and 2023?")
doc.add_paragraph("Q2. How many of the offences in Q1 resulted in a suspect being charged?")
doc.add_paragraph("Q3. For each offence in Q1, please give the age of the suspect.")
doc.add_paragraph("Q4. How many of the victims were looked after children (in local authority care) "
                  "at the time of the offence?")

h = doc.add_paragraph()
h.add_run("Our response").bold = True
doc.add_paragraph(
    "Merseyside Police holds some of the information you have requested. Please see our response to "
    "each question below.")

h = doc.add_paragraph()
h.add_run("Q1").bold = True
doc.add_paragraph("The table below shows the number of offences recorded in each calendar year.")
t = doc.add_table(rows=4, cols=4)
t.style = "Table Grid"
hdr = ["Year", "19E – Rape of a female child under 13", "19H – Rape of a male child under 13", "Total"]
body = [["2021", "142", "38", "180"], ["2022", "158", "41", "199"], ["2023", "171", "35", "206"]]
for c, v in enumerate(hdr):
    t.cell(0, c).text = v
    t.cell(0, c).paragraphs[0].runs[0].bold = True
for r_i, row in enumerate(body, start=1):
    for c, v in enumerate(row):
        t.cell(r_i, c).text = v
doc.add_paragraph()

h = doc.add_paragraph()
h.add_run("Q2").bold = True
doc.add_paragraph(
    "Of the offences shown in Q1, a charge/summons outcome has been recorded for 12 offences recorded "
    "in 2021, 9 recorded in 2022 and 6 recorded in 2023. Please note that 27 of the offences recorded "
    "in 2023 do not yet have an outcome, as the investigations remain ongoing, and the number charged "
    "for that year may therefore increase.")

h = doc.add_paragraph()
h.add_run("Q3").bold = True
doc.add_paragraph(
    "The age of a suspect is not held in a field that can be searched or reported on for these "
    "offences. To answer this part of your request we would have to read each of the 585 crime "
    "records created over the three years to find the suspect details, where a suspect has been "
    "identified. A sample exercise showed that this takes approximately 20 minutes per record, which "
    "equates to 195 hours of work.")
doc.add_paragraph(
    "Section 12(1) of the Act does not oblige a public authority to comply with a request where the "
    "cost of doing so would exceed the appropriate limit. For the police service this limit is set at "
    "£450, which equates to 18 hours of work at £25 per hour. This letter therefore acts as a refusal "
    "notice for Q3 under section 17(5) of the Act.")

h = doc.add_paragraph()
h.add_run("Q4").bold = True
doc.add_paragraph(
    "Merseyside Police does not hold this information. Whether a victim is a looked after child is "
    "not a mandatory field on our crime recording system and is not captured in a way that would "
    "allow it to be retrieved. Section 1(1)(a) of the Act therefore applies to this question.")

h = doc.add_paragraph()
h.add_run("Advice and assistance").bold = True
doc.add_paragraph(
    "If you were to reduce Q3 to a single month of one year, we may be able to consider it within "
    "the cost limit.")

doc.add_paragraph(
    "If you are not satisfied with this response you may request an internal review by writing to "
    "the Force Disclosure Unit within 40 working days. If you remain dissatisfied you may then "
    "complain to the Information Commissioner's Office.")
doc.add_paragraph("Yours sincerely,")
doc.add_paragraph("Disclosure Officer\nForce Disclosure Unit")

doc.save("reply.docx")
print("written reply.docx")
