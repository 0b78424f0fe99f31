"""Build writer A's round-4 attachment replies (74 html, 75 xlsx, 76 docx, 77 pdf).

Each function writes one reply.EXT into its folder beside this script. meta.json and
expected.jsonl are written separately from what the rendered file shows.

    python tests/ingest/blind/make_files_4a.py
"""

import datetime as dt
from pathlib import Path

import docx
from docx.shared import Pt
from fpdf import FPDF
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

HERE = Path(__file__).resolve().parent
STAMP = dt.datetime(2024, 7, 1, 9, 0, 0)
BOLD = Font(bold=True)
THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def folder(name):
    p = HERE / name
    p.mkdir(exist_ok=True)
    return p


# ---------------------------------------------------------------- 74 South Wales (html)
SW_ROWS = [
    ("1", "Charge/Summons", "31", "27"),
    ("2", "Caution &ndash; youth", "&lt;5", "&lt;5"),
    ("3", "Caution &ndash; adult", "0", "&lt;5"),
    ("8", "Community Resolution", "6", "9"),
    ("14", "Evidential difficulties: suspect not identified; victim does not support further action", "5", "7"),
    ("15", "Evidential difficulties: suspect identified; victim supports action", "48", "39"),
    ("16", "Evidential difficulties: suspect identified; victim does not support further action", "37", "33"),
    ("18", "Investigation complete &ndash; no suspect identified", "11", "8"),
    ("21", "Further investigation not in the public interest", "7", "&lt;5"),
    ("", "Under investigation / outcome pending", "9", "46"),
]


def reply_74_south_wales():
    body_rows = "\n".join(
        f"      <tr>\n        <td>{n}</td>\n        <td>{d}</td>\n        <td>{a}</td>\n        <td>{b}</td>\n      </tr>"
        for n, d, a, b in SW_ROWS)
    html = f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Sexual communication with a child - outcomes | South Wales Police</title>
</head>
<body>
<div class="cookie-banner" role="region" aria-label="Cookies on this site">
  <p>We use some essential cookies to make this website work. We'd like to set additional cookies to understand how you use the site.</p>
  <button>Accept additional cookies</button> <button>Reject additional cookies</button> <a href="/cookies">View cookies</a>
</div>
<header>
  <a href="/cy/">Cymraeg</a>
  <nav><ul><li><a href="/">Home</a></li><li><a href="/report">Report</a></li><li><a href="/contact">Contact us</a></li><li><a href="/foi">Freedom of Information</a></li></ul></nav>
</header>
<main>
<ol class="breadcrumb"><li><a href="/">Home</a></li><li><a href="/foi">Freedom of Information</a></li><li><a href="/foi/disclosure-log">Disclosure log</a></li><li>Sexual communication with a child - outcomes</li></ol>
<h1>Sexual communication with a child &ndash; outcomes</h1>
<p class="meta">Reference: 2024/0612 &nbsp;|&nbsp; Published: 11 June 2024 &nbsp;|&nbsp; Category: Crime</p>

<h2>Request</h2>
<p>Could you please tell me, for the financial years 2022-23 and 2023-24:</p>
<ol>
<li>The outcomes of all offences of sexual communication with a child (Home Office code 71/17) recorded by South Wales Police, using the Home Office outcome types.</li>
<li>How many of those offences were flagged as online.</li>
</ol>

<h2>Response</h2>
<p>South Wales Police holds the information you requested. The table below shows the current outcome of each 71/17 offence recorded in the financial years 2022-23 and 2023-24. Outcomes are shown as at 31 May 2024; a crime recorded in one year may have been finalised in a later year.</p>

<table class="table">
  <caption>Outcomes of 71/17 offences by financial year of recording</caption>
  <thead>
    <tr>
      <th>Outcome type</th>
      <th>Outcome description</th>
      <th>2022-23</th>
      <th>2023-24</th>
    </tr>
  </thead>
  <tbody>
{body_rows}
      <tr>
        <td></td>
        <td><strong>Total</strong></td>
        <td><strong>156</strong></td>
        <td><strong>172</strong></td>
      </tr>
  </tbody>
</table>
<p><small>&lt;5 &ndash; Numbers lower than five have been suppressed to prevent the identification of individuals. Totals are the true totals and include suppressed figures. Outcome types not shown did not apply to any of these offences.</small></p>

<p>Of the offences above, 131 recorded in 2022-23 and 149 recorded in 2023-24 carried the online crime flag.</p>

<p>If you are not satisfied with this response you may request an internal review within 40 working days of the date of this response. Please contact the Freedom of Information Unit, South Wales Police Headquarters, Cowbridge Road, Bridgend CF31 3SU.</p>
</main>
<footer>
<p>In an emergency always call 999. For non-emergencies call 101.</p>
<ul><li><a href="/accessibility">Accessibility</a></li><li><a href="/privacy">Privacy</a></li><li><a href="/cookies">Cookies</a></li></ul>
<p>&copy; South Wales Police 2024</p>
</footer>
</body>
</html>
"""
    (folder("74_south-wales") / "reply.html").write_text(html, encoding="utf-8")


# ---------------------------------------------------------------- 75 Northamptonshire (xlsx)
NH_YEARS = ["FY21/22", "FY22/23", "FY23/24"]
NH_AGE = [("0-4", [38, 41, 36]), ("5-10", [164, 171, 158]), ("11-15", [512, 547, 561]), ("16-17", [201, 219, 224])]
NH_GENDER = [("Female", [742, 790, 785]), ("Male", [170, 188, 190]), ("Unknown", ["<5", 0, "<5"])]
NH_TOTALS = [915, 978, 979]


def reply_75_northamptonshire():
    wb = Workbook()
    wb.properties.created = STAMP
    wb.properties.creator = "Information Rights Team"
    ws = wb.active
    ws.title = "Age of victim"
    ws["A1"] = "Northamptonshire Police - FOI 000844/24"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Sexual offences recorded where the victim was aged under 18 at the time of the offence, by age of victim"
    hdr = ["Victim age"] + NH_YEARS + ["Total"]
    for c, h in enumerate(hdr, start=1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = BOLD
        cell.border = BOX
        cell.alignment = Alignment(horizontal="center")
    r = 5
    for band, vals in NH_AGE:
        ws.cell(row=r, column=1, value=band).border = BOX
        for i, v in enumerate(vals):
            ws.cell(row=r, column=2 + i, value=v).border = BOX
        ws.cell(row=r, column=5, value=sum(vals)).border = BOX
        r += 1
    ws.cell(row=r, column=1, value="Total").font = BOLD
    for i in range(3):
        ws.cell(row=r, column=2 + i, value=sum(v[i] for _, v in NH_AGE)).font = BOLD
    ws.cell(row=r, column=5, value=sum(sum(v) for _, v in NH_AGE)).font = BOLD
    for c in range(1, 6):
        ws.cell(row=r, column=c).border = BOX
    ws.cell(row=r + 2, column=1, value="Source: Niche RMS. Data extracted 21/05/2024. Financial years run from 1 April to 31 March.")
    ws.cell(row=r + 3, column=1, value="Offences where the victim's age was not recorded are excluded from this request.")
    ws.column_dimensions["A"].width = 16

    ws2 = wb.create_sheet("Gender of victim")
    ws2["A1"] = "Northamptonshire Police - FOI 000844/24"
    ws2["A1"].font = Font(bold=True, size=13)
    ws2["A2"] = "Sexual offences recorded where the victim was aged under 18, by gender of victim"
    for c, h in enumerate(["Victim gender"] + NH_YEARS, start=1):
        cell = ws2.cell(row=4, column=c, value=h)
        cell.font = BOLD
        cell.border = BOX
    r = 5
    for g, vals in NH_GENDER:
        ws2.cell(row=r, column=1, value=g).border = BOX
        for i, v in enumerate(vals):
            ws2.cell(row=r, column=2 + i, value=v).border = BOX
        r += 1
    ws2.cell(row=r, column=1, value="Total").font = BOLD
    for i, t in enumerate(NH_TOTALS):
        ws2.cell(row=r, column=2 + i, value=t).font = BOLD
    for c in range(1, 5):
        ws2.cell(row=r, column=c).border = BOX
    ws2.cell(row=r + 2, column=1, value="<5 - figures fewer than five are not shown, to reduce the risk of identifying victims. Totals are exact.")
    ws2.column_dimensions["A"].width = 16
    wb.save(folder("75_northamptonshire") / "reply.xlsx")


# ---------------------------------------------------------------- 76 Cleveland (docx)
CL_YEARS = [("April 2020 - March 2021", 96, 71), ("April 2021 - March 2022", 118, 90), ("April 2022 - March 2023", 131, 104)]
CL_PLATFORMS = [("Snapchat", "43"), ("Instagram", "18"), ("WhatsApp", "11"), ("Facebook / Messenger", "9"),
                ("TikTok", "*"), ("Other", "7"), ("Not recorded", "14")]


def reply_76_cleveland():
    d = docx.Document()
    d.core_properties.created = STAMP
    d.core_properties.author = "Freedom of Information Unit"
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    p = d.add_paragraph()
    p.add_run("Cleveland Police").bold = True
    d.add_paragraph("Freedom of Information Unit\nLadgate Lane\nMiddlesbrough\nTS8 9EH")
    d.add_paragraph("Our ref: 0391/2023\nDate: 12 July 2023")
    d.add_paragraph("Dear Requester,")
    d.add_paragraph("I write in response to your request for information received on 14 June 2023, in which you asked:")
    d.add_paragraph(
        "1. How many offences of sexual grooming (Home Office code 88A) were recorded by Cleveland Police in each of the "
        "last three financial years, and how many of these were flagged as online?\n"
        "2. For the most recent year, which social media platforms or apps were used?\n"
        "3. For each year, how many suspects were aged under 18?")
    d.add_paragraph("Cleveland Police has now completed its searches and I can provide the following response.")
    p = d.add_paragraph()
    p.add_run("Question 1").bold = True
    t = d.add_table(rows=len(CL_YEARS) + 2, cols=3)
    t.style = "Table Grid"
    for c, h in enumerate(["Financial year", "88A offences recorded", "Of which online flagged"]):
        t.cell(0, c).text = h
        t.cell(0, c).paragraphs[0].runs[0].bold = True
    for k, (y, a, b) in enumerate(CL_YEARS, start=1):
        t.cell(k, 0).text = y
        t.cell(k, 1).text = str(a)
        t.cell(k, 2).text = str(b)
    last = len(CL_YEARS) + 1
    t.cell(last, 0).text = "Total"
    t.cell(last, 1).text = str(sum(a for _, a, _ in CL_YEARS))
    t.cell(last, 2).text = str(sum(b for _, _, b in CL_YEARS))
    for c in range(3):
        t.cell(last, c).paragraphs[0].runs[0].bold = True
    d.add_paragraph("")
    p = d.add_paragraph()
    p.add_run("Question 2").bold = True
    d.add_paragraph("The table below shows the platform recorded for the 104 online flagged 88A offences recorded between "
                    "April 2022 and March 2023. More than one platform can be recorded against an offence.")
    t2 = d.add_table(rows=len(CL_PLATFORMS) + 1, cols=2)
    t2.style = "Table Grid"
    t2.cell(0, 0).text = "Platform"
    t2.cell(0, 1).text = "Number of offences"
    for c in range(2):
        t2.cell(0, c).paragraphs[0].runs[0].bold = True
    for k, (n, v) in enumerate(CL_PLATFORMS, start=1):
        t2.cell(k, 0).text = n
        t2.cell(k, 1).text = v
    d.add_paragraph("* Where a figure is fewer than five it has been replaced with an asterisk in order to protect the "
                    "identity of victims.")
    p = d.add_paragraph()
    p.add_run("Question 3").bold = True
    d.add_paragraph(
        "The age of a suspect is not held in a form that can be searched across all of these crimes. To answer this "
        "question an officer would need to open and read each of the 345 crime records above, which at an estimated "
        "5 minutes per record would take 28.75 hours. This exceeds the appropriate limit of 18 hours (£450) and so "
        "Question 3 is refused under Section 12(1) of the Freedom of Information Act 2000. Section 17(5) of the Act "
        "requires us to issue a refusal notice, and this letter serves as that notice.")
    d.add_paragraph(
        "If you are dissatisfied with this response you may request an internal review within 40 working days. "
        "Should you remain dissatisfied, you can contact the Information Commissioner's Office on 0303 123 1113.")
    d.add_paragraph("Yours sincerely,\n\nDisclosure Officer\nCleveland Police")
    d.save(folder("76_cleveland") / "reply.docx")


# ---------------------------------------------------------------- 77 Wiltshire (pdf)
WI_YEARS = ["2021", "2022", "2023"]
WI_ROWS = [("School", ["14", "19", "23"], "56"), ("Home address of victim", ["162", "171", "158"], "491"),
           ("Home address of suspect", ["88", "94", "101"], "283"), ("Public place", ["41", "37", "45"], "123"),
           ("Other", ["57", "49", "63"], "169"), ("Location not recorded", ["1-4", "6", "1-4"], "11")]
WI_TOTAL = (["365", "376", "392"], "1133")


class Letter(FPDF):
    def __init__(self, ref):
        super().__init__(format="A4")
        self.ref = ref
        self.set_auto_page_break(True, margin=20)

    def header(self):
        self.set_font("Helvetica", "B", 14)
        self.cell(0, 8, "Wiltshire Police", new_x="LMARGIN", new_y="NEXT")
        self.set_font("Helvetica", "", 8)
        self.cell(0, 4, "Information Management - Police Headquarters, London Road, Devizes, Wiltshire SN10 2DN",
                  new_x="LMARGIN", new_y="NEXT")
        self.ln(4)

    def footer(self):
        self.set_y(-14)
        self.set_font("Helvetica", "", 8)
        self.cell(0, 8, f"OFFICIAL    Ref {self.ref}    Page {self.page_no()} of {{nb}}", align="C")

    def para(self, text, style="", gap=2):
        self.set_font("Helvetica", style, 10)
        self.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
        self.ln(gap)


def reply_77_wiltshire():
    pdf = Letter("FOI 2024/11078")
    pdf.set_creation_date(STAMP)
    pdf.alias_nb_pages()
    pdf.add_page()
    pdf.para("Our reference: FOI 2024/11078\nDate: 28 March 2024")
    pdf.para("Dear Sir/Madam,")
    pdf.para("Thank you for your request for information, received on 29 February 2024. You asked:")
    pdf.para("1. For the calendar years 2021, 2022 and 2023, how many sexual offences against children (victims under "
             "18) were recorded by Wiltshire Police, broken down by the type of location where the offence took place?\n"
             "2. Of the offences that took place at a school, how many had a suspect who was also under 18?")
    pdf.para("Response", "B")
    pdf.para("Wiltshire Police holds the information you requested. Question 1 is answered in the table below. The "
             "location is taken from the location type recorded on the crime report.")
    widths = [62, 28, 28, 28, 28]
    pdf.set_font("Helvetica", "B", 10)
    for w, h in zip(widths, ["Location type"] + WI_YEARS + ["Total"]):
        pdf.cell(w, 7, h, border=1, align="C")
    pdf.ln()
    pdf.set_font("Helvetica", "", 10)
    for label, vals, tot in WI_ROWS:
        pdf.cell(widths[0], 7, label, border=1)
        for w, v in zip(widths[1:], vals + [tot]):
            pdf.cell(w, 7, v, border=1, align="C")
        pdf.ln()
    pdf.set_font("Helvetica", "B", 10)
    pdf.cell(widths[0], 7, "Total", border=1)
    for w, v in zip(widths[1:], WI_TOTAL[0] + [WI_TOTAL[1]]):
        pdf.cell(w, 7, v, border=1, align="C")
    pdf.ln(9)
    pdf.para("1-4 is shown where the figure is between one and four, to reduce the risk of identifying a child. "
             "Totals are exact and include these figures.")
    pdf.para("Of the offences recorded at a school, 9 in 2021, 12 in 2022 and 15 in 2023 had a suspect who was aged "
             "under 18 at the time of the offence.")
    pdf.para("Please note that the figures are based on the date the crime was recorded and were extracted on 18 March "
             "2024. Sexual offences are defined as those in Home Office crime classes 17 to 23, 70, 71 and 88.")
    pdf.para("Your right to complain", "B")
    pdf.para("If you are unhappy with this response you may ask for an internal review within 40 working days. If you "
             "are still dissatisfied you can complain to the Information Commissioner, Wycliffe House, Water Lane, "
             "Wilmslow SK9 5AF (0303 123 1113).")
    pdf.para("Yours faithfully,\n\nInformation Management Unit\nWiltshire Police")
    pdf.output(str(folder("77_wiltshire") / "reply.pdf"))


if __name__ == "__main__":
    reply_74_south_wales()
    reply_75_northamptonshire()
    reply_76_cleveland()
    reply_77_wiltshire()
