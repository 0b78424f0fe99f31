"""Build writer A's round-5 attachment replies (92 xlsx, 94 html, 95 pdf, 97 csv, 98 docx).

Each function writes one reply.EXT into its folder beside this script. meta.json and
expected.jsonl are written separately, from what the rendered file shows.

    .venv/bin/python tests/ingest/blind/make_files_5a.py
"""

import datetime as dt
from pathlib import Path

import docx
from docx.shared import Pt
from fpdf import FPDF
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = Path(__file__).resolve().parent
BOLD = Font(bold=True)
THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def folder(name):
    p = HERE / name
    p.mkdir(exist_ok=True)
    return p


# ---------------------------------------------------------------- 92 Kent (xlsx, long format export)
KENT_ROWS = [
    ("2022/23", "021", "Sexual activity involving a child under 13", "Female", 88),
    ("2022/23", "021", "Sexual activity involving a child under 13", "Male", 31),
    ("2022/23", "021", "Sexual activity involving a child under 13", "Not Recorded", "*"),
    ("2022/23", "022B", "Sexual activity involving a child under 16", "Female", 204),
    ("2022/23", "022B", "Sexual activity involving a child under 16", "Male", 47),
    ("2022/23", "022B", "Sexual activity involving a child under 16", "Not Recorded", 6),
    ("2022/23", "071/17", "Sexual communication with a child", "Female", 112),
    ("2022/23", "071/17", "Sexual communication with a child", "Male", 29),
    ("2022/23", "071/17", "Sexual communication with a child", "Not Recorded", 11),
    ("2023/24", "021", "Sexual activity involving a child under 13", "Female", 95),
    ("2023/24", "021", "Sexual activity involving a child under 13", "Male", 26),
    ("2023/24", "021", "Sexual activity involving a child under 13", "Not Recorded", 0),
    ("2023/24", "022B", "Sexual activity involving a child under 16", "Female", 219),
    ("2023/24", "022B", "Sexual activity involving a child under 16", "Male", 52),
    ("2023/24", "022B", "Sexual activity involving a child under 16", "Not Recorded", "*"),
    ("2023/24", "071/17", "Sexual communication with a child", "Female", 131),
    ("2023/24", "071/17", "Sexual communication with a child", "Male", 34),
    ("2023/24", "071/17", "Sexual communication with a child", "Not Recorded", 8),
]
KENT_TOTAL = 1098


def reply_92_kent():
    wb = Workbook()
    wb.properties.created = dt.datetime(2024, 5, 14, 10, 12, 0)
    wb.properties.creator = "Kent Police Information Management"
    ws = wb.active
    ws.title = "Notes"
    notes = [
        "Kent Police - Freedom of Information request 24/03315",
        "",
        "Request:",
        "Please provide the number of offences recorded under Home Office codes 21, 22B and 71/17 in the financial years "
        "2022/23 and 2023/24, broken down by the gender of the victim.",
        "",
        "Notes:",
        "1. Data is taken from the force crime system and counts offences by the date they were recorded.",
        "2. Financial years run from 1 April to 31 March.",
        "3. Victim gender is as recorded on the crime report. 'Not Recorded' means no gender was entered.",
        "4. Values between 1 and 4 are shown as * to reduce the risk of identifying a victim.",
        "5. The Total row on the Data sheet is the exact total and includes the values shown as *.",
        "",
        "Data extracted:",
    ]
    for i, line in enumerate(notes, start=1):
        ws.cell(row=i, column=1, value=line)
    ws.cell(row=len(notes), column=2, value=dt.date(2024, 5, 9)).number_format = "dd/mm/yyyy"
    ws["A1"].font = Font(bold=True, size=12)
    ws.column_dimensions["A"].width = 110

    d = wb.create_sheet("Data")
    head = ["Financial Year", "HO Code", "HO Offence Description", "Victim Gender", "Number of Crimes"]
    fill = PatternFill("solid", fgColor="DDEBF7")
    for c, h in enumerate(head, start=1):
        cell = d.cell(row=1, column=c, value=h)
        cell.font = BOLD
        cell.fill = fill
        cell.border = BOX
    for r, row in enumerate(KENT_ROWS, start=2):
        for c, v in enumerate(row, start=1):
            cell = d.cell(row=r, column=c, value=v)
            cell.border = BOX
            if c == 5:
                cell.alignment = Alignment(horizontal="right")
    r = len(KENT_ROWS) + 2
    d.cell(row=r, column=1, value="Total").font = BOLD
    d.cell(row=r, column=5, value=KENT_TOTAL).font = BOLD
    for c in range(1, 6):
        d.cell(row=r, column=c).border = BOX
    d.auto_filter.ref = f"A1:E{r - 1}"
    for col, w in zip("ABCDE", (15, 10, 44, 15, 18)):
        d.column_dimensions[col].width = w
    wb.save(folder("92_kent") / "reply.xlsx")

# ---------------------------------------------------------------- 94 Surrey (html saved page)
SURREY_ROWS = [
    ("2021/22", ["143", "188", "512", "201", "1-4"], "1047"),
    ("2022/23", ["157", "203", "548", "219", "7"], "1134"),
    ("2023/24", ["149", "211", "571", "236", "1-4"], "1169"),
]
SURREY_ONLINE = [("2021/22", "288"), ("2022/23", "317"), ("2023/24", "342")]


def reply_94_surrey():
    rows = "\n".join(
        "        <tr>\n          <th scope=\"row\">" + fy + "</th>\n"
        + "".join(f"          <td>{v}</td>\n" for v in vals)
        + f"          <td><b>{tot}</b></td>\n        </tr>"
        for fy, vals, tot in SURREY_ROWS)
    online = "\n".join(f"      <dt>{fy}</dt>\n      <dd>{v}</dd>" for fy, v in SURREY_ONLINE)
    html = f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Sexual offences against children by age of victim | Surrey Police</title>
<link rel="stylesheet" href="/static/css/main.css">
</head>
<body class="page-foi">
<a class="skip-link" href="#main">Skip to main content</a>
<div id="cookie-notice" class="cookie-notice">
  <h2>Tell us whether you accept cookies</h2>
  <p>We use cookies to collect information about how you use this website. We use this information to make the website work as well as possible.</p>
  <button type="button">Accept all cookies</button>
  <button type="button">Set cookie preferences</button>
</div>
<div class="hide-page"><a href="https://www.bbc.co.uk/weather">Hide this page</a></div>
<header class="site-header">
  <a href="/" class="logo"><img src="/static/img/surrey-police-logo.svg" alt="Surrey Police"></a>
  <nav class="primary-nav">
    <ul>
      <li><a href="/report/">Report</a></li>
      <li><a href="/advice/">Advice</a></li>
      <li><a href="/news/">News</a></li>
      <li><a href="/about-us/">About&nbsp;us</a></li>
      <li><a href="/contact-us/">Contact&nbsp;us</a></li>
    </ul>
  </nav>
</header>
<nav class="breadcrumb" aria-label="Breadcrumb">
  <a href="/">Home</a> &rsaquo; <a href="/about-us/">About us</a> &rsaquo; <a href="/foi/">Freedom of Information</a> &rsaquo; <a href="/foi/disclosure-log/">Disclosure log</a>
</nav>
<main id="main">
  <article class="foi-disclosure">
    <h1>Sexual offences against children by age of victim</h1>
    <p class="foi-meta">Reference number: <strong>FOI 24/1186</strong><br>
    Date of disclosure: 18 July 2024<br>
    Category: Crime and incidents</p>

    <h2>Request</h2>
    <p>Please can you tell me how many sexual offences against children were recorded by Surrey Police in each of the last three financial years, with the age of the victim, how many of them were flagged as online offences, and how many of the victims were in local authority care at the time of the offence.</p>

    <h2>Response</h2>
    <p>Surrey Police holds some of the information you have asked for. The number of sexual offences recorded where the victim was under 18 at the time of the offence is shown below for the financial years 2021/22 to 2023/24, by the victim&rsquo;s age.</p>

    <div class="table-wrapper">
    <table class="data-table">
      <thead>
        <tr>
          <th rowspan="2" scope="col">Financial year</th>
          <th colspan="5" scope="colgroup">Age of victim at time of offence</th>
          <th rowspan="2" scope="col">Total</th>
        </tr>
        <tr>
          <th scope="col">0-9</th>
          <th scope="col">10-12</th>
          <th scope="col">13-15</th>
          <th scope="col">16-17</th>
          <th scope="col">Not recorded</th>
        </tr>
      </thead>
      <tbody>
{rows}
      </tbody>
    </table>
    </div>
    <p class="small">Figures between one and four are shown as &lsquo;1-4&rsquo; to reduce the risk of a victim being identified. Totals are exact and include these figures. Offences are counted by the date they were recorded. Sexual offences are those in Home Office classes 17 to 23, 70, 71, 73 and 88; offences under codes 17A and 20A (victims aged 13 and over) are included only where the victim was under 18.</p>

    <p>Of these offences, the number that had the online crime flag applied was:</p>
    <dl class="figures">
{online}
    </dl>

    <p>Whether a victim was a looked-after child is not recorded on the crime record in a form we can search or report on. This information is held by the local authority children&rsquo;s services and not by Surrey Police, so this part of your request is not held (section&nbsp;1(1)(a) of the Freedom of Information Act 2000). You may wish to ask Surrey County Council.</p>

    <p>If you are not satisfied with this response you may request an internal review within 40 working days by e-mailing the Information Rights Unit.</p>
  </article>
  <aside class="related">
    <h2>Related disclosures</h2>
    <ul>
      <li><a href="/foi/disclosure-log/24-0952/">Child sexual exploitation flags 2019-2023 (FOI 24/0952)</a></li>
      <li><a href="/foi/disclosure-log/23-2210/">Indecent images of children 2022/23 (FOI 23/2210)</a></li>
    </ul>
  </aside>
</main>
<footer class="site-footer">
  <p>Always call 999 in an emergency. Call 101 or report online for non-emergencies.</p>
  <p><a href="/accessibility/">Accessibility</a> | <a href="/privacy/">Privacy notice</a> | <a href="/cookies/">Cookies</a></p>
  <p>&copy; 2024 Surrey Police, PO Box 101, Guildford GU1 9PE</p>
</footer>
</body>
</html>
"""
    (folder("94_surrey") / "reply.html").write_text(html, encoding="utf-8")

# ---------------------------------------------------------------- 95 West Midlands (pdf, table over two pages)
WM_HEAD = ["HO code", "Offence", "2022", "2023", "2024 (to 30/11)", "Total"]
WM_ROWS = [
    ("17B", "Sexual assault on a male child under 13", "61", "58", "49", "168"),
    ("20B", "Sexual assault on a female child under 13", "232", "247", "203", "682"),
    ("21", "Sexual activity involving a child under 13", "118", "131", "109", "358"),
    ("22B", "Sexual activity involving a child under 16", "486", "512", "455", "1,453"),
    ("71/17", "Sexual communication with a child", "301", "336", "289", "926"),
    ("73", "Abuse of position of trust of a sexual nature", "9", "<5", "6", "18"),
    ("88A", "Sexual grooming", "27", "22", "<5", "53"),
]
WM_TOTAL = ("", "Total", "1,234", "1,309", "1,115", "3,658")
WM_W = [20, 78, 18, 18, 30, 18]


class WMLetter(FPDF):
    def __init__(self):
        super().__init__(format="A4")
        self.set_auto_page_break(True, margin=22)

    def header(self):
        self.set_font("Helvetica", "B", 13)
        self.cell(0, 7, "WEST MIDLANDS POLICE", new_x="LMARGIN", new_y="NEXT")
        self.set_font("Helvetica", "", 8)
        self.cell(0, 4, "Freedom of Information Unit  |  Lloyd House, Colmore Circus Queensway, Birmingham B4 6NQ",
                  new_x="LMARGIN", new_y="NEXT")
        self.ln(5)

    def footer(self):
        self.set_y(-15)
        self.set_font("Helvetica", "", 8)
        self.cell(0, 5, "OFFICIAL", align="L")
        self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="R")

    def para(self, text, style="", gap=2):
        self.set_font("Helvetica", style, 10)
        self.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
        self.ln(gap)

    def trow(self, cells, bold=False):
        self.set_font("Helvetica", "B" if bold else "", 9)
        for i, (w, v) in enumerate(zip(WM_W, cells)):
            self.cell(w, 7, v, border=1, align="L" if i < 2 else "C")
        self.ln()


def reply_95_west_midlands():
    pdf = WMLetter()
    pdf.set_creation_date(dt.datetime(2024, 12, 19, 14, 30, 0))
    pdf.alias_nb_pages()
    pdf.add_page()
    pdf.para("Our Ref: 2587A/24\nDate: 19 December 2024")
    pdf.para("Dear Applicant,")
    pdf.para("Thank you for your e-mail of 22 November 2024 asking for the number of sexual offences against children "
             "recorded by West Midlands Police in each year since 1 January 2022, how many of them were flagged as "
             "online, and the postcode district in which each offence took place. Your request has been dealt with "
             "under the Freedom of Information Act 2000.")
    pdf.para("West Midlands Police holds some of this information. I am able to provide the figures below, but the "
             "postcode districts are withheld for the reasons explained further on in this letter.")
    pdf.para("Table 1: child sexual offences recorded, by Home Office offence code and calendar year", "B")
    pdf.para("Figures for 2024 cover 1 January to 30 November 2024, the latest complete month at the time of the "
             "search. Each offence is counted under one code only.")
    pdf.trow(WM_HEAD, bold=True)
    for row in WM_ROWS[:4]:
        pdf.trow(row)
    pdf.add_page()
    pdf.para("Table 1 (continued)", "B")
    pdf.trow(WM_HEAD, bold=True)
    for row in WM_ROWS[4:]:
        pdf.trow(row)
    pdf.trow(WM_TOTAL, bold=True)
    pdf.ln(3)
    pdf.para("<5 - where a figure is less than five it has been replaced by '<5', as small numbers could lead to a "
             "victim being identified. Row and column totals are the actual totals and include those figures.")
    pdf.para("The online flag was applied to 402 of the offences recorded in 2022, 455 of those recorded in 2023 and "
             "391 of those recorded between 1 January and 30 November 2024.")
    pdf.para("Postcode districts", "B")
    pdf.para("The postcode district for each offence is exempt under Section 31(1)(a) (law enforcement) and Section "
             "40(2) (personal information) of the Act. Many postcode districts in the force area contain only a few "
             "thousand households; when combined with the offence type and year, a district could point to a "
             "particular school, care home or family. Disclosure could also show where police activity is "
             "concentrated and so hinder the prevention and detection of crime. The public interest test for "
             "Section 31 was carried out and favours withholding the information.")
    pdf.para("If you are dissatisfied with this response you may request an internal review within 40 working days. "
             "You may also contact the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, "
             "Cheshire SK9 5AF, telephone 0303 123 1113.")
    pdf.para("Yours sincerely,\n\nFreedom of Information Officer\nWest Midlands Police")
    pdf.output(str(folder("95_west-midlands") / "reply.pdf"))

# ---------------------------------------------------------------- 97 Hertfordshire (csv export, two blocks)
HERTS_YEARS = ["FY 2021-22", "FY 2022-23", "FY 2023-24"]
HERTS_SUSPECTS = [
    ("Under 18", [34, 41, 29]),
    ("18-24", [52, 47, 58]),
    ("25-34", [61, 66, 70]),
    ("35-44", [38, 45, 41]),
    ("45 and over", [49, 50, 49]),
    ("Unknown, not recorded", [9, 12, 15]),
]
HERTS_ONLINE = [("Online flag applied", [188, 203, 214]), ("No online flag", [47, 39, 51])]


def reply_97_hertfordshire():
    def line(cells, width=5):
        out = []
        for c in list(cells) + [""] * (width - len(cells)):
            c = str(c)
            out.append('"' + c + '"' if ("," in c or '"' in c) else c)
        return ",".join(out)

    rows = [
        line(["Hertfordshire Constabulary - Freedom of Information request FOI 2024-1093"]),
        line(["Offence: Take, make or distribute indecent photographs of children (Home Office code 86/2)"]),
        line([]),
        line(["Table 1 - Suspects linked to offences, by age group of suspect at time of offence"]),
        line(["Suspect age group"] + HERTS_YEARS + ["Total"]),
    ]
    for label, vals in HERTS_SUSPECTS:
        rows.append(line([label] + vals + [sum(vals)]))
    tot = [sum(v[i] for _, v in HERTS_SUSPECTS) for i in range(3)]
    rows.append(line(["Total"] + tot + [sum(tot)]))
    rows += [
        line([]),
        line(["Table 2 - Offences recorded, by online flag"]),
        line(["Online flag"] + HERTS_YEARS),
    ]
    for label, vals in HERTS_ONLINE:
        rows.append(line([label] + vals))
    rows.append(line(["Total"] + [sum(v[i] for _, v in HERTS_ONLINE) for i in range(3)]))
    rows += [
        line([]),
        line(["Notes"]),
        line(["1. Table 1 counts people recorded as suspects, not offences. One offence can have several suspects, "
              "and a person may appear in more than one year."]),
        line(["2. Age is the suspect's age on the date of the offence, where recorded."]),
        line(["3. Financial years run from 1 April to 31 March."]),
        line(["4. Source: Athena, extracted 04/06/2024 by the Performance and Analysis Unit (ext. 2260)."]),
    ]
    (folder("97_hertfordshire") / "reply.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")

# ---------------------------------------------------------------- 98 Lincolnshire (docx, platforms x years)
LINCS_YEARS = ["2021/22", "2022/23", "2023/24"]
LINCS_PLATFORMS = [
    ("Snapchat", ["41", "47", "55"]),
    ("Instagram", ["14", "16", "21"]),
    ("WhatsApp", ["9", "11", "8"]),
    ("Facebook / Messenger", ["7", "*", "5"]),
    ("TikTok", ["*", "6", "9"]),
    ("Roblox", ["*", "*", "6"]),
    ("Other", ["8", "10", "12"]),
    ("Not recorded", ["19", "15", "13"]),
]


def reply_98_lincolnshire():
    d = docx.Document()
    d.core_properties.created = dt.datetime(2024, 7, 24, 11, 5, 0)
    d.core_properties.author = "Information Compliance"
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "LINCOLNSHIRE POLICE - Information Compliance Unit - PO Box 999, Lincoln LN5 7PH"
    sec.footer.paragraphs[0].text = "OFFICIAL - Ref: 001287/24"
    p = d.add_paragraph()
    p.add_run("Freedom of Information Request 001287/24").bold = True
    d.add_paragraph("24 July 2024")
    d.add_paragraph("Dear Requester,")
    d.add_paragraph("Thank you for your request for information received on 26 June 2024. You asked:")
    for q in (
        "1. How many offences of sexual communication with a child were recorded in each financial year since April "
        "2021, including this year to date?",
        "2. In how many of these offences was the victim aged 12 or under?",
        "3. Which apps or platforms were used to commit these offences?",
    ):
        d.add_paragraph(q, style="List Paragraph")
    d.add_paragraph("Lincolnshire Police has carried out searches and I am able to provide the following information.")
    p = d.add_paragraph()
    p.add_run("Response to question 1").bold = True
    d.add_paragraph(
        "Lincolnshire Police recorded 96, 104 and 121 offences of sexual communication with a child (Home Office "
        "code 71/17) in the financial years 2021/22, 2022/23 and 2023/24 respectively, and 33 between 1 April and "
        "30 June 2024.")
    p = d.add_paragraph()
    p.add_run("Response to question 2").bold = True
    d.add_paragraph(
        "Of these offences, the victim was aged 12 or under in 18 offences in 2021/22, 23 in 2022/23 and 27 in "
        "2023/24. We have not provided figures for the current year to date for questions 2 and 3, as a large "
        "number of these crimes are still being reviewed and the victim and platform details may not yet be "
        "complete.")
    p = d.add_paragraph()
    p.add_run("Response to question 3").bold = True
    d.add_paragraph(
        "The platform is recorded by the investigating officer using a drop-down list on the crime record. More "
        "than one platform can be recorded for an offence, so the figures below cannot be added together to give "
        "the number of offences.")
    t = d.add_table(rows=len(LINCS_PLATFORMS) + 1, cols=4)
    t.style = "Table Grid"
    for c, h in enumerate(["Platform"] + LINCS_YEARS):
        t.cell(0, c).text = h
        t.cell(0, c).paragraphs[0].runs[0].bold = True
    for r, (name, vals) in enumerate(LINCS_PLATFORMS, start=1):
        t.cell(r, 0).text = name
        for c, v in enumerate(vals, start=1):
            t.cell(r, c).text = v
    d.add_paragraph("* denotes a figure of less than five, which has been suppressed to reduce the risk of "
                    "identifying a victim.")
    d.add_paragraph(
        "Section 17 of the Freedom of Information Act 2000 requires a public authority that is relying on an "
        "exemption to issue a notice. No exemption has been applied to this response.")
    d.add_paragraph(
        "If you are unhappy with the way your request has been handled you may ask for an internal review within "
        "40 working days of the date of this letter. If you remain dissatisfied you may apply to the Information "
        "Commissioner, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF.")
    d.add_paragraph("Yours sincerely,\n\nInformation Compliance Officer\nLincolnshire Police")
    d.save(folder("98_lincolnshire") / "reply.docx")


if __name__ == "__main__":
    reply_92_kent()
    reply_94_surrey()
    reply_95_west_midlands()
    reply_97_hertfordshire()
    reply_98_lincolnshire()
