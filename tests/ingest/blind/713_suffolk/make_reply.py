"""Build reply.pdf: Suffolk Constabulary FOI response letter (FOI 003871/24).

Run with the project venv python:  python make_reply.py
The output is byte-for-byte reproducible (fixed creation date, core fonts only).
"""
from datetime import datetime, timezone
from pathlib import Path

from fpdf import FPDF

HERE = Path(__file__).resolve().parent
REF = "FOI 003871/24"


class Letter(FPDF):
    def header(self):
        self.set_font("Helvetica", "B", 9)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, "OFFICIAL", align="C", new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        if self.page_no() == 1:
            self.ln(2)
            self.set_font("Helvetica", "B", 16)
            self.cell(0, 8, "Suffolk Constabulary", align="R", new_x="LMARGIN", new_y="NEXT")
            self.set_font("Helvetica", "", 9)
            for line in (
                "Information Management - Freedom of Information",
                "Police Headquarters, Martlesham Heath",
                "Ipswich, Suffolk IP5 3QS",
                "Telephone: 101   Email: freedomofinformation@suffolk.police.uk",
            ):
                self.cell(0, 4.5, line, align="R", new_x="LMARGIN", new_y="NEXT")
            self.ln(6)
        else:
            self.ln(4)

    def footer(self):
        self.set_y(-15)
        self.set_font("Helvetica", "", 8)
        self.cell(0, 4, f"{REF}", align="L")
        self.set_x(self.l_margin)
        self.cell(0, 4, f"Page {self.page_no()} of {{nb}}", align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_font("Helvetica", "B", 8)
        self.cell(0, 4, "OFFICIAL", align="C")


pdf = Letter(format="A4")
pdf.set_creation_date(datetime(2024, 6, 14, 9, 12, 0, tzinfo=timezone.utc))
pdf.set_title(f"Freedom of Information response {REF}")
pdf.set_author("Suffolk Constabulary")
pdf.set_margins(22, 15, 22)
pdf.set_auto_page_break(True, margin=22)
pdf.alias_nb_pages()
pdf.add_page()

W = pdf.epw


def para(text, style="", size=10.5, gap=2.5):
    pdf.set_font("Helvetica", style, size)
    pdf.multi_cell(W, 5.2, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(gap)


def question(text):
    pdf.set_font("Helvetica", "B", 10.5)
    pdf.multi_cell(W, 5.2, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)


def table(header, rows, widths, bold_last=False):
    pdf.set_font("Helvetica", "B", 9.5)
    pdf.set_fill_color(217, 225, 242)
    for h, w in zip(header, widths):
        pdf.cell(w, 7, h, border=1, align="C", fill=True)
    pdf.ln(7)
    for i, row in enumerate(rows):
        last = bold_last and i == len(rows) - 1
        pdf.set_font("Helvetica", "B" if last else "", 9.5)
        for j, (v, w) in enumerate(zip(row, widths)):
            pdf.cell(w, 6.5, v, border=1, align="L" if j == 0 else "C")
        pdf.ln(6.5)
    pdf.ln(2)


pdf.set_font("Helvetica", "", 10.5)
pdf.cell(0, 5.2, f"Our ref: {REF}", new_x="LMARGIN", new_y="NEXT")
pdf.cell(0, 5.2, "Date: 14 June 2024", new_x="LMARGIN", new_y="NEXT")
pdf.ln(5)
para("Dear Requester,")
para(f"Freedom of Information Request Reference No: {REF}", style="B")
para(
    "I write in connection with your request for information received by Suffolk Constabulary "
    "on 20 May 2024 concerning indecent images of children offences. I can confirm that we have "
    "now completed our enquiries. Your request and our response are set out below."
)
para(
    "The figures below are taken from the force crime recording system and relate to offences "
    "recorded in each financial year (1 April to 31 March). They were extracted on 03/06/2024 "
    "and may differ slightly from figures published elsewhere, as crime records are updated as "
    "investigations progress."
)

question(
    "1. Please provide the number of offences of taking, making or distributing indecent "
    "photographs of children (Home Office code 086/02) recorded in each financial year from "
    "2020/21 to 2023/24."
)
para("Table 1: Recorded offences, HO code 086/02", style="I", size=9.5, gap=1)
table(
    ["Financial Year", "Offences recorded"],
    [["2020/21", "214"], ["2021/22", "241"], ["2022/23", "263"], ["2023/24", "298"], ["Total", "1,016"]],
    [45, 45],
    bold_last=True,
)

question(
    "2. For each year, how many of the suspects were under the age of 18? Please break this "
    "down by age."
)
para(
    "Table 2 shows suspects aged under 18 at the time of the offence who are linked to the "
    "offences in Table 1. A suspect linked to more than one offence is counted once for each "
    "offence.",
    gap=1.5,
)
para("Table 2: Suspects aged under 18, HO code 086/02", style="I", size=9.5, gap=1)
table(
    ["Financial Year", "Age 10-13", "Age 14-15", "Age 16-17", "Total under 18"],
    [
        ["2020/21", "N/H", "N/H", "N/H", "N/H"],
        ["2021/22", "9", "22", "31", "62"],
        ["2022/23", "12", "27", "29", "68"],
        ["2023/24", "15", "33", "36", "84"],
    ],
    [34, 28, 28, 28, 32],
)
para(
    "N/H - not held. Offences recorded before 1 April 2021 are held on the force's previous "
    "crime recording system, on which the age of a suspect was not captured in a retrievable "
    "field. This information is therefore not held for 2020/21.",
    size=9,
)

question("3. What were the outcomes of these offences?")
para(
    "The outcomes recorded against the offences in Table 1 (1 April 2020 to 31 March 2024), as at "
    "03/06/2024, are as follows:",
    gap=1.5,
)
for label, n in [
    ("Charged/Summonsed", "187"),
    ("Youth Caution", "6"),
    ("Adult Caution", "41"),
    ("Community Resolution", "12"),
    ("Outcome 21 - Further investigation not in the public interest (police decision)", "58"),
    ("Outcome 22 - Diversionary, educational or intervention activity", "19"),
    ("Under investigation - no outcome yet assigned", "143"),
]:
    pdf.set_font("Helvetica", "", 10.5)
    pdf.set_x(pdf.l_margin + 6)
    pdf.multi_cell(W - 6, 5.2, f"{label}: {n}", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
para(
    "The remaining offences were finalised with other outcome types (for example, evidential "
    "difficulties or no suspect identified), which have not been listed individually."
)

question("4. How many of these offences involved images of children under the age of 13?")
para(
    "Suffolk Constabulary does not hold this information. Section 1(1)(a) of the Freedom of "
    "Information Act 2000 requires a public authority to confirm whether it holds the "
    "information requested. The ages of the children depicted in indecent images are not "
    "recorded on the crime record. Images are graded by category during the forensic "
    "examination of devices, and that assessment is held within individual case files rather "
    "than in any searchable system. This letter therefore serves as a notice under Section 17 "
    "of the Act that the information is not held."
)

para("Complaint Rights", style="B")
para(
    "Your attention is drawn to the below which details your right of complaint. If you are "
    "dissatisfied with the handling of your request you may ask for an internal review. Please "
    "write, within 40 working days of the date of this letter, to the Freedom of Information "
    "Decision Maker at the address above, quoting the reference number."
)
para(
    "If you remain dissatisfied after the internal review, you may apply to the Information "
    "Commissioner for a decision. The Information Commissioner can be contacted at: "
    "Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire, SK9 5AF. "
    "Telephone: 0303 123 1113."
)
para(
    "Under the Re-use of Public Sector Information Regulations 2015, the information supplied is "
    "subject to Crown copyright. Any re-use of the information should acknowledge Suffolk "
    "Constabulary as its source."
)
para("Yours sincerely,", gap=8)
para("Freedom of Information Decision Maker\nInformation Management Department\nSuffolk Constabulary", gap=0)

pdf.output(str(HERE / "reply.pdf"))
