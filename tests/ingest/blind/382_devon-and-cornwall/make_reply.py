"""Build reply.docx: Devon & Cornwall Police FOI letter (invented test document)."""
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

HERE = Path(__file__).resolve().parent

YEARS = ["FY20/21", "FY21/22", "FY22/23"]
BANDS = ["0-4", "5-9", "10-12", "13-15", "16-17", "Age not recorded"]
# None marks a cell shown as * (true values kept only so the totals are right)
FEMALE = {
    "0-4": [41, 38, 47],
    "5-9": [96, 104, 112],
    "10-12": [148, 161, 173],
    "13-15": [402, 436, 458],
    "16-17": [197, 213, 226],
    "Age not recorded": [("*", 2), 6, ("*", 3)],
}
MALE = {
    "0-4": [29, 33, 27],
    "5-9": [57, 49, 63],
    "10-12": [44, 52, 58],
    "13-15": [71, 84, 79],
    "16-17": [18, 23, 21],
    "Age not recorded": [("*", 1), ("*", 3), 5],
}
ONLINE = [214, 251, 268]


def true(v):
    return v[1] if isinstance(v, tuple) else v


def shown(v):
    return v[0] if isinstance(v, tuple) else f"{v:,}"


TOTALS = [sum(true(g[b][i]) for g in (FEMALE, MALE) for b in BANDS) for i in range(3)]


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
    fp.text = ("Devon & Cornwall Police  |  Freedom of Information Team  |  "
               "Police Headquarters, Middlemoor, Exeter EX2 7HQ  |  OFFICIAL")
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER

    p = doc.add_paragraph()
    r = p.add_run("Devon & Cornwall Police")
    r.bold = True
    r.font.size = Pt(16)
    doc.add_paragraph("Information Rights and Disclosure\nPolice Headquarters\nMiddlemoor\nExeter\nEX2 7HQ")

    doc.add_paragraph("Your ref: e-mail of 3 October 2023\nOur ref: FOI 2023/09114\n"
                      "Date: 31 October 2023")
    doc.add_paragraph("Ms H. Penrose\nBy e-mail")
    doc.add_paragraph("Dear Ms Penrose,")
    p = doc.add_paragraph()
    p.add_run("FREEDOM OF INFORMATION ACT 2000 – REQUEST FOI 2023/09114").bold = True
    doc.add_paragraph(
        "I write in response to your request for information, received by Devon & Cornwall "
        "Police on 3 October 2023. Your request has been dealt with under the Freedom of "
        "Information Act 2000 (the Act).")

    doc.add_heading("Your request", level=2)
    doc.add_paragraph(
        "“For each of the last three financial years, please provide the number of sexual "
        "offences recorded where the victim was a child (under 18), broken down by the gender "
        "of the victim and by age group. Please also tell me how many of these offences were "
        "flagged as online-enabled.”")

    doc.add_heading("Our response", level=2)
    doc.add_paragraph(
        "Devon & Cornwall Police holds this information and it is provided in the table below. "
        "The last three financial years are taken to be 1 April 2020 to 31 March 2023. The "
        "figures are notifiable sexual offences (Home Office classes 17 to 23, 70, 71, 73, 88A "
        "and 88E) where the victim was under 18 at the time of the offence, counted by the "
        "financial year in which the crime was recorded. Age is the victim’s age at the time "
        "of the offence; where no date of birth has been recorded the crime is shown as ‘Age "
        "not recorded’.")
    doc.add_paragraph(
        f"Across the three years a total of {sum(TOTALS):,} offences against children were "
        "recorded. A crime with more than one victim is counted once, against the first victim "
        "recorded on it.")

    p = doc.add_paragraph()
    p.add_run("Table 1 – Sexual offences with a victim aged under 18, by victim gender and "
              "age group").bold = True

    table = doc.add_table(rows=1, cols=2 + len(YEARS))
    table.style = "Table Grid"
    hdr = table.rows[0].cells
    for i, h in enumerate(["Victim gender", "Victim age"] + YEARS):
        hdr[i].text = ""
        hdr[i].paragraphs[0].add_run(h).bold = True
    for gname, grp in (("Female", FEMALE), ("Male", MALE)):
        first = None
        for b in BANDS:
            cells = table.add_row().cells
            if first is None:
                first = cells[0]
                cells[0].text = gname
            else:
                first = first.merge(cells[0])
                first.text = gname
            cells[1].text = b
            for i, v in enumerate(grp[b]):
                cells[2 + i].text = shown(v)
    cells = table.add_row().cells
    cells[0].merge(cells[1])
    cells[0].text = ""
    cells[0].paragraphs[0].add_run("Total").bold = True
    for i, t in enumerate(TOTALS):
        cells[2 + i].text = ""
        cells[2 + i].paragraphs[0].add_run(f"{t:,}").bold = True
    cells = table.add_row().cells
    cells[0].merge(cells[1])
    cells[0].text = "Of which flagged as online-enabled"
    for i, t in enumerate(ONLINE):
        cells[2 + i].text = f"{t:,}"

    doc.add_paragraph("")
    doc.add_paragraph(
        "Notes: (1) FY20/21 is 1 April 2020 to 31 March 2021, and so on. (2) Where a figure is "
        "between 1 and 4 it has been replaced with an asterisk (*) to reduce the risk of a "
        "victim being identified. The totals include the suppressed figures. (3) The online "
        "flag is applied by the recording officer where the offence was committed, in full or "
        "in part, through a computer, computer network or other internet-enabled device; the "
        "online row is a subset of the Total row and must not be added to it.")

    doc.add_paragraph(
        "Please note that police crime data is held on a live system and figures may differ "
        "from those published previously or from those published by the Office for National "
        "Statistics.")

    doc.add_heading("Complaint rights", level=2)
    doc.add_paragraph(
        "If you are dissatisfied with the handling of your request you may ask for an internal "
        "review within 40 working days of the date of this letter by writing to the Information "
        "Rights and Disclosure team at the address above. If you remain dissatisfied you may "
        "apply to the Information Commissioner, Wycliffe House, Water Lane, Wilmslow, Cheshire "
        "SK9 5AF (telephone 0303 123 1113).")
    doc.add_paragraph("Yours sincerely,")
    doc.add_paragraph("\n\nT. Kernow\nDisclosure Officer\nInformation Rights and Disclosure")
    doc.save(HERE / "reply.docx")


if __name__ == "__main__":
    build()
