"""Build the attachment replies (XLSX, PDF, DOCX, CSV) of the blind corpus, folders 21 to 30.

Each function below writes one `reply.EXT` into its folder beside this script, the way the
force publishes it as an attachment on its disclosure log. The written files are committed, so
the corpus does not change when openpyxl, python-docx or fpdf2 change; `meta.json` and
`expected.jsonl` in each folder are written by hand from what the rendered file shows.

Run from the repository root (only needed to rebuild after changing a reply here):

    /work/main/.venv/bin/python tests/ingest/blind/make_files.py
"""

import csv
import datetime as dt
from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt
from fpdf import FPDF
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = Path(__file__).resolve().parent
# The document properties date the reply, not the run of this script.
STAMP = dt.datetime(2024, 1, 1, 9, 0, 0)


def folder(name: str) -> Path:
    path = HERE / name
    path.mkdir(exist_ok=True)
    return path


def new_workbook() -> Workbook:
    wb = Workbook()
    wb.properties.created = STAMP
    wb.properties.creator = "FOI Unit"
    return wb


def new_document() -> docx.Document:
    document = docx.Document()
    document.core_properties.created = STAMP
    document.core_properties.modified = STAMP
    document.core_properties.author = "Freedom of Information"
    document.styles["Normal"].font.name = "Arial"
    document.styles["Normal"].font.size = Pt(11)
    return document


THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
BOLD = Font(bold=True)
HEAD_FILL = PatternFill("solid", fgColor="D9E1F2")


def reply_21_kent() -> None:
    """XLSX: title block and notes rows around an age-band x gender table whose two-level
    header (calendar year merged over Female / Male) uses merged cells; '*' with its rule."""
    wb = new_workbook()
    ws = wb.active
    ws.title = "FOI 23-04117"
    ws["A1"] = "Kent Police"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Freedom of Information Request - Reference 23/04117"
    ws["A3"] = ("Recorded sexual offences where the victim was aged under 18 at the time of the "
                "offence, by age and gender of victim")
    ws["A4"] = "Calendar years 2020 to 2022 (1 January 2020 - 31 December 2022)"
    for cell in ("A2", "A3", "A4"):
        ws[cell].font = BOLD
    ws.merge_cells("A6:A7")
    ws["A6"] = "Victim age (years)"
    years = (2020, 2021, 2022)
    for i, year in enumerate(years):
        col = 2 + 2 * i
        ws.cell(row=6, column=col, value=year)
        ws.merge_cells(start_row=6, start_column=col, end_row=6, end_column=col + 1)
        ws.cell(row=7, column=col, value="Female")
        ws.cell(row=7, column=col + 1, value="Male")
    # (female, male) per year; a cell from 1 to 4 is published as '*'.
    rows = [
        ("0-4", [(18, 7), (22, 4), (15, 6)]),
        ("5-10", [(64, 21), (71, 25), (69, 19)]),
        ("11-12", [(49, 12), (58, 15), (61, 11)]),
        ("13-15", [(187, 26), (213, 31), (229, 28)]),
        ("16-17", [(96, 3), (104, 9), (118, 2)]),
    ]
    for r, (band, cells) in enumerate(rows, start=8):
        ws.cell(row=r, column=1, value=band)
        for i, pair in enumerate(cells):
            for j, value in enumerate(pair):
                ws.cell(row=r, column=2 + 2 * i + j, value="*" if 1 <= value <= 4 else value)
    total_row = 8 + len(rows)
    ws.cell(row=total_row, column=1, value="Total")
    for i in range(len(years)):
        for j in range(2):
            ws.cell(row=total_row, column=2 + 2 * i + j,
                    value=sum(cells[i][j] for _, cells in rows))
    for row in ws.iter_rows(min_row=6, max_row=total_row, min_col=1, max_col=7):
        for cell in row:
            cell.border = BOX
            cell.alignment = Alignment(horizontal="center")
            if cell.row in (6, 7, total_row):
                cell.font = BOLD
                cell.fill = HEAD_FILL
    notes = [
        "Notes",
        "1. Figures are taken from the force crime recording system (Athena) and relate to "
        "crimes recorded in each calendar year.",
        "2. Age is the age of the victim at the time of the offence, which may be earlier than "
        "the date the crime was reported.",
        "3. Victims whose gender was not recorded are not included in this table.",
        "4. * denotes a figure between 1 and 4, which has been suppressed to reduce the risk of "
        "identifying individuals.",
        "5. Data extracted 14/03/2023. Crime data is subject to change as investigations "
        "progress.",
    ]
    for k, text in enumerate(notes, start=total_row + 2):
        ws.cell(row=k, column=1, value=text)
    ws.cell(row=total_row + 2, column=1).font = BOLD
    ws.column_dimensions["A"].width = 20
    wb.save(folder("21_kent") / "reply.xlsx")


def pivot_sheet(ws, title: str, header: list, rows: list, footer: list) -> None:
    """A question sheet as pasted from a pivot table: the question, then the table from row 3."""
    ws["A1"] = title
    ws["A1"].font = BOLD
    for c, text in enumerate(header, start=1):
        cell = ws.cell(row=3, column=c, value=text)
        cell.font = BOLD
        cell.fill = HEAD_FILL
    for r, row in enumerate(rows, start=4):
        for c, value in enumerate(row, start=1):
            cell = ws.cell(row=r, column=c, value=value)
            if row[0] == "Grand Total":
                cell.font = BOLD
    for k, text in enumerate(footer, start=5 + len(rows)):
        ws.cell(row=k, column=1, value=text)
    ws.column_dimensions["A"].width = 62


def reply_22_lancashire() -> None:
    """XLSX: a read-me sheet and one sheet a question (offences, online flag, outcomes of
    sexual communication with a child), each with a pivot "Grand Total"; '*' with no rule."""
    wb = new_workbook()
    readme = wb.active
    readme.title = "Read Me"
    lines = [
        "Lancashire Constabulary - Freedom of Information Request 1153/23",
        "",
        "This workbook accompanies our response letter. Each question is answered on its own sheet.",
        "Financial years run from 1 April to 31 March.",
        "Q1 - Sexual offences recorded where the victim was under 18",
        "Q2 - Of those, offences with the online (cyber) flag",
        "Q3 - Outcomes of sexual communication with a child offences (Home Office code 71/17)",
        "",
        "Data source: Lancashire Constabulary crime system, extracted 02/05/2023.",
    ]
    for r, text in enumerate(lines, start=1):
        readme.cell(row=r, column=1, value=text)
    readme["A1"].font = BOLD
    years = ["2020/21", "2021/22", "2022/23"]
    q1 = [2184, 2461, 2598]
    pivot_sheet(wb.create_sheet("Q1"),
                "Q1. Number of sexual offences recorded where the victim was aged under 18",
                ["Row Labels", "Count of Crime Number"],
                [[y, v] for y, v in zip(years, q1)] + [["Grand Total", sum(q1)]], [])
    q2 = [312, 355, 341]
    pivot_sheet(wb.create_sheet("Q2"),
                "Q2. Of the offences in Q1, how many had the online (cyber) flag applied",
                ["Row Labels", "Count of Crime Number"],
                [[y, v] for y, v in zip(years, q2)] + [["Grand Total", sum(q2)]], [])
    outcomes = [
        ("Charge/Summons", [14, 11, 17]),
        ("Caution", [3, 3, 5]),
        ("Community Resolution", [1, 2, 4]),
        ("Outcome 15 - Evidential difficulties (suspect identified; victim supports)", [23, 19, 26]),
        ("Outcome 16 - Evidential difficulties (victim does not support)", [31, 28, 24]),
        ("Outcome 18 - Investigation complete; no suspect identified", [9, 12, 7]),
        ("Outcome 21 - Not in the public interest (police decision)", [4, 6, 3]),
        ("Under Investigation", [2, 5, 19]),
    ]
    shown = [[label] + ["*" if 1 <= v <= 4 else v for v in values] + [sum(values)]
             for label, values in outcomes]
    grand = ["Grand Total"] + [sum(values[i] for _, values in outcomes) for i in range(3)]
    grand.append(sum(grand[1:]))
    pivot_sheet(wb.create_sheet("Q3"),
                "Q3. Outcomes of sexual communication with a child offences (71/17), "
                "by financial year recorded",
                ["Count of Crime Number / Row Labels"] + years + ["Grand Total"],
                shown + [grand],
                ["* Figures have been suppressed.",
                 "Outcome shown is the outcome as at the date of extraction."])
    wb.save(folder("22_lancashire") / "reply.xlsx")


def reply_23_hampshire() -> None:
    """XLSX: months across as real dates shown 'Apr-21', a Total column and a Grand Total
    row; months with no offence left blank (the reply does not say blank means zero)."""
    wb = new_workbook()
    ws = wb.active
    ws.title = "Sheet1"
    ws["A1"] = ("FOI 2022/01455 - Sexual grooming and sexual communication with a child "
                "offences recorded by month, April 2021 to March 2022")
    ws["A1"].font = BOLD
    months = [dt.datetime(2021 + (m < 4), m, 1) for m in (4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3)]
    header = ["HO Code", "Offence"] + months + ["Total"]
    for c, value in enumerate(header, start=1):
        cell = ws.cell(row=3, column=c, value=value)
        cell.font = BOLD
        cell.border = BOX
        if isinstance(value, dt.datetime):
            cell.number_format = "mmm-yy"
    data = [
        ("88A", "Sexual Grooming", [3, None, 2, 1, None, 4, 2, None, 1, 3, None, 2]),
        ("71/17", "Sexual Communication with a Child",
         [21, 17, 24, 19, 15, 22, 26, 20, 14, 23, 18, 25]),
    ]
    for r, (code, label, values) in enumerate(data, start=4):
        row = [code, label] + values + [sum(v or 0 for v in values)]
        for c, value in enumerate(row, start=1):
            ws.cell(row=r, column=c, value=value).border = BOX
    grand = ["", "Grand Total"] + [sum(values[i] or 0 for *_, values in data) for i in range(12)]
    grand.append(sum(grand[2:]))
    for c, value in enumerate(grand, start=1):
        cell = ws.cell(row=4 + len(data), column=c, value=value)
        cell.font = BOLD
        cell.border = BOX
    ws.cell(row=8, column=1, value="Source: RMS. Crimes recorded by date of recording.")
    ws.column_dimensions["B"].width = 36
    wb.save(folder("23_hampshire") / "reply.xlsx")


class Letter(FPDF):
    """A force's letter: letterhead lines on every page and a 'Page N of M' footer."""

    def __init__(self, letterhead: list):
        super().__init__(format="A4")
        self.letterhead = letterhead
        self.set_creation_date(STAMP)
        self.set_margins(20, 20, 20)
        self.set_auto_page_break(True, margin=25)

    def header(self) -> None:
        self.set_font("Helvetica", "B", 16)
        self.cell(0, 8, self.letterhead[0], new_x="LMARGIN", new_y="NEXT", align="R")
        self.set_font("Helvetica", "", 8)
        for line in self.letterhead[1:]:
            self.cell(0, 4, line, new_x="LMARGIN", new_y="NEXT", align="R")
        self.ln(6)

    def footer(self) -> None:
        self.set_y(-15)
        self.set_font("Helvetica", "", 8)
        self.cell(0, 10, f"Page {self.page_no()} of {{nb}}", align="C")

    def para(self, text: str, style: str = "", size: int = 10, gap: float = 2) -> None:
        self.set_font("Helvetica", style, size)
        self.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
        self.ln(gap)


ICO_ADDRESS = ("Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, "
               "Cheshire SK9 5AF. Telephone: 0303 123 1113. Website: www.ico.org.uk")


def reply_24_avon_and_somerset() -> None:
    """PDF letter on letterhead with 'Page 1 of 2' footers; the table is a drawn table (fpdf2
    table API), financial years across, one year 'Not held' after a change of crime system."""
    pdf = Letter(["Avon and Somerset Constabulary",
                  "Freedom of Information Team, Police Headquarters, PO Box 37, Valley Road,",
                  "Portishead, Bristol BS20 8QJ",
                  "Email: foi@avonandsomerset.police.uk"])
    pdf.add_page()
    pdf.para("Our ref: 1187/22\nDate: 9th May 2022", gap=4)
    pdf.para("Dear Requester,")
    pdf.para("Freedom of Information Act 2000 - Request for information", "B")
    pdf.para("Thank you for your request for information received on 11th April 2022, in which "
             "you asked:")
    pdf.para("\"Please provide, for each financial year from 2017/18 to 2021/22:\n"
             "1. The number of offences of sexual communication with a child (Home Office code "
             "71/17) recorded by your force.\n"
             "2. The number of offences of sexual grooming (Home Office code 88A) recorded.\n"
             "3. For each of the above, how many were flagged as online offences.\"")
    pdf.para("Response", "B")
    pdf.para("Avon and Somerset Constabulary holds some of the information you have requested. "
             "The figures are set out in the table below. Financial years run from 1 April to "
             "31 March.")
    table = [
        ["Offence", "2017/18", "2018/19", "2019/20", "2020/21", "2021/22"],
        ["71/17 Sexual communication with a child", "Not held", "188", "231", "279", "254"],
        ["   of which flagged online", "Not held", "161", "204", "251", "219"],
        ["88A Sexual grooming", "Not held", "42", "37", "51", "46"],
        ["   of which flagged online", "Not held", "30", "29", "44", "39"],
    ]
    pdf.set_font("Helvetica", "", 9)
    with pdf.table(col_widths=(62, 20, 20, 20, 20, 20), text_align=("LEFT",) + ("CENTER",) * 5,
                   line_height=6) as drawn:
        for row in table:
            cells = drawn.row()
            for text in row:
                cells.cell(text)
    pdf.ln(4)
    pdf.para("The Constabulary moved to its current records management system on 1st April "
             "2018. Crime records created on the previous system were not migrated in a form "
             "that allows offences to be counted by Home Office code, and the information for "
             "2017/18 is therefore not held. This letter serves as a notice under section 17 of "
             "the Act that the information for that year is not held.")
    pdf.para("The online flag is applied by the officer or crime recorder where the offence was "
             "committed, wholly or in part, through a computer, computer network or other "
             "computer-enabled device. The figures above are a count of offences, not of "
             "victims or suspects, and are taken from a live system, so they may differ "
             "slightly from figures published at another time.")
    pdf.add_page()
    pdf.para("Your right to complain", "B")
    pdf.para("If you are dissatisfied with the handling of your request, you have the right to "
             "ask for an internal review. Requests for review should be made in writing within "
             "40 working days of the date of this letter to the Freedom of Information Team at "
             "the address above.")
    pdf.para("If you remain dissatisfied after an internal review, you may complain to the "
             "Information Commissioner at: " + ICO_ADDRESS)
    pdf.para("Yours sincerely,", gap=8)
    pdf.para("Freedom of Information Officer\nAvon and Somerset Constabulary")
    pdf.output(str(folder("24_avon-and-somerset") / "reply.pdf"))


def reply_25_derbyshire() -> None:
    """PDF whose tables are text in a fixed-width font, columns aligned by runs of spaces:
    calendar years by Home Office code with a Total row, then outcomes with '<5' and its rule."""
    pdf = Letter(["DERBYSHIRE CONSTABULARY",
                  "Information Management - Freedom of Information",
                  "Butterley Hall, Ripley, Derbyshire DE5 3RS"])
    pdf.add_page()
    pdf.para("FREEDOM OF INFORMATION REQUEST - REFERENCE No: 008765/23", "B")
    pdf.para("Date: 21 February 2023", gap=4)
    pdf.para("Request", "B")
    pdf.para("(a) How many offences of sexual activity involving a child under 13 and sexual "
             "activity involving a child under 16 did Derbyshire Constabulary record in each "
             "calendar year from 2019 to 2022?\n"
             "(b) For the offences recorded in 2022, what outcome has been assigned to each?")
    pdf.para("Reply", "B")
    pdf.para("(a) Please see the table below.")
    first = [
        "Home Office Offence                                   2019    2020    2021    2022",
        "----------------------------------------------------------------------------------",
        "21    Sexual activity involving a child under 13        87      74      95     102",
        "22B   Sexual activity involving a child under 16       143     121     138     156",
        "----------------------------------------------------------------------------------",
        "Total                                                  230     195     233     258",
    ]
    second = [
        "Outcome                                                          21       22B",
        "----------------------------------------------------------------------------",
        "1    Charged/Summonsed                                           11        19",
        "2    Caution - youth                                             <5        <5",
        "3    Caution - adult                                             <5         0",
        "8    Community resolution                                        <5         6",
        "15   Evidential difficulties (suspect identified)                17        28",
        "16   Evidential difficulties (victim does not support)           24        41",
        "18   Investigation complete - no suspect identified              <5         5",
        "21   Not in the public interest (police decision)                 6        12",
        "22   Diversionary, educational or intervention activity           0        <5",
        "     Awaiting outcome                                            34        40",
        "----------------------------------------------------------------------------",
        "Total                                                           102       156",
    ]
    pdf.set_font("Courier", "", 8)
    for line in first:
        pdf.cell(0, 4, line, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.para("(b) The outcomes of the offences recorded in 2022, as at 14 February 2023, are:")
    pdf.set_font("Courier", "", 8)
    for line in second:
        pdf.cell(0, 4, line, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.para("Numbers fewer than five are shown as <5 to reduce the risk that an individual "
             "could be identified. Outcome numbers are those of the Home Office outcomes "
             "framework; 'Awaiting outcome' means the investigation is still open.")
    pdf.para("Please note that these figures are extracted from a live crime recording system "
             "and may change.")
    pdf.para("If you are not satisfied with this response you may request an internal review "
             "within 40 working days. If you remain dissatisfied you may then apply to the "
             + ICO_ADDRESS + ".")
    pdf.output(str(folder("25_derbyshire") / "reply.pdf"))


def reply_26_suffolk() -> None:
    """PDF partial refusal: one question answered, two refused under section 12 with the cost
    estimate set out in records, minutes, hours and pounds."""
    pdf = Letter(["Suffolk Constabulary",
                  "Joint Information Management Unit - Norfolk and Suffolk Constabularies",
                  "Police Headquarters, Martlesham Heath, Ipswich, Suffolk IP5 3QS"])
    pdf.add_page()
    pdf.para("Freedom of Information Request Reference No: FOI 000412/23\n"
             "Date: 3 March 2023", gap=4)
    pdf.para("I write in connection with your request for information which was received by "
             "Suffolk Constabulary on 6 February 2023. I note you seek access to the following "
             "information:")
    pdf.para("1. The number of offences relating to indecent images of children recorded in "
             "2021 and in 2022.\n"
             "2. For each of those offences, the social media platform or app used to share or "
             "obtain the images.\n"
             "3. How many of the suspects were aged under 18, for each year.")
    pdf.para("Response to your Request", "B")
    pdf.para("Suffolk Constabulary has located some information relevant to your request. "
             "Question 1 is answered below. For questions 2 and 3 the Constabulary is relying "
             "on section 12(1) of the Freedom of Information Act 2000, as explained further "
             "on.")
    pdf.para("1. Offences relating to indecent images of children recorded:\n"
             "    2021: 612\n"
             "    2022: 628")
    pdf.para("Section 12(1) - Cost of compliance exceeds the appropriate limit", "B")
    pdf.para("Section 12(1) allows a public authority to refuse a request where the cost of "
             "complying would exceed the appropriate limit, which for the police is set at "
             "\u00a3450 by the Freedom of Information and Data Protection (Appropriate Limit and "
             "Fees) Regulations 2004. This equates to 18 hours of work at \u00a325 an hour.")
    pdf.para("The platform used and the age of each suspect are not recorded in a field that "
             "can be searched or counted. To find this information a member of staff would "
             "have to read the crime report of each of the 1,240 offences recorded in the two "
             "years. A sample of reports showed that this takes on average five minutes a "
             "report, so the task would take about 103 hours at a cost of about \u00a32,583, "
             "well above the limit.")
    pdf.para("In accordance with section 16 of the Act we have considered whether the request "
             "could be narrowed. Even one month of offences would take more than 18 hours to "
             "review, so we are unable to suggest a way the request could be refined for these "
             "questions.")
    pdf.para("Complaint Rights", "B")
    pdf.para("If you are unhappy with this response you may ask for an internal review within "
             "40 working days. If you remain unhappy after the review you may contact the "
             + ICO_ADDRESS + ".")
    pdf.para("Yours sincerely,\n\nDisclosure Officer\nJoint Information Management Unit")
    pdf.output(str(folder("26_suffolk") / "reply.pdf"))


def word_table(document, rows: list):
    """A Word table in the 'Table Grid' style with a bold header row."""
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            cell = table.cell(r, c)
            cell.text = str(text)
            if r == 0:
                for run in cell.paragraphs[0].runs:
                    run.bold = True
            if c > 0:
                cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    return table


def heading(document, text: str) -> None:
    document.add_paragraph().add_run(text).bold = True


def reply_27_gwent() -> None:
    """DOCX letter with a Word table: financial years down, a year-to-date row, a Total row;
    a further answer given as figures in a sentence."""
    document = new_document()
    head = document.add_paragraph()
    head.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    head.add_run("Heddlu Gwent Police").bold = True
    document.add_paragraph("Uned Rhyddid Gwybodaeth / Freedom of Information Unit\n"
                           "Pencadlys yr Heddlu / Police Headquarters, Turnpike Road, Croesyceiliog,"
                           " Cwmbran NP44 2XJ").alignment = WD_ALIGN_PARAGRAPH.RIGHT
    document.add_paragraph("Our Reference: FOI 2023/0117\nDate: 17 January 2023")
    document.add_paragraph("Dear Sir/Madam,")
    heading(document, "Freedom of Information Act 2000 - Child sexual exploitation")
    document.add_paragraph("I write in response to your request for information dated 19 December "
                           "2022. You asked:")
    document.add_paragraph("1) How many crimes recorded by Gwent Police carried a child sexual "
                           "exploitation (CSE) flag in each financial year from 2019-20 to date?\n"
                           "2) How many arrests were made in connection with those crimes?\n"
                           "3) How many of those arrests resulted in a charge?")
    document.add_paragraph("Gwent Police can confirm that it holds the information you have "
                           "requested. Questions 1 and 2 are answered in the table below. The "
                           "figure for the current financial year covers 1 April to 31 December "
                           "2022 only.")
    word_table(document, [
        ["Financial Year", "Crimes with a CSE flag", "Arrests linked to CSE-flagged crimes"],
        ["2019-20", 147, 58],
        ["2020-21", 129, 41],
        ["2021-22", 163, 62],
        ["2022-23 (1 April to 31 December 2022)", 118, 39],
        ["Total", 557, 200],
    ])
    document.add_paragraph("")
    document.add_paragraph("Arrests are counted against the crime they relate to; one person may "
                           "be arrested more than once, so the figures are not a count of "
                           "people.")
    document.add_paragraph("3) Of the arrests above, 17 resulted in a charge in 2019-20, 12 in "
                           "2020-21 and 21 in 2021-22. For the period 1 April to 31 December "
                           "2022 the figure is 9, although a number of these investigations "
                           "remain open.")
    document.add_paragraph("If you are dissatisfied with this response you may ask for an "
                           "internal review by writing to the Freedom of Information Unit at "
                           "the address above within 40 working days. If you remain dissatisfied "
                           "you may apply to the " + ICO_ADDRESS + ".")
    document.add_paragraph("Yn gywir / Yours faithfully,\n\nFreedom of Information Officer")
    document.save(str(folder("27_gwent") / "reply.docx"))


def reply_28_merseyside() -> None:
    """DOCX whose table has offence descriptions with zero-padded Home Office codes in the
    first column, calendar years across, Total row and column, and '-' for nil."""
    document = new_document()
    heading(document, "MERSEYSIDE POLICE - FREEDOM OF INFORMATION REQUEST")
    document.add_paragraph("Reference Number: FOI/0089/24\nDate of response: 8 February 2024")
    heading(document, "Request:")
    document.add_paragraph("Please could you tell me the number of sexual offences against "
                           "children recorded by Merseyside Police in 2021, 2022 and 2023, broken "
                           "down by type of offence.")
    heading(document, "Response:")
    document.add_paragraph("Please find below the number of crimes recorded for the child sexual "
                           "offence classifications in each calendar year (1 January to 31 "
                           "December).")
    data = [
        ("019E - Rape of a female child under 13", [58, 63, 71]),
        ("019D - Rape of a female child under 16", [104, 97, 112]),
        ("019H - Rape of a male child under 13", [17, 22, 19]),
        ("019G - Rape of a male child under 16", [9, 6, 11]),
        ("020B - Sexual assault on a female child under 13", [76, 81, 88]),
        ("017B - Sexual assault on a male child under 13", [29, 34, 27]),
        ("021 - Sexual activity involving a child under 13", [62, 58, 74]),
        ("022B - Sexual activity involving a child under 16", [187, 201, 176]),
        ("071/17 - Sexual communication with a child", [96, 112, 131]),
        ("073 - Abuse of position of trust of a sexual nature", [7, 0, 4]),
        ("088A - Sexual grooming", [14, 11, 0]),
    ]
    rows = [["Home Office Classification", "2021", "2022", "2023", "Total"]]
    for label, values in data:
        rows.append([label] + [v if v else "-" for v in values] + [sum(values)])
    columns = [sum(values[i] for _, values in data) for i in range(3)]
    rows.append(["Total"] + columns + [sum(columns)])
    table = word_table(document, rows)
    for cell in table.rows[-1].cells:
        for run in cell.paragraphs[0].runs:
            run.bold = True
    document.add_paragraph("")
    document.add_paragraph("- denotes a nil return (no crimes of that classification were "
                           "recorded in the year).")
    document.add_paragraph("The figures are a count of crimes recorded, not of victims. A "
                           "crime is counted once, under its principal classification.")
    document.add_paragraph("Merseyside Police Freedom of Information Unit, Canning Place, "
                           "Liverpool L1 8JX")
    document.save(str(folder("28_merseyside") / "reply.docx"))


def reply_29_north_yorkshire() -> None:
    """DOCX answering Q1-Q4 in paragraphs: a figure 'as at' a date, figures in a sentence, a
    small table by victim age for one question, and a withholding under section 31."""
    document = new_document()
    heading(document, "North Yorkshire Police - Freedom of Information Disclosure")
    document.add_paragraph("Reference: 0213/2024\nDate: 20 February 2024")
    document.add_paragraph("Your request for information has now been considered. Each of your "
                           "questions is set out below followed by our answer.")
    heading(document, "Q1 How many registered sex offenders live in North Yorkshire?")
    document.add_paragraph("A1 As at 31 January 2024 there were 1,046 registered sex offenders "
                           "living in the community and managed by North Yorkshire Police.")
    heading(document, "Q2 How many registered sex offenders were arrested for breaching their "
                      "notification requirements in each of the last two calendar years?")
    document.add_paragraph("A2 In 2023, 58 registered sex offenders were arrested for failing "
                           "to comply with their notification requirements, compared with 47 "
                           "in 2022.")
    heading(document, "Q3 How many child sexual offences recorded in 2023 carried the online "
                      "flag, broken down by the age of the victim?")
    document.add_paragraph("A3 The offences recorded between 1 January and 31 December 2023 "
                           "that carried the online flag were:")
    word_table(document, [
        ["Age of victim", "Online flagged offences"],
        ["Under 13", 38],
        ["13 to 15", 96],
        ["16 to 17", 27],
        ["Age not recorded", 5],
        ["Total", 166],
    ])
    document.add_paragraph("")
    heading(document, "Q4 How many registered sex offenders are currently wanted or missing?")
    document.add_paragraph("A4 This information is withheld. Sections 31(1)(a) and (b) of the "
                           "Freedom of Information Act 2000 (law enforcement) apply: publishing "
                           "how many offenders are missing, and so how effective the monitoring "
                           "of offenders is, would help those who wish to evade it and would "
                           "prejudice the prevention and detection of crime and the "
                           "apprehension of offenders. The public interest in disclosure has "
                           "been weighed against this and found to be outweighed.")
    document.add_paragraph("You may request an internal review of this decision within 40 "
                           "working days. Write to: Civil Disclosure Unit, North Yorkshire "
                           "Police, Alverton Court, Crosby Road, Northallerton DL6 1BF.")
    document.save(str(folder("29_north-yorkshire") / "reply.docx"))


def reply_30_btp() -> None:
    """CSV export (UTF-8 with a byte-order mark, CRLF lines as Excel writes them): a header
    row, financial years down, age bands across, a Total row and column, '*' with no rule."""
    rows = [
        ["Financial Year", "Victim Age 0-12", "Victim Age 13-15", "Victim Age 16-17", "Total"],
        ["2019/20", "12", "58", "71", "141"],
        ["2020/21", "*", "31", "44", "79"],
        ["2021/22", "9", "67", "83", "159"],
        ["2022/23", "14", "72", "96", "182"],
        ["Total", "39", "228", "294", "561"],
    ]
    with open(folder("30_btp") / "reply.csv", "w", encoding="utf-8-sig", newline="") as out:
        csv.writer(out, lineterminator="\r\n").writerows(rows)


if __name__ == "__main__":
    for build in (reply_21_kent, reply_22_lancashire, reply_23_hampshire,
                  reply_24_avon_and_somerset, reply_25_derbyshire, reply_26_suffolk,
                  reply_27_gwent, reply_28_merseyside, reply_29_north_yorkshire, reply_30_btp):
        build()
