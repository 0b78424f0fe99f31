"""Build reply.docx: City of London Police's amended response to FOI/25/0187."""
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt, RGBColor

REF = "FOI/25/0187"
doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(11)
sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.2)

hp = sec.header.paragraphs[0]
hp.text = "OFFICIAL"
hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
hp.runs[0].bold = True
fp = sec.footer.paragraphs[0]
fp.text = ("City of London Police, Information Access Office, Guildhall Yard East, London EC2V 5AE\n"
           "foi@cityoflondon.police.uk\nOFFICIAL")
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
for r in fp.runs:
    r.font.size = Pt(8)

p = doc.add_paragraph()
r = p.add_run("CITY OF LONDON POLICE")
r.bold = True
r.font.size = Pt(16)
r.font.color.rgb = RGBColor(0x9E, 0x1B, 0x32)
p = doc.add_paragraph("Information Access Office")
p.runs[0].font.size = Pt(9)

p = doc.add_paragraph()
p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
p.add_run(f"Our ref: {REF}\nDate: 2 April 2025")

doc.add_paragraph("Dear Requester,")
p = doc.add_paragraph()
p.add_run("Freedom of Information Request \u2013 AMENDED RESPONSE").bold = True

doc.add_paragraph(
    "This letter replaces our response to you dated 12 March 2025. In that response the number of "
    "offences recorded in 2022/23 was given as 16 and the three-year total as 36. Two of the crimes "
    "counted for 2022/23 were later found to have been recorded in error and have since been cancelled. "
    "The correct figures are 14 for 2022/23 and 34 for the three years, and they are shown below. We "
    "apologise for any inconvenience this may have caused. The other figures in our earlier response "
    "are unchanged.")

doc.add_paragraph(
    "Your request for information, received on 13 February 2025, has been considered under the "
    "Freedom of Information Act 2000. You asked:")

req = doc.add_paragraph(
    "\u201cPlease could you tell me, for each financial year from 1 April 2021 to 31 March 2024:\n"
    "(a) the number of offences of taking, making or distributing indecent images of children "
    "(Home Office code 86/2) recorded by the City of London Police;\n"
    "(b) how many of those offences involved a suspect aged under 18;\n"
    "(c) how many of those offences resulted in a charge.\u201d")
req.paragraph_format.left_indent = Cm(1)
for r in req.runs:
    r.italic = True

doc.add_paragraph(
    "The City of London Police holds some of the information you have requested. Our response to "
    "each part of your request is set out below.")


def qa(letter, question, answers):
    p = doc.add_paragraph()
    p.add_run(f"({letter}) {question}").bold = True
    for a in answers:
        doc.add_paragraph(a)


qa("a", "Number of offences recorded under Home Office code 86/2", [
    "The City of London Police recorded nine offences under Home Office code 86/2 in 2021/22, 14 in "
    "2022/23 and 11 in 2023/24. This is a total of 34 offences over the three financial years."])
qa("b", "Offences involving a suspect aged under 18", [
    "No suspect was aged under 18 in any of the offences recorded in 2021/22 or in 2022/23. In 2023/24, "
    "three of the offences involved a suspect aged under 18. The age used is the age of the suspect at "
    "the time of the offence."])
qa("c", "Offences resulting in a charge", [
    "The City of London Police moved to its current crime recording system on 1 April 2022. Outcome "
    "information for crimes recorded before that date was not transferred to the new system, and the "
    "previous system has been decommissioned. In accordance with section 1(1)(a) of the Act, this letter "
    "serves as notice that the City of London Police does not hold information on charges for offences "
    "recorded in 2021/22.",
    "Of the offences recorded in 2022/23, six resulted in a charge. For 2023/24 the figure is seven. "
    "Outcomes are as recorded on 26 March 2025; some offences from 2023/24 are still under "
    "investigation, so this figure may rise."])

doc.add_paragraph(
    "Please note that the figures are based on the financial year in which each crime was recorded, "
    "where a financial year runs from 1 April to 31 March.")
p = doc.add_paragraph()
p.add_run("Complaint rights").bold = True
doc.add_paragraph(
    "If you are dissatisfied with this response you are entitled to ask for an internal review. "
    "Requests for review should be made within 40 working days of the date of this letter to the "
    "Information Access Office at the address below. If you are still dissatisfied after the review, "
    "you may apply to the Information Commissioner, Wycliffe House, Water Lane, Wilmslow, Cheshire "
    "SK9 5AF.")
doc.add_paragraph("Yours sincerely,")
doc.add_paragraph("\nInformation Access Officer\nCity of London Police")

doc.core_properties.author = "City of London Police"
doc.core_properties.title = f"{REF} amended response"
doc.save("reply.docx")
