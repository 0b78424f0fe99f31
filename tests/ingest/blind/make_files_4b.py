"""Build writer B's attachment replies for blind round 4 (folders 83 html, 84 xlsx, 85 pdf).

Each function writes one reply.EXT into its folder beside this script. meta.json and
expected.jsonl are written separately from what the rendered file shows. Run:

    python tests/ingest/blind/make_files_4b.py
"""

import datetime as dt
from pathlib import Path

from fpdf import FPDF
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = Path(__file__).resolve().parent
STAMP = dt.datetime(2024, 5, 20, 10, 30, 0)
THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
BOLD = Font(bold=True)
HEAD = PatternFill("solid", fgColor="DDEBF7")


def folder(name):
    p = HERE / name
    p.mkdir(exist_ok=True)
    return p


# ---------------------------------------------------------------- 83 Dorset (html)
DORSET_ROWS = [
    ("1", "Charge/Summons", 61, 58),
    ("2", "Caution - youth", 2, 3),
    ("3", "Caution - adult", 7, 5),
    ("8", "Community resolution", 1, 0),
    ("15", "Evidential difficulties - suspect identified, victim supports action", 38, 41),
    ("18", "Investigation complete - no suspect identified", 12, 9),
    ("20", "Further action taken by another body or agency", 9, 4),
    ("21", "Further investigation not in the public interest (police decision)", 22, 19),
    ("", "Under investigation (no outcome assigned)", 62, 97),
]


def dorset_cell(v):
    return "&lt;5" if 1 <= v <= 4 else str(v)


def reply_83_dorset():
    rows = []
    for num, words, a, b in DORSET_ROWS:
        rows.append(
            f"        <tr>\n          <td>{num}</td>\n          <td>{words}</td>\n"
            f"          <td class=\"num\">{dorset_cell(a)}</td>\n          <td class=\"num\">{dorset_cell(b)}</td>\n"
            f"          <td class=\"num\">{dorset_cell(a + b)}</td>\n        </tr>"
        )
    ta = sum(r[2] for r in DORSET_ROWS)
    tb = sum(r[3] for r in DORSET_ROWS)
    html = f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Indecent images of children - outcomes | Dorset Police</title>
<style>
  table.data {{ border-collapse: collapse; }}
  table.data td, table.data th {{ border: 1px solid #999; padding: 4px 8px; }}
  td.num {{ text-align: right; }}
</style>
</head>
<body>
<a class="skip" href="#main">Skip to main content</a>
<div class="cookie-banner" role="region" aria-label="Cookie banner">
  <p>We use cookies to make our website work and to understand how it is used. You can accept all cookies or choose which ones to allow.</p>
  <button>Accept all</button> <button>Manage cookies</button>
</div>
<header>
  <a href="/">Dorset Police</a>
  <nav>
    <ul>
      <li><a href="/report">Report</a></li>
      <li><a href="/contact">Contact us</a></li>
      <li><a href="/advice">Advice</a></li>
      <li><a href="/news">News</a></li>
      <li><a href="/about-us">About us</a></li>
    </ul>
  </nav>
</header>
<nav class="breadcrumb"><a href="/">Home</a> &rsaquo; <a href="/foi-ai">FOI</a> &rsaquo; <a href="/foi-ai/disclosure-log">Disclosure log</a> &rsaquo; Indecent images of children - outcomes</nav>
<main id="main">
<h1>Indecent images of children - outcomes</h1>
<p class="meta">Reference: 2024-0612 &nbsp;|&nbsp; Date of response: 20 May 2024 &nbsp;|&nbsp; Subject: Crime statistics</p>

<h2>Request</h2>
<p>Under the Freedom of Information Act 2000, please provide the following for the financial years 2022/23 and 2023/24:</p>
<ol>
  <li>The number of offences recorded under Home Office code 86/2 (taking, making or distributing indecent photographs of children), broken down by the outcome assigned.</li>
  <li>The number of arrests made for these offences.</li>
  <li>The ages of the people charged.</li>
</ol>

<h2>Response</h2>
<p>Dorset Police holds information relevant to your request. Our response to each question is below.</p>

<h3>Question 1</h3>
<p>The table shows offences recorded in each financial year under code 86/2 and the Home Office outcome assigned to them. Outcomes are shown as at 7 May 2024.</p>
<table class="data">
  <thead>
    <tr>
      <th>Outcome number</th>
      <th>Outcome</th>
      <th>2022/23</th>
      <th>2023/24</th>
      <th>Total</th>
    </tr>
  </thead>
  <tbody>
{chr(10).join(rows)}
  </tbody>
  <tfoot>
    <tr>
      <th colspan="2">Total offences recorded</th>
      <th class="num">{ta}</th>
      <th class="num">{tb}</th>
      <th class="num">{ta + tb}</th>
    </tr>
  </tfoot>
</table>
<p><small>Counts from one to four are shown as &lt;5 to protect the identity of the people concerned. The totals row shows the actual number of offences recorded.</small></p>

<h3>Question 2</h3>
<p>Dorset Police made 173 arrests for offences under this code in 2022/23 and 188 in 2023/24. One person may be arrested for more than one offence, and an arrest may relate to an offence recorded in an earlier year.</p>

<h3>Question 3</h3>
<p>The age of a person at the point of charge is not held by Dorset Police in a form that can be reported on. This part of your request is therefore not held for either year, and Section 1(1)(a) of the Act applies.</p>

<p>If you are unhappy with this response you may ask for an internal review within 40 working days. Please write to the Freedom of Information Team, Dorset Police Headquarters, Winfrith, Dorchester, DT2 8DZ.</p>
</main>
<footer>
  <ul>
    <li><a href="/accessibility">Accessibility</a></li>
    <li><a href="/privacy">Privacy</a></li>
    <li><a href="/cookies">Cookies</a></li>
  </ul>
  <p>In an emergency call 999. Non-emergency: 101.</p>
  <p>&copy; 2024 Dorset Police</p>
</footer>
</body>
</html>
"""
    (folder("83_dorset") / "reply.html").write_text(html, encoding="utf-8")


# ---------------------------------------------------------------- 84 Northamptonshire (xlsx)
NPTON_YEARS = ["April 2021 - March 2022", "April 2022 - March 2023", "April 2023 - March 2024"]
NPTON_BANDS = [
    ("0 - 4", [38, 41, 35]),
    ("5 - 9", [96, 104, 99]),
    ("10 - 12", [143, 151, 162]),
    ("13 - 15", [388, 402, 371]),
    ("16 - 17", [167, 158, 173]),
]
NPTON_GENDER = [("2021/22", 668, 161, 3), ("2022/23", 684, 170, 2), ("2023/24", 659, 176, 5)]


def reply_84_northamptonshire():
    wb = Workbook()
    wb.properties.created = STAMP
    wb.properties.creator = "Information Rights Unit"
    ws = wb.active
    ws.title = "Victim age"
    ws["A1"] = "Northamptonshire Police - FOI 000871/24"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Sexual offences recorded where the victim was aged under 18 at the time of the offence, by age of victim"
    ws["A3"] = "Source: Niche RMS. Data extracted 22/04/2024."
    hr = 5
    heads = ["Victim age"] + NPTON_YEARS + ["Total"]
    for j, h in enumerate(heads, start=1):
        c = ws.cell(row=hr, column=j, value=h)
        c.font = BOLD
        c.fill = HEAD
        c.border = BOX
        c.alignment = Alignment(wrap_text=True, horizontal="center")
    for i, (band, vals) in enumerate(NPTON_BANDS, start=hr + 1):
        ws.cell(row=i, column=1, value=band).border = BOX
        for j, v in enumerate(vals, start=2):
            ws.cell(row=i, column=j, value=v).border = BOX
        ws.cell(row=i, column=5, value=sum(vals)).border = BOX
    tr = hr + 1 + len(NPTON_BANDS)
    ws.cell(row=tr, column=1, value="Total").font = BOLD
    for j in range(3):
        ws.cell(row=tr, column=2 + j, value=sum(v[j] for _, v in NPTON_BANDS)).font = BOLD
    ws.cell(row=tr, column=5, value=sum(sum(v) for _, v in NPTON_BANDS)).font = BOLD
    for j in range(1, 6):
        ws.cell(row=tr, column=j).border = BOX
    ws.cell(row=tr + 2, column=1, value="Notes")
    ws.cell(row=tr + 2, column=1).font = BOLD
    ws.cell(row=tr + 3, column=1, value="1. Figures are offences, not victims. A victim may appear more than once.")
    ws.cell(row=tr + 4, column=1, value="2. Offences with no recorded victim age are not included, as the age of the victim could not be confirmed as under 18.")
    ws.column_dimensions["A"].width = 14
    for col in "BCD":
        ws.column_dimensions[col].width = 16
    ws.row_dimensions[hr].height = 32

    g = wb.create_sheet("Victim gender")
    g["A1"] = "Sexual offences recorded where the victim was aged under 18, by gender of victim"
    g["A1"].font = BOLD
    for j, h in enumerate(["Financial year", "Female", "Male", "Unknown", "Total"], start=1):
        c = g.cell(row=3, column=j, value=h)
        c.font = BOLD
        c.fill = HEAD
        c.border = BOX
    for i, (fy, f, m, u) in enumerate(NPTON_GENDER, start=4):
        g.cell(row=i, column=1, value=fy)
        g.cell(row=i, column=2, value=f)
        g.cell(row=i, column=3, value=m)
        g.cell(row=i, column=4, value="*" if u < 5 else u)
        g.cell(row=i, column=5, value=f + m + u)
        for j in range(1, 6):
            g.cell(row=i, column=j).border = BOX
    g["A8"] = "* fewer than five. Totals include these offences."
    g.column_dimensions["A"].width = 16
    wb.save(folder("84_northamptonshire") / "reply.xlsx")


# ---------------------------------------------------------------- 85 PSNI (pdf)
PSNI_TABLE = [("2021", 148, 131), ("2022", 171, 157), ("2023", 196, 183)]


class Letter(FPDF):
    def header(self):
        self.set_font("Helvetica", "B", 13)
        self.cell(0, 7, "Police Service of Northern Ireland", new_x="LMARGIN", new_y="NEXT")
        self.set_font("Helvetica", "", 8)
        self.cell(0, 4, "Corporate Information Branch, Police Headquarters, 65 Knock Road, Belfast BT5 6LE", new_x="LMARGIN", new_y="NEXT")
        self.ln(4)

    def footer(self):
        self.set_y(-14)
        self.set_font("Helvetica", "", 8)
        self.cell(0, 5, f"FOI/2024/01156                                                                 Page {self.page_no()} of {{nb}}", align="C")

    def para(self, text, style="", size=10, gap=2):
        self.set_font("Helvetica", style, size)
        self.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
        self.ln(gap)


def reply_85_psni():
    pdf = Letter()
    pdf.alias_nb_pages()
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_page()
    pdf.para("Request Number: FOI/2024/01156\nDate: 28 March 2024", gap=4)
    pdf.para("Request", "B")
    pdf.para("1. The number of offences of sexual communication with a child (Article 22A of the Sexual Offences "
             "(Northern Ireland) Order 2008) recorded by PSNI in each of the calendar years 2021, 2022 and 2023, and "
             "how many of these were cyber-enabled.")
    pdf.para("2. Of those offences, how many involved a victim aged 12 or under?")
    pdf.para("3. How many of those offences resulted in a charge or summons?")
    pdf.para("4. The names of any schools attended by the victims.", gap=4)
    pdf.para("Answer", "B")
    pdf.para("The Police Service of Northern Ireland has located information relevant to your request. Under Section 1(1) "
             "of the Freedom of Information Act 2000 we are providing it below, with the exception of question 4.")
    pdf.para("Question 1", "B")
    pdf.set_font("Helvetica", "B", 9)
    widths = (40, 55, 55)
    for w, h in zip(widths, ("Calendar year", "Offences recorded", "Of which cyber-enabled")):
        pdf.cell(w, 7, h, border=1, align="C")
    pdf.ln(7)
    pdf.set_font("Helvetica", "", 9)
    for y, a, b in PSNI_TABLE:
        for w, t in zip(widths, (y, str(a), str(b))):
            pdf.cell(w, 6, t, border=1, align="C")
        pdf.ln(6)
    pdf.set_font("Helvetica", "B", 9)
    for w, t in zip(widths, ("Total", str(sum(r[1] for r in PSNI_TABLE)), str(sum(r[2] for r in PSNI_TABLE)))):
        pdf.cell(w, 6, t, border=1, align="C")
    pdf.ln(9)
    pdf.para("A crime is marked cyber-enabled where the offence was committed, in full or in part, using the internet or "
             "another communications network.", size=8)
    pdf.para("Question 2", "B")
    pdf.para("Victims aged 12 or under accounted for 41 of the offences recorded in 2021, 39 in 2022 and 52 in 2023.")
    pdf.para("Question 3", "B")
    pdf.para("Charge/summons:\n2021 - 23\n2022 - 19\n2023 - 11\nA number of the offences recorded in 2023 are still "
             "under investigation, so the 2023 figure is likely to increase.")
    pdf.para("Question 4", "B")
    pdf.para("Information identifying schools attended by victims is exempt from disclosure under Section 40(2) (Personal "
             "Information) and Section 30(1) (Investigations and Proceedings) of the Act. Given the small number of "
             "children involved in some schools, releasing names could allow individual victims to be identified, which "
             "would breach the first data protection principle. Section 40(2) is an absolute exemption and no public "
             "interest test is required.")
    pdf.add_page()
    pdf.para("If you have any queries regarding your request or the decision please do not hesitate to contact us on "
             "028 9070 0164. When contacting the Corporate Information Branch, please quote the reference number listed "
             "at the beginning of this letter.")
    pdf.para("If you are dissatisfied in any way with the handling of your request, you have the right to request a review. "
             "You should do this as soon as possible, or in any case within two months of the date of issue of this "
             "letter. In the event that you are dissatisfied with the outcome of the review you can apply to the "
             "Information Commissioner's Office.")
    pdf.para("Yours sincerely,\n\nCorporate Information Branch")
    pdf.output(str(folder("85_psni") / "reply.pdf"))


if __name__ == "__main__":
    reply_83_dorset()
    reply_84_northamptonshire()
    reply_85_psni()
