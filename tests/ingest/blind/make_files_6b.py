"""Build the non-text replies of blind round 6, writer B.

125_thames-valley/reply.html  saved disclosure-log page
126_cheshire/reply.pdf         letter with a drawn table

Run with .venv/bin/python tests/ingest/blind/make_files_6b.py (fpdf2 comes with the test dependencies).
"""
from pathlib import Path

from fpdf import FPDF

HERE = Path(__file__).resolve().parent


# --------------------------------------------------------------------------- 125
def thames_valley():
    out = HERE / "125_thames-valley" / "reply.html"
    out.parent.mkdir(parents=True, exist_ok=True)

    def row(cells, total=False):
        tds = []
        for c in cells:
            if total:
                tds.append(f"<td><strong>{c}</strong></td>")
            else:
                tds.append(f"<td>{c}</td>")
        return "".join(tds)

    data = {
        "2022/23": [
            ("Female", ["38", "121", "17", "176"]),
            ("Male", ["9", "22", "*", "34"]),
            ("Not recorded", ["*", "*", "0", "5"]),
        ],
        "2023/24": [
            ("Female", ["44", "139", "21", "204"]),
            ("Male", ["12", "27", "5", "44"]),
            ("Not recorded", ["*", "6", "*", "9"]),
        ],
    }
    totals = {"2022/23": ["49", "146", "20", "215"], "2023/24": ["58", "172", "27", "257"]}

    body = []
    for fy, rows in data.items():
        first = True
        for label, cells in rows:
            tr = "<tr>"
            if first:
                tr += f'<th scope="rowgroup" rowspan="4">{fy}</th>'
                first = False
            tr += f"<td>{label}</td>" + row(cells) + "</tr>"
            body.append(tr)
        body.append('<tr class="total-row"><td><strong>Total</strong></td>' + row(totals[fy], total=True) + "</tr>")
    tbody = "\n          ".join(body)

    html = f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Sexual communication with a child - victim age and sex | Thames Valley Police</title>
<link rel="stylesheet" href="./Sexual communication with a child - victim age and sex _ Thames Valley Police_files/main.css">
</head>
<body class="js-enabled">
<a href="#main-content" class="skip-link">Skip to main content</a>
<div id="cookie-banner" class="cookie-banner" role="region" aria-label="Cookies on this site">
  <h2>Cookies on thamesvalley.police.uk</h2>
  <p>We use some essential cookies to make this website work. We&rsquo;d like to set additional cookies to understand how you use the site and to improve our services.</p>
  <button type="button">Accept additional cookies</button> <button type="button">Reject additional cookies</button>
  <a href="/cookies/">View cookies</a>
</div>
<div class="exit-bar"><a href="https://www.bbc.co.uk/weather" class="exit-link">Leave this site</a></div>
<header class="site-header">
  <a href="/" class="logo"><img src="./tvp-logo.svg" alt="Thames Valley Police"></a>
  <nav aria-label="Main">
    <ul>
      <li><a href="/report/">Report</a></li>
      <li><a href="/apply/">Apply</a></li>
      <li><a href="/advice/">Advice and information</a></li>
      <li><a href="/news/">News</a></li>
      <li><a href="/contact/">Contact us</a></li>
    </ul>
  </nav>
</header>
<nav class="breadcrumb" aria-label="Breadcrumb">
  <ol>
    <li><a href="/">Home</a></li>
    <li><a href="/foi-ai/">Freedom of information</a></li>
    <li><a href="/foi-ai/thames-valley-police/disclosure-log/">Disclosure log</a></li>
    <li><a href="/foi-ai/thames-valley-police/disclosure-log/crime/">Crime</a></li>
    <li aria-current="page">Sexual communication with a child - victim age and sex</li>
  </ol>
</nav>
<main id="main-content">
  <h1>Sexual communication with a child - victim age and sex</h1>
  <dl class="foi-meta">
    <dt>Reference number</dt><dd>FOI 2024-0742</dd>
    <dt>Date of response</dt><dd>17 June 2024</dd>
    <dt>Category</dt><dd>Crime</dd>
  </dl>

  <h2>Request</h2>
  <p>Please could you tell me, for the financial years April 2022 to March 2023 and April 2023 to March 2024:</p>
  <ol>
    <li>The number of offences of sexual communication with a child (Home Office code 71/17) recorded by Thames Valley Police, broken down by the sex of the victim and by the victim&rsquo;s age (under 13, 13 to 15, 16 and 17).</li>
    <li>How many of these offences were flagged as online.</li>
    <li>The ethnicity of the suspects in these offences.</li>
  </ol>

  <h2>Response</h2>
  <p>Thames Valley Police has located information relevant to your request. Please see the table below in answer to question 1.</p>
  <p>Where a figure is between 1 and 4 it has been replaced with an asterisk (*) to reduce the risk of identifying individual victims. Totals shown are the actual totals and include the suppressed figures.</p>

  <table class="foi-table">
    <caption>Offences of sexual communication with a child (71/17) by victim sex and age at time of offence</caption>
    <thead>
      <tr>
        <th scope="col">Financial year</th>
        <th scope="col">Victim sex</th>
        <th scope="col">Under 13</th>
        <th scope="col">13 - 15</th>
        <th scope="col">16 - 17</th>
        <th scope="col">Total</th>
      </tr>
    </thead>
    <tbody>
          {tbody}
    </tbody>
  </table>

  <p>In answer to question 2, of the 215 offences recorded in 2022/23, 188 were flagged as online. In 2023/24 the figure was 231 of 257.</p>

  <p>With regard to question 3, the ethnicity of a suspect is not always recorded in a structured field and a manual review of each investigation would be necessary. Reviewing every offence in the table above at an estimated 6 minutes per record would take approximately 47 hours, which exceeds the 18 hour appropriate limit. Thames Valley Police is therefore relying on section 12(1) of the Freedom of Information Act 2000 for this question, and this letter is to be treated as a refusal notice under section 17(5).</p>

  <p>The data was extracted from the Niche Records Management System on 4 June 2024 and is based on the date the offence was recorded.</p>

  <h3>Complaint rights</h3>
  <p>If you are dissatisfied with this response you may request an internal review within 40 working days. If you remain dissatisfied you may complain to the Information Commissioner&rsquo;s Office (0303 123 1113).</p>

  <aside class="related">
    <h2>Related disclosures</h2>
    <ul>
      <li><a href="/foi-ai/thames-valley-police/disclosure-log/crime/grooming-offences-2019-2023/">Grooming offences 2019 - 2023</a></li>
      <li><a href="/foi-ai/thames-valley-police/disclosure-log/crime/online-child-sexual-abuse-referrals/">Online child sexual abuse referrals (NCA) 2021/22</a></li>
    </ul>
  </aside>
</main>
<footer class="site-footer">
  <p>In an emergency, call 999. For non-emergencies, call 101 or <a href="/report/">report online</a>.</p>
  <p>Deaf, hard of hearing or speech impaired? Text 18000 in an emergency.</p>
  <ul class="footer-links">
    <li><a href="/accessibility/">Accessibility</a></li>
    <li><a href="/privacy/">Privacy</a></li>
    <li><a href="/cookies/">Cookies</a></li>
  </ul>
  <p>&copy; Thames Valley Police 2024</p>
</footer>
</body>
</html>
"""
    out.write_text(html, encoding="utf-8")


# --------------------------------------------------------------------------- 126
class Letter(FPDF):
    ref = "FOI 8841/24"

    def header(self):
        self.set_font("Helvetica", "B", 14)
        self.cell(0, 7, "Cheshire Constabulary", new_x="LMARGIN", new_y="NEXT", align="R")
        self.set_font("Helvetica", "", 9)
        self.cell(0, 5, "Information Compliance Unit", new_x="LMARGIN", new_y="NEXT", align="R")
        self.cell(0, 5, "PO Box 1200, Winsford, CW7 9ZZ", new_x="LMARGIN", new_y="NEXT", align="R")
        self.cell(0, 5, "Tel: 01606 362 400", new_x="LMARGIN", new_y="NEXT", align="R")
        self.ln(4)

    def footer(self):
        self.set_y(-15)
        self.set_font("Helvetica", "", 8)
        self.cell(0, 5, "OFFICIAL", align="C", new_x="LMARGIN", new_y="NEXT")
        self.cell(0, 5, f"{self.ref}    Page {self.page_no()} of {{nb}}", align="C")


def cheshire():
    out = HERE / "126_cheshire" / "reply.pdf"
    out.parent.mkdir(parents=True, exist_ok=True)
    pdf = Letter(format="A4")
    pdf.alias_nb_pages()
    pdf.set_auto_page_break(True, margin=22)
    pdf.set_margins(20, 15, 20)
    pdf.add_page()

    def para(text, bold=False, size=10, gap=2):
        pdf.set_font("Helvetica", "B" if bold else "", size)
        pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(gap)

    para("Our reference: FOI 8841/24\nDate: 3 June 2024", gap=4)
    para("Dear Requester,")
    para("Freedom of Information Act 2000 - Request for information", bold=True)
    para("Thank you for your request for information received on 7 May 2024. I am now in a position to "
         "respond and have set out your questions below, followed by our answers.")
    para("Your request", bold=True)
    para("1. The number of rapes of children recorded in the financial years 2022/23 and 2023/24, broken "
         "down by Home Office offence code. Please include offences under 19C and 19F where the victim was "
         "aged 16 or 17.\n"
         "2. In how many of these was the suspect also aged under 18?\n"
         "3. How many resulted in a charge?\n"
         "4. How many took place on school premises?")
    para("Our response", bold=True)
    para("Question 1", bold=True, gap=1)
    para("Cheshire Constabulary holds this information. The table below shows recorded offences of rape where "
         "the victim was under 18 at the time of the offence. For codes 19C and 19F only those offences where "
         "the victim was aged 16 or 17 are included.")

    # drawn table
    widths = [88, 26, 26, 30]
    head = ["Home Office code and offence", "2022/23", "2023/24", "Total"]
    rows = [
        ["19C Rape of a female aged 16 and over (victim 16-17)", "41", "37", "78"],
        ["19D Rape of a female child under 16", "88", "95", "183"],
        ["19E Rape of a female child under 13", "52", "47", "99"],
        ["19F Rape of a male aged 16 and over (victim 16-17)", "-", "3", "3"],
        ["19G Rape of a male child under 16", "6", "4", "10"],
        ["19H Rape of a male child under 13", "11", "14", "25"],
    ]
    total = ["Total", "198", "200", "398"]
    pdf.set_font("Helvetica", "B", 9)
    pdf.set_fill_color(220, 220, 220)
    for w, h in zip(widths, head):
        pdf.cell(w, 7, h, border=1, align="C", fill=True)
    pdf.ln()
    pdf.set_font("Helvetica", "", 9)
    for r in rows:
        for i, (w, c) in enumerate(zip(widths, r)):
            pdf.cell(w, 7, c, border=1, align="L" if i == 0 else "C")
        pdf.ln()
    pdf.set_font("Helvetica", "B", 9)
    for i, (w, c) in enumerate(zip(widths, total)):
        pdf.cell(w, 7, c, border=1, align="L" if i == 0 else "C")
    pdf.ln(9)
    para("Key: - denotes nil.", size=9)

    para("Question 2", bold=True, gap=1)
    para("In 61 of the offences recorded in 2022/23 and 74 of those recorded in 2023/24, the suspect was "
         "under 18 at the time of the offence.")
    para("Question 3", bold=True, gap=1)
    para("As at 15 May 2024, 19 of the offences recorded in 2022/23 and eight of those recorded in 2023/24 had "
         "resulted in a charge or summons. Many of the offences recorded in 2023/24 are still under "
         "investigation.")
    para("Question 4", bold=True, gap=1)
    para("The location of an offence is recorded as a free-text address, and there is no location type that "
         "would reliably identify school premises. Cheshire Constabulary therefore does not hold this "
         "information. This response serves as a notice under section 17 of the Act that, in accordance with "
         "section 1(1)(a), the information is not held.")
    para("The figures were extracted from our crime recording system on 15 May 2024 and are based on the "
         "date the crime was recorded. Offences that were later cancelled (no crimed) are excluded.")
    para("Complaint rights", bold=True, gap=1)
    para("If you are dissatisfied with this response, you may ask for an internal review by writing to the "
         "address above within 40 working days of the date of this letter. If you remain dissatisfied after "
         "the review, you may apply to the Information Commissioner under section 50 of the Act.")
    para("Yours sincerely,\n\nInformation Compliance Unit\nCheshire Constabulary")
    pdf.output(str(out))


if __name__ == "__main__":
    thames_valley()
    cheshire()
    print("built 125 html and 126 pdf")
