"""Build reply.docx (Thames Valley Police FOI response letter) deterministically.

Run with: /work/main/.venv/bin/python make_reply.py
The document is saved to memory, then re-zipped with fixed timestamps and fixed
created/modified dates, so two runs give identical bytes.
"""
import io
import re
import zipfile
from datetime import datetime
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

OUT = Path(__file__).with_name("reply.docx")
FIXED = datetime(2023, 7, 3, 9, 41, 0)
REF = "TVP/FOI/23/4471"


def field(run, instr):
    """Insert a simple Word field (PAGE / NUMPAGES) into a run."""
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    text = OxmlElement("w:instrText")
    text.set(qn("xml:space"), "preserve")
    text.text = instr
    sep = OxmlElement("w:fldChar")
    sep.set(qn("w:fldCharType"), "separate")
    cached = OxmlElement("w:t")
    cached.text = "1"
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    for el in (begin, text, sep, cached, end):
        run._r.append(el)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def table(doc, rows, bold_last=False, widths=None):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.LEFT
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            cell = t.cell(i, j)
            cell.text = ""
            p = cell.paragraphs[0]
            run = p.add_run(v)
            run.font.size = Pt(10)
            if i == 0 or (bold_last and i == len(rows) - 1):
                run.bold = True
            if j > 0:
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            if i == 0:
                shade(cell, "DCE6F1")
    doc.add_paragraph()
    return t


def q(doc, text):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    return p


def deterministic(raw: bytes) -> bytes:
    stamp = FIXED.strftime("%Y-%m-%dT%H:%M:%SZ")
    zin = zipfile.ZipFile(io.BytesIO(raw))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in sorted(zin.infolist(), key=lambda i: i.filename):
            data = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                text = data.decode("utf-8")
                for tag in ("dcterms:created", "dcterms:modified", "cp:lastPrinted"):
                    text = re.sub(r"(<%s[^>]*>)[^<]*(<)" % tag, r"\g<1>" + stamp + r"\2", text)
                data = text.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED.timetuple()[:6])
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)
    return out.getvalue()


def build():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    cp = doc.core_properties
    cp.author = "Information Access"
    cp.last_modified_by = "Information Access"
    cp.title = "FOI response " + REF
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 3

    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    hr = hp.add_run("OFFICIAL")
    hr.bold = True
    hr.font.size = Pt(9)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run(f"Thames Valley Police | Information Access | {REF} | Page ")
    r.font.size = Pt(8)
    r2 = fp.add_run()
    r2.font.size = Pt(8)
    field(r2, "PAGE")
    r3 = fp.add_run(" of ")
    r3.font.size = Pt(8)
    r4 = fp.add_run()
    r4.font.size = Pt(8)
    field(r4, "NUMPAGES")
    fp2 = sec.footer.add_paragraph()
    fp2.alignment = WD_ALIGN_PARAGRAPH.CENTER
    rr = fp2.add_run("OFFICIAL")
    rr.bold = True
    rr.font.size = Pt(9)

    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    t = p.add_run("Thames Valley Police\n")
    t.bold = True
    t.font.size = Pt(14)
    t.font.color.rgb = RGBColor(0x00, 0x30, 0x5E)
    p.add_run("Information Access\nPolice Headquarters South\nOxford Road\nKidlington\nOX5 2NX").font.size = Pt(9)

    doc.add_paragraph(f"Our reference:\t{REF}\nDate:\t\t3 July 2023")
    doc.add_paragraph("Dear Requester")
    p = doc.add_paragraph()
    p.add_run("Freedom of Information Request: child sexual exploitation and sexual grooming").bold = True
    doc.add_paragraph(
        "Thank you for your request for information, which Thames Valley Police received "
        "on 5 June 2023. Your request has been dealt with under the Freedom of Information "
        "Act 2000 (the Act). For ease of reference, each of your questions is repeated "
        "below in bold, followed by our answer.")
    doc.add_paragraph(
        "The figures are taken from our crime recording system and show crimes by the "
        "financial year (April to March) in which they were recorded. Counts of between "
        "one and four have been replaced with an asterisk (*) to reduce the risk of "
        "identifying the people involved; the totals include these counts.")

    q(doc, "Please provide the following for each of the financial years 2020/21, "
           "2021/22 and 2022/23.")
    q(doc, "1. How many crimes were recorded with a child sexual exploitation (CSE) flag? "
           "Please break this down by the gender of the victim.")
    table(doc, [
        ["Victim gender", "2020/21", "2021/22", "2022/23"],
        ["Female", "212", "187", "203"],
        ["Male", "48", "53", "41"],
        ["Not recorded", "*", "6", "*"],
        ["Total", "263", "246", "246"],
    ], bold_last=True)
    doc.add_paragraph(
        "A CSE flag is added to a crime where there is a concern that the child has been, "
        "or is at risk of being, sexually exploited. It is not limited to any particular "
        "offence type.")

    q(doc, "2. How many offences of sexual grooming (Home Office code 88A) were recorded, "
           "and how many of these had the online flag?")
    doc.add_paragraph(
        "Thames Valley Police recorded 64, 71 and 58 offences of sexual grooming (88A) in "
        "2020/21, 2021/22 and 2022/23 respectively. Of these, 49 in 2020/21, 60 in 2021/22 "
        "and 47 in 2022/23 carried the online flag.")

    q(doc, "3. For the online grooming offences, which social media platforms, apps or "
           "websites were used to contact the victim?")
    doc.add_paragraph(
        "A structured field for the method of contact was added to our crime recording "
        "system in April 2022, so this information can be provided for 2022/23. Where "
        "more than one platform was recorded, only the first has been counted, so the "
        "figures below add up to the 47 online offences given in answer 2.")
    table(doc, [
        ["Platform (2022/23)", "Offences"],
        ["Snapchat", "15"],
        ["Instagram", "9"],
        ["WhatsApp", "6"],
        ["Facebook / Messenger", "5"],
        ["TikTok", "*"],
        ["Other", "6"],
        ["Not recorded", "5"],
    ])
    doc.add_paragraph(
        "For 2020/21 and 2021/22, the platform is only recorded, if at all, in the free "
        "text of each crime report. To find it, every online grooming report for those "
        "years would need to be read. A sample exercise showed that this takes around 25 "
        "minutes per report, which would take well over 18 hours in total. The cost of "
        "providing this part of the information would therefore exceed the appropriate "
        "limit of \u00a3450 (18 hours at \u00a325 per hour), and section 12(1) of the Act "
        "applies. Please accept this as a refusal notice for that part of question 3 under "
        "section 17(5).")

    q(doc, "4. In how many of these grooming offences was the suspect identified through "
           "covert online policing, or as a result of information passed to Thames Valley "
           "Police by the National Crime Agency or another agency?")
    doc.add_paragraph(
        "Thames Valley Police can neither confirm nor deny that it holds information "
        "relevant to this question, by virtue of the following exemptions:")
    for s in ("Section 23(5) \u2013 Information supplied by, or concerning, certain security bodies",
              "Section 24(2) \u2013 National security"):
        doc.add_paragraph(s, style="List Bullet")
    doc.add_paragraph(
        "Section 23 is an absolute exemption and no public interest test is required. "
        "Section 24 is a qualified exemption. Confirming or denying whether information is "
        "held about the sources of intelligence used in these investigations, or about the "
        "use of covert tactics, would allow those who offend against children online to "
        "build up a picture of how and when they may come to police attention. The public "
        "interest in protecting those methods outweighs the public interest in confirming "
        "or denying. This should not be taken as an indication that the information you "
        "have asked for does or does not exist.")

    p = doc.add_paragraph()
    p.add_run("Your right to complain").bold = True
    doc.add_paragraph(
        "If you are not satisfied with this response you may request an internal review "
        "within 40 working days of the date of this letter by writing to the Information "
        "Access team at the address above. If you are still dissatisfied after the "
        "review, you have the right to complain to the Information Commissioner's Office, "
        "Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF.")
    doc.add_paragraph("Yours sincerely")
    doc.add_paragraph("Disclosure Officer\nInformation Access\nThames Valley Police")

    buf = io.BytesIO()
    doc.save(buf)
    OUT.write_bytes(deterministic(buf.getvalue()))


if __name__ == "__main__":
    build()
