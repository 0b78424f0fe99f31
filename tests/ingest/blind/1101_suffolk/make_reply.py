"""Build reply.pdf for 1101_suffolk (invented FOI reply, Suffolk Constabulary).

Run with /work/main/.venv/bin/python make_reply.py ; output is deterministic.
"""
from datetime import datetime, timezone
from pathlib import Path

from fpdf import FPDF

HERE = Path(__file__).resolve().parent
REF = "FOI 003164/24"


class Letter(FPDF):
    def header(self):
        self.set_font("Helvetica", "B", 9)
        self.set_text_color(0, 0, 0)
        self.cell(0, 5, "OFFICIAL", align="C", new_x="LMARGIN", new_y="NEXT")
        if self.page_no() == 1:
            self.ln(2)
            self.set_font("Helvetica", "B", 18)
            self.set_text_color(0, 45, 98)
            self.cell(0, 9, "Suffolk Constabulary", new_x="LMARGIN", new_y="NEXT")
            self.set_font("Helvetica", "", 9)
            self.set_text_color(60, 60, 60)
            self.cell(0, 4.5, "Information Management Department", new_x="LMARGIN", new_y="NEXT")
            self.cell(0, 4.5, "Police Headquarters, Martlesham Heath, Ipswich, Suffolk IP5 3QS",
                      new_x="LMARGIN", new_y="NEXT")
            self.cell(0, 4.5, "Email: information.requests@suffolk.police.uk   |   Non-emergency: 101",
                      new_x="LMARGIN", new_y="NEXT")
            self.set_draw_color(0, 45, 98)
            self.set_line_width(0.6)
            self.line(self.l_margin, self.get_y() + 2, self.w - self.r_margin, self.get_y() + 2)
            self.set_line_width(0.2)
            self.set_draw_color(0, 0, 0)
            self.ln(6)
        else:
            self.ln(4)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-18)
        self.set_font("Helvetica", "", 8)
        self.set_text_color(80, 80, 80)
        self.cell(0, 4, f"Our ref: {REF}", align="L")
        self.set_x(self.l_margin)
        self.cell(0, 4, f"Page {self.page_no()} of {{nb}}", align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_font("Helvetica", "B", 8)
        self.cell(0, 4, "OFFICIAL", align="C")


def para(pdf, text, style="", size=10, h=5, after=2.5):
    pdf.set_font("Helvetica", style, size)
    pdf.multi_cell(0, h, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(after)


def table(pdf, widths, rows, header_rows=1, bold_last=False, aligns=None):
    for i, row in enumerate(rows):
        is_head = i < header_rows
        is_last = bold_last and i == len(rows) - 1
        pdf.set_font("Helvetica", "B" if (is_head or is_last) else "", 9.5)
        if is_head:
            pdf.set_fill_color(220, 228, 240)
        for j, (w, txt) in enumerate(zip(widths, row)):
            al = "L" if j == 0 else (aligns[j] if aligns else "C")
            pdf.cell(w, 7, txt, border=1, align=al, fill=is_head)
        pdf.ln(7)
    pdf.ln(2)


def build():
    pdf = Letter(format="A4")
    pdf.set_creation_date(datetime(2024, 11, 8, 10, 42, 0, tzinfo=timezone.utc))
    pdf.set_title(f"Freedom of Information Request {REF}")
    pdf.set_author("Suffolk Constabulary Information Management")
    pdf.set_creator("Microsoft Word")
    pdf.set_producer("Microsoft Word")
    pdf.set_margins(20, 15, 20)
    pdf.set_auto_page_break(True, margin=24)
    pdf.alias_nb_pages()
    pdf.add_page()

    pdf.set_font("Helvetica", "", 10)
    y0 = pdf.get_y()
    pdf.multi_cell(95, 5, "Mr D. Okafor\nBy email only", new_x="LMARGIN", new_y="NEXT")
    pdf.set_xy(120, y0)
    pdf.multi_cell(70, 5, f"Our reference: {REF}\nDate: 8 November 2024", align="R",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)

    para(pdf, "Dear Mr Okafor,")
    para(pdf, f"Freedom of Information Request Reference No: {REF}", style="B")
    para(pdf, "I write in connection with your request for information received by Suffolk "
              "Constabulary on 14 October 2024, concerning offences of sexual communication with a "
              "child and indecent images of children.")
    para(pdf, "Suffolk Constabulary has now completed its searches. Section 1 of the Freedom of "
              "Information Act 2000 (the Act) places two duties on a public authority: to confirm or "
              "deny whether it holds the information requested, and if so to communicate that "
              "information to the applicant. Your questions are repeated below in bold, each followed "
              "by our response.")

    para(pdf, "Q1. Please provide the number of offences of sexual communication with a child "
              "(Home Office code 71/17) recorded by your force in each of the financial years "
              "2021/22, 2022/23 and 2023/24, and in 2024/25 to date, broken down by the gender of "
              "the victim.", style="B")
    para(pdf, "The information is held and is shown in Table 1. The 2024/25 figures run from 1 April "
              "2024 to 30 September 2024, the last full month available when the data was extracted "
              "on 16 October 2024.")
    para(pdf, "Table 1 - Sexual communication with a child (HO 71/17), recorded offences by gender "
              "of victim", style="B", size=9.5, after=1)
    table(pdf, [52, 28, 28, 34, 28], [
        ["Financial year", "Female", "Male", "Not recorded", "Total"],
        ["2021/22", "58", "11", "*", "71"],
        ["2022/23", "64", "9", "*", "76"],
        ["2023/24", "49", "13", "0", "62"],
        ["2024/25 (to 30/09/24)", "27", "*", "*", "33"],
        ["Total", "198", "37", "7", "242"],
    ], bold_last=True)
    para(pdf, "Note: where a figure is between 1 and 4 it has been replaced with an asterisk (*) to "
              "reduce the risk of identifying the individuals involved. Totals are shown unrounded.",
         size=8.5, h=4.5)

    para(pdf, "Q2. Of the offences in question 1, how many were flagged as online (cyber-enabled)?",
         style="B")
    para(pdf, "The national online flag was applied to 52, 60 and 47 of these offences in 2021/22, "
              "2022/23 and 2023/24 respectively. For 2024/25, up to 30 September 2024, the flag was "
              "applied to 25 offences.")

    para(pdf, "Q3. For the offences in question 1, please state the social media platform or app "
              "used to communicate with the child.", style="B")
    para(pdf, "Suffolk Constabulary holds some information relevant to this question, but the "
              "platform or application used is not a mandatory or searchable field on our crime "
              "recording system. To answer, staff would need to read the full crime report for each "
              "of the 242 offences shown in Table 1. A sample of ten reports took on average 6 "
              "minutes each to review, so the estimate is 242 x 6 minutes = 1,452 minutes, or about "
              "24 hours.")
    para(pdf, "The appropriate limit for police forces is 18 hours, equivalent to £450, as set by "
              "the Freedom of Information and Data Protection (Appropriate Limit and Fees) "
              "Regulations 2004. Section 12(1) of the Act does not oblige a public authority to "
              "comply with a request where the cost of doing so would exceed that limit, and this "
              "letter is therefore a refusal notice under section 17(5) for question 3. By way of "
              "advice and assistance under section 16, you may wish to narrow this part of your "
              "request, for example to a single quarter, which we may be able to consider as a new "
              "request.")

    para(pdf, "Q4. Please provide the number of offences of taking, making or distributing indecent "
              "photographs of children (Home Office code 86/2) recorded in the same periods, and how "
              "many of those resulted in a suspect being charged or summonsed.", style="B")
    para(pdf, "Please see Table 2.", after=1.5)
    para(pdf, "Table 2 - Take, make or distribute indecent photographs of children (HO 86/2)",
         style="B", size=9.5, after=1)
    table(pdf, [58, 28, 28, 28, 28], [
        ["", "2021/22", "2022/23", "2023/24", "2024/25 (part)"],
        ["Offences recorded", "187", "203", "226", "98"],
        ["Charged/summonsed", "41", "38", "29", "6"],
    ])
    para(pdf, "2024/25 (part) covers 1 April to 30 September 2024. Outcomes are shown as at 31 "
              "October 2024. Investigations into indecent images offences often take many months "
              "because seized devices must be examined, so a number of offences recorded in 2023/24 "
              "and 2024/25 are still under investigation and the charged figures for those years are "
              "expected to rise.", size=8.5, h=4.5)

    para(pdf, "Data caveat", style="B")
    para(pdf, "The figures above were extracted from Suffolk Constabulary's crime recording system "
              "and are correct at the time of extraction. Crime data is live and figures may change "
              "as records are reclassified, cancelled or updated. They may therefore differ from "
              "those published by the Home Office or the Office for National Statistics.")

    para(pdf, "Complaint rights", style="B")
    para(pdf, "If you are dissatisfied with the handling of your request, you may ask for an internal "
              "review. Please write to the Information Management Department at the address above, "
              "or by email, within 40 working days of the date of this letter, quoting the reference "
              "number. If you remain dissatisfied after the review, you may apply to the Information "
              "Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF.")
    para(pdf, "Yours sincerely,", after=6)
    para(pdf, "R. Penhaligon\nDisclosure Officer\nInformation Management Department\nSuffolk "
              "Constabulary", after=0)

    out = HERE / "reply.pdf"
    pdf.output(str(out))
    return out


if __name__ == "__main__":
    print(build())
