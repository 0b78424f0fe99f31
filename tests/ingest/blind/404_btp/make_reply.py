"""Build reply.docx: British Transport Police FOI letter - sexual offences against under-18s on the
railway, 2022 and 2023; answers under each numbered question; '*' suppression; NCND on question 4."""
from pathlib import Path
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor, Cm

HERE = Path(__file__).resolve().parent
REF = "FOI 0613-24"

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(10.5)

sec = doc.sections[0]
hp = sec.header.paragraphs[0]
hp.text = "OFFICIAL"
hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
fp = sec.footer.paragraphs[0]
fp.text = "British Transport Police, 25 Camden Road, London NW1 9LN   |   www.btp.police.uk"
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
for r in fp.runs:
    r.font.size = Pt(8)

p = doc.add_paragraph()
r = p.add_run("British Transport Police")
r.bold = True
r.font.size = Pt(17)
r.font.color.rgb = RGBColor(0x00, 0x30, 0x78)
doc.add_paragraph("Freedom of Information Unit\nBritish Transport Police\n25 Camden Road\nLondon NW1 9LN")
doc.add_paragraph(f"Freedom of Information Request Reference: {REF}\nDate: 11 March 2024")
doc.add_paragraph("Dear Requester,")
doc.add_paragraph(
    "I write in connection with your request for information, which was received by British Transport "
    "Police (BTP) on 12 February 2024. Your request has been handled under the Freedom of Information "
    "Act 2000 (the Act). Each of your questions is set out below in bold, followed by our response.")
doc.add_paragraph(
    "BTP polices the railways of England, Wales and Scotland, the London Underground, the Docklands "
    "Light Railway and a number of tram systems. The figures below cover all of these networks. They "
    "are crimes recorded in each calendar year in which at least one victim was aged under 18 at the "
    "time of the offence, taken from our crime recording system on 26 February 2024.")


def q(text):
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(8)
    p.add_run(text).bold = True


def a(text):
    p = doc.add_paragraph(text)
    p.paragraph_format.left_indent = Cm(0.6)
    return p


q("1. Please provide the number of sexual offences recorded by BTP where the victim was aged under 18, "
  "for the calendar years 2022 and 2023.")
a("2022 \u2013 412\n2023 \u2013 468")

q("2. Of those offences, in how many was the victim aged under 16?")
a("The following figures are a subset of those given in answer to question 1.")
a("2022 \u2013 187\n2023 \u2013 203")

q("3. For the offences recorded in 2023, please give the outcome of each.")
a("The outcomes shown are those recorded against each crime as at 26 February 2024. Where an "
  "investigation is still open no outcome has yet been assigned.")
a("Charged/summonsed \u2013 38\n"
  "Youth caution \u2013 *\n"
  "Adult caution \u2013 3\n"
  "Community resolution \u2013 5\n"
  "Outcome 14 (evidential difficulties: suspect not identified, victim does not support further action) \u2013 61\n"
  "Outcome 15 (evidential difficulties: suspect identified, victim supports action) \u2013 74\n"
  "Outcome 16 (evidential difficulties: suspect identified, victim does not support further action) \u2013 44\n"
  "Outcome 18 (investigation complete, no suspect identified) \u2013 144\n"
  "Investigation ongoing (no outcome assigned yet) \u2013 97")
p = a("* This figure has been suppressed because it is small enough that, combined with other information "
      "in the public domain, it could lead to the identification of the individuals involved.")
for r in p.runs:
    r.font.size = Pt(9)
    r.italic = True

q("4. How many of these offences were committed by a BTP police officer or member of BTP staff?")
a("BTP can neither confirm nor deny that it holds the information you have requested at question 4, by "
  "virtue of the following exemptions:")
a("Section 30(3) \u2013 Investigations and proceedings\nSection 40(5) \u2013 Personal information")
a("To confirm or deny whether information is held in relation to any member of BTP staff being "
  "suspected of a sexual offence against a child in a given year would, where the "
  "number of staff involved is small and suspects may be known to colleagues, be likely to disclose personal data about identifiable "
  "individuals, and could also reveal whether particular investigations have taken place. Section "
  "40(5) is an absolute exemption. For section 30(3) we have considered the public interest: while "
  "there is a public interest in the accountability of the police, it is outweighed by the need to "
  "protect the integrity of investigations and the privacy of victims and suspects. This should not be "
  "taken as an indication that the information you have requested does or does not exist.")

doc.add_paragraph()
doc.add_paragraph(
    "If you are dissatisfied with the handling of your request you have the right to ask for an internal "
    "review. Requests for review should be made in writing within 40 working days of the date of this "
    "letter to the Freedom of Information Unit at the address above or by email to foi@btp.police.uk. "
    "If you remain dissatisfied you may apply to the Information Commissioner for a decision.")
doc.add_paragraph("Yours sincerely,")
doc.add_paragraph("\nFreedom of Information Unit\nBritish Transport Police")

doc.save(HERE / "reply.docx")
