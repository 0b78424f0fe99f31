"""Build reply.docx: Essex Police FOI response letter (reference 2024/0318).

Run with /work/main/.venv/bin/python make_reply.py. The zip container is rewritten
with fixed timestamps so that the output is byte-for-byte reproducible.
"""
import datetime
import io
import re
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor

HERE = Path(__file__).resolve().parent
OUT = HERE / "reply.docx"
FIXED = datetime.datetime(2024, 2, 12, 11, 0, 0)
STAMP = "2024-02-12T11:00:00Z"
ZIP_TIME = (2024, 2, 12, 11, 0, 0)


def p(doc, text="", bold=False, italic=False, size=None, align=None, style=None):
    para = doc.add_paragraph(style=style)
    if text:
        run = para.add_run(text)
        run.bold = bold
        run.italic = italic
        if size:
            run.font.size = Pt(size)
    if align is not None:
        para.alignment = align
    return para


def table(doc, rows, widths=None):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            cell = t.cell(r, c)
            cell.text = ""
            run = cell.paragraphs[0].add_run(value)
            run.font.size = Pt(10)
            if r == 0 or row[0] == "Total":
                run.bold = True
            if c >= len(row) - 3 and r > 0:
                cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    return t


def build():
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(11)

    section = doc.sections[0]
    hp = section.header.paragraphs[0]
    hp.text = "OFFICIAL"
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp = section.footer.paragraphs[0]
    fp.text = ("Essex Police - Information Rights Unit - PO Box 2, Springfield, Chelmsford, "
               "Essex CM2 6DA\nOFFICIAL")
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER

    title = doc.add_paragraph()
    run = title.add_run("ESSEX POLICE")
    run.bold = True
    run.font.size = Pt(18)
    run.font.color.rgb = RGBColor(0x00, 0x33, 0x66)
    p(doc, "Information Rights Unit", bold=True)
    p(doc, "Essex Police Headquarters, PO Box 2, Springfield, Chelmsford, Essex CM2 6DA")
    p(doc, "")
    p(doc, "Freedom of Information Request Reference No: 2024/0318", bold=True)
    p(doc, "Date: 12 February 2024")
    p(doc, "")
    p(doc, "Dear Requester,")
    p(doc, "I write in connection with your request for information received by Essex Police "
           "on 15 January 2024. Your request has been dealt with under the terms of the "
           "Freedom of Information Act 2000 and this letter is Essex Police's response.")
    p(doc, "You asked:", bold=True)
    p(doc, "For the calendar years 2021, 2022 and 2023:", italic=True)
    for q in (
        "1. How many rapes of children did Essex Police record, broken down by Home Office "
        "offence code (19D, 19E, 19G and 19H)?",
        "2. For those offences, how many resulted in a charge or summons, a youth caution, "
        "outcome 15 and outcome 16, and how many are still under investigation?",
        "3. In how many of those offences was the suspect aged under 18?",
        "4. How many of those investigations involved information supplied by GCHQ or any "
        "other security body?",
    ):
        p(doc, q, italic=True)

    p(doc, "Response", bold=True, size=12)
    p(doc, "Essex Police has located information relevant to questions 1 to 3 of your "
           "request, which is provided below, with the exception of part of question 3. "
           "Essex Police neither confirms nor denies that it holds information relevant to "
           "question 4. The reasons are explained below.")

    p(doc, "Question 1", bold=True)
    table(doc, [
        ["HO Code", "Offence", "2021", "2022", "2023"],
        ["019D", "Rape of a female child under 16", "98", "112", "104"],
        ["019E", "Rape of a female child under 13", "71", "64", "77"],
        ["019G", "Rape of a male child under 16", "14", "17", "11"],
        ["019H", "Rape of a male child under 13", "12", "9", "15"],
        ["Total", "", "195", "202", "207"],
    ])
    p(doc, "")

    p(doc, "Question 2", bold=True)
    table(doc, [
        ["Outcome", "2021", "2022", "2023"],
        ["Charged/Summonsed", "21", "18", "9"],
        ["Youth Caution", "-", "3", "-"],
        ["Outcome 15 - Evidential difficulties: suspect identified, victim supports action",
         "34", "29", "12"],
        ["Outcome 16 - Evidential difficulties: suspect identified, victim does not support "
         "action", "27", "31", "19"],
        ["Under investigation", "8", "22", "96"],
    ])
    p(doc, "- denotes nil", italic=True, size=9)
    p(doc, "Only the outcomes you asked about are shown. Offences finalised with other outcome "
           "types (for example outcome 14, outcome 18 or outcome 21) are not included, so the "
           "figures will not add up to the totals given for question 1. Outcomes are shown "
           "against the year in which the offence was recorded.")

    p(doc, "Question 3", bold=True)
    p(doc, "Before 1 January 2022 a suspect's date of birth was not captured in a structured "
           "field on the Athena crime recording system and was recorded only in free text. "
           "Essex Police therefore does not hold the information for 2021. For 2022 there "
           "were 38 offences in which at least one suspect was aged under 18 at the time of "
           "the offence, and for 2023 the figure was 41.")

    p(doc, "Question 4", bold=True)
    p(doc, "Essex Police can neither confirm nor deny that it holds the information you have "
           "requested in question 4. The duty in section 1(1)(a) of the Act does not apply, "
           "by virtue of the following exemptions:")
    p(doc, "Section 23(5) - Information supplied by, or concerning, certain Security Bodies")
    p(doc, "Section 24(2) - National Security")
    p(doc, "Section 23 is an absolute class-based exemption and there is no requirement to "
           "consider the public interest. Section 24 is a qualified prejudice-based exemption, "
           "which means that the harm in confirming or denying must be evidenced and a public "
           "interest test carried out.")
    p(doc, "Harm in confirming or denying", bold=True)
    p(doc, "To confirm or deny whether any investigation involved information from a security "
           "body would reveal, over time and across requests made to forces nationally, where "
           "such bodies are or are not working with the police. Those who offend against "
           "children online could use that knowledge to change their behaviour and avoid "
           "detection, which would undermine national security and the protection of children.")
    p(doc, "Public interest considerations", bold=True)
    p(doc, "Factors favouring confirmation or denial (section 24): confirming or denying would "
           "increase transparency and show how the police work with partner agencies to "
           "protect children.")
    p(doc, "Factors against confirmation or denial (section 24): the security of the country "
           "is of paramount importance, and the police service will not divulge whether "
           "information is or is not held if to do so could undermine national security or "
           "compromise law enforcement.")
    p(doc, "Balance test: having weighed these factors, Essex Police considers that the "
           "public interest favours neither confirming nor denying whether the information "
           "is held. This should not be taken as an indication that the information you have "
           "requested does or does not exist.")

    p(doc, "Please note that the figures provided above relate to recorded crimes, not to "
           "victims. Data was extracted on 24 January 2024 and may change as records are "
           "updated.")
    p(doc, "Complaint rights", bold=True)
    p(doc, "If you are dissatisfied with this response you may ask for an internal review by "
           "writing to the Information Rights Unit at the address above, or by email to "
           "foi@essex.police.uk, within 40 working days of the date of this letter.")
    p(doc, "If you remain dissatisfied after the internal review, you have the right to apply "
           "to the Information Commissioner: Information Commissioner's Office, Wycliffe "
           "House, Water Lane, Wilmslow, Cheshire SK9 5AF. Telephone 0303 123 1113.")
    p(doc, "")
    p(doc, "Yours sincerely,")
    p(doc, "")
    p(doc, "Freedom of Information Decision Maker")
    p(doc, "Information Rights Unit, Essex Police")

    cp = doc.core_properties
    cp.author = "Essex Police Information Rights Unit"
    cp.last_modified_by = "Essex Police Information Rights Unit"
    cp.title = "FOI 2024/0318 response"
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1

    buf = io.BytesIO()
    doc.save(buf)
    OUT.write_bytes(normalise(buf.getvalue()))


def normalise(raw: bytes) -> bytes:
    """Rewrite the zip with fixed member timestamps and fixed document dates."""
    src = zipfile.ZipFile(io.BytesIO(raw))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                text = data.decode("utf-8")
                text = re.sub(r"(<dcterms:created[^>]*>)[^<]*(<)", rf"\g<1>{STAMP}\2", text)
                text = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(<)", rf"\g<1>{STAMP}\2", text)
                data = text.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, data)
    return buf.getvalue()


if __name__ == "__main__":
    build()
