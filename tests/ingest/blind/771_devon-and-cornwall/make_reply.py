"""Build reply.pdf: Devon & Cornwall Police FOI response letter 1732/24.

Run with: /work/main/.venv/bin/python make_reply.py
The output is byte-for-byte reproducible (fixed creation date, core fonts only).
"""
import datetime
import os

from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "reply.pdf")

REF = "1732/24"


class Letter(FPDF):
    def header(self):
        self.set_font("Helvetica", "B", 9)
        self.set_text_color(0, 0, 0)
        self.cell(0, 5, "OFFICIAL", align="C", new_x="LMARGIN", new_y="NEXT")
        if self.page_no() == 1:
            self.ln(2)
            self.set_font("Helvetica", "B", 15)
            self.set_text_color(0, 40, 95)
            self.cell(0, 7, "Devon & Cornwall Police", new_x="LMARGIN", new_y="NEXT")
            self.set_font("Helvetica", "", 9)
            self.set_text_color(60, 60, 60)
            self.cell(0, 4.5, "Information Rights and Disclosure", new_x="LMARGIN", new_y="NEXT")
            self.cell(0, 4.5, "Police Headquarters, Middlemoor, Exeter, Devon EX2 7HQ",
                      new_x="LMARGIN", new_y="NEXT")
            self.cell(0, 4.5, "Telephone: 101   Email: foi@devonandcornwall.police.uk",
                      new_x="LMARGIN", new_y="NEXT")
            self.set_draw_color(0, 40, 95)
            self.set_line_width(0.6)
            y = self.get_y() + 2
            self.line(self.l_margin, y, self.w - self.r_margin, y)
            self.set_line_width(0.2)
            self.set_draw_color(0, 0, 0)
            self.set_y(y + 5)
        else:
            self.ln(4)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-18)
        self.set_font("Helvetica", "", 8)
        self.set_text_color(80, 80, 80)
        self.cell(0, 4, f"Freedom of Information Request {REF}", align="L")
        self.set_x(self.l_margin)
        self.cell(0, 4, f"Page {self.page_no()} of {{nb}}", align="R",
                  new_x="LMARGIN", new_y="NEXT")
        self.set_font("Helvetica", "B", 9)
        self.set_text_color(0, 0, 0)
        self.cell(0, 5, "OFFICIAL", align="C")


pdf = Letter(format="A4")
pdf.set_creation_date(datetime.datetime(2024, 7, 15, 10, 12, 0, tzinfo=datetime.timezone.utc))
pdf.set_title(f"FOI {REF} Sexual communication with a child")
pdf.set_author("Information Rights and Disclosure")
pdf.set_creator("Microsoft Word")
pdf.set_producer("Microsoft Word")
pdf.alias_nb_pages()
pdf.set_margins(20, 15, 20)
pdf.set_auto_page_break(True, margin=22)
pdf.add_page()

W = pdf.w - pdf.l_margin - pdf.r_margin


def para(text, style="", size=10, h=5, gap=2.5):
    pdf.set_font("Helvetica", style, size)
    pdf.multi_cell(W, h, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(gap)


def kv(label, value):
    pdf.set_font("Helvetica", "B", 10)
    pdf.cell(38, 5, label)
    pdf.set_font("Helvetica", "", 10)
    pdf.cell(0, 5, value, new_x="LMARGIN", new_y="NEXT")


def heading(text):
    pdf.set_font("Helvetica", "B", 10.5)
    pdf.set_text_color(0, 40, 95)
    pdf.multi_cell(W, 5.5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(1.5)


def table(header_rows, rows, widths, first_align="L", shade_header=True):
    """Drawn table. header_rows: list of rows of (text, colspan)."""
    pdf.set_font("Helvetica", "B", 9)
    for hrow in header_rows:
        x0 = pdf.l_margin
        pdf.set_x(x0)
        i = 0
        for text, span in hrow:
            w = sum(widths[i:i + span])
            if shade_header:
                pdf.set_fill_color(217, 226, 243)
            pdf.cell(w, 6.5, text, border=1, align="C", fill=shade_header)
            i += span
        pdf.ln(6.5)
    pdf.set_font("Helvetica", "", 9)
    for row in rows:
        pdf.set_x(pdf.l_margin)
        bold = row[0].startswith("Total")
        for j, val in enumerate(row):
            pdf.set_font("Helvetica", "B" if (bold or j == 0) else "", 9)
            pdf.cell(widths[j], 6, val, border=1, align=first_align if j == 0 else "C")
        pdf.ln(6)
    pdf.ln(2)


# ---------------------------------------------------------------- page 1
pdf.set_font("Helvetica", "", 10)
pdf.cell(0, 5, "Sent by email only", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
kv("Our reference:", REF)
kv("Date:", "15 July 2024")
pdf.ln(4)
para("Dear Requester,")
para("FREEDOM OF INFORMATION ACT 2000 - REQUEST REFERENCE NO: 1732/24", style="B")
para("I write in connection with your request for information which was received by "
     "Devon & Cornwall Police on 18/06/2024. I note you seek access to the following "
     "information:")

request = [
    "1. How many offences of Sexual Communication with a Child (Home Office code 71/17) "
    "were recorded by Devon & Cornwall Police in each of the financial years 2021/22, "
    "2022/23 and 2023/24?",
    "2. For the offences in question 1, please provide a breakdown by the gender of the "
    "victim and the age of the victim (under 13 / 13 to 15).",
    "3. How many of the offences in question 1 were flagged as online (cyber-enabled)?",
    "4. Which social media platforms, apps or websites were used to commit these offences "
    "(for example Snapchat, Instagram, WhatsApp) and how many offences for each?",
    "5. How many of the offences resulted in a suspect being charged or summonsed?",
]
pdf.set_x(pdf.l_margin)
for q in request:
    pdf.set_font("Helvetica", "I", 10)
    pdf.set_x(pdf.l_margin + 6)
    pdf.multi_cell(W - 6, 5, q, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
pdf.ln(2)

heading("DECISION")
para("Devon & Cornwall Police has now considered your request and I can confirm that "
     "we hold some of the information you have asked for. Information in respect of "
     "questions 1, 2, 3 and 5 is provided below. Question 4 is refused under Section 12(1) "
     "of the Act and this letter acts as a Refusal Notice under Section 17(5) for that part "
     "of your request. Our reasons are explained further on in this letter.")
para("Please note that the figures below have been extracted from our crime recording "
     "system (Niche RMS) on 02/07/2024 and relate to crimes recorded between "
     "01/04/2021 and 31/03/2024. Financial years run from 1 April to 31 March. Figures are "
     "live and may differ slightly from any previously published or future figures.")

heading("Question 1")
para("Table 1 - Sexual Communication with a Child (HO code 071/17) recorded offences")
table(
    [[("HO Code / Offence", 1), ("2021/22", 1), ("2022/23", 1), ("2023/24", 1), ("Total", 1)]],
    [["071/17 Sexual Communication with a Child", "214", "238", "261", "713"]],
    [74, 24, 24, 24, 24],
)

heading("Question 2")
para("Table 2 - Victims of 071/17 offences by age and gender", gap=1.5)
table(
    [
        [("Victim age", 1), ("2021/22", 2), ("2022/23", 2), ("2023/24", 2)],
        [("", 1), ("Female", 1), ("Male", 1), ("Female", 1), ("Male", 1),
         ("Female", 1), ("Male", 1)],
    ],
    [
        ["Under 13", "58", "12", "63", "*", "71", "11"],
        ["13 to 15", "121", "19", "137", "27", "142", "25"],
        ["Age not recorded", "*", "*", "6", "*", "9", "*"],
    ],
    [38, 22, 22, 22, 22, 22, 22],
)
pdf.set_font("Helvetica", "I", 8.5)
pdf.multi_cell(W, 4.2,
               "* In order to reduce the risk of identifying individuals, figures between "
               "1 and 4 have been replaced with an asterisk (*). For this reason the columns "
               "of Table 2 cannot be added together to reproduce Table 1.",
               new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)

heading("Question 3")
para("The number of the above offences which carried the online (cyber-enabled) flag is as "
     "follows:", gap=1)
for line in ["2021/22: 183", "2022/23: 207", "2023/24: 229"]:
    pdf.set_font("Helvetica", "", 10)
    pdf.set_x(pdf.l_margin + 6)
    pdf.cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
para("Officers apply the flag at the point of recording where any part of the offence was "
     "committed using a computer, a mobile phone or other internet-enabled device. Its use "
     "depends on the recording officer and the figures should be treated with caution.")

heading("Question 4")
para("Section 12(1) of the Freedom of Information Act provides that a public authority is "
     "not obliged to comply with a request for information where it estimates that the cost "
     "of complying would exceed the appropriate limit. For the police service the appropriate "
     "limit is set at \xa3450, which equates to 18 hours of work calculated at \xa325 per hour.")
para("Devon & Cornwall Police does not record the platform, app or website used in a "
     "searchable field. To answer this question each crime record would need to be opened "
     "and the investigation log, statements and any digital evidence summaries read in order "
     "to establish which platform or platforms were used. A sample exercise found that this "
     "takes an average of 6 minutes per record. For the 713 crime records identified at "
     "question 1 this equates to approximately 71 hours (713 x 6 minutes = 4,278 minutes), "
     "which is well in excess of the 18 hour limit.")
para("In accordance with Section 16 of the Act we have considered whether the request could "
     "be refined to bring it within the cost limit. As any refinement would still require a "
     "manual review of individual crime records, we are unable to suggest a meaningful "
     "refinement on this occasion. Where Section 12 is engaged there is no requirement to "
     "carry out a public interest test.")

heading("Question 5")
para("Table 3 - Outcomes of 071/17 offences (as at 02/07/2024)", gap=1.5)
table(
    [[("Outcome", 1), ("2021/22", 1), ("2022/23", 1), ("2023/24", 1)]],
    [
        ["Charge/Summons", "34", "29", "17"],
        ["Investigation ongoing - no outcome yet", "3", "11", "58"],
    ],
    [74, 24, 24, 24],
)
para("The outcome shown is the outcome currently recorded against the crime. Offences "
     "recorded in 2023/24 are more likely to be still under investigation and the number of "
     "charges for that year can be expected to rise.")

heading("COMPLAINT RIGHTS")
para("Your attention is drawn to the attached sheet which details your right of complaint. "
     "If you are dissatisfied with the handling of your request you may ask for an internal "
     "review. Requests for an internal review should be made in writing within 40 working "
     "days of the date of this letter to the Information Rights and Disclosure Department "
     "at the address above or by email to foi@devonandcornwall.police.uk, quoting the "
     "reference number 1732/24.")
para("If you remain dissatisfied after the internal review you have the right to complain "
     "to the Information Commissioner at: Information Commissioner's Office, Wycliffe "
     "House, Water Lane, Wilmslow, Cheshire SK9 5AF. Telephone: 0303 123 1113. "
     "Website: www.ico.org.uk")
para("Please note that this response, with any personal details removed, will be published "
     "in our disclosure log.")
para("Yours sincerely,", gap=8)
para("Information Rights and Disclosure Officer\nDevon & Cornwall Police", style="B")

pdf.output(OUT)
print("wrote", OUT)
