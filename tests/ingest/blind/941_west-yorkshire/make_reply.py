"""Build reply.pdf: West Yorkshire Police FOI response letter (FOI 1187/24).

Run with /work/main/.venv/bin/python make_reply.py ; output is byte-identical on rebuild
(creation date fixed).
"""
import datetime
from pathlib import Path

from fpdf import FPDF

HERE = Path(__file__).resolve().parent
OUT = HERE / "reply.pdf"

NAVY = (0, 40, 85)


class Letter(FPDF):
    def header(self):
        if self.page_no() == 1:
            self.set_fill_color(*NAVY)
            self.rect(0, 0, 210, 6, "F")
            self.set_y(12)
            self.set_font("Helvetica", "B", 16)
            self.set_text_color(*NAVY)
            self.cell(0, 8, "West Yorkshire Police", new_x="LMARGIN", new_y="NEXT")
            self.set_font("Helvetica", "", 9)
            self.set_text_color(60, 60, 60)
            self.cell(0, 4.5, "Information Management - Freedom of Information", new_x="LMARGIN", new_y="NEXT")
            self.cell(0, 4.5, "PO Box 9, Laburnum Road, Wakefield, WF1 3QP", new_x="LMARGIN", new_y="NEXT")
            self.cell(0, 4.5, "Email: freedom.of.information@westyorkshire.police.uk", new_x="LMARGIN", new_y="NEXT")
            self.set_text_color(0, 0, 0)
            self.ln(6)
        else:
            self.set_y(10)
            self.set_font("Helvetica", "I", 8)
            self.set_text_color(90, 90, 90)
            self.cell(0, 5, "West Yorkshire Police - FOI 1187/24", align="R", new_x="LMARGIN", new_y="NEXT")
            self.set_text_color(0, 0, 0)
            self.ln(4)

    def footer(self):
        self.set_y(-15)
        self.set_font("Helvetica", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, "OFFICIAL", align="L")
        self.set_x(self.l_margin)
        self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="R")
        self.set_text_color(0, 0, 0)


def para(pdf, text, style="", size=10, after=2.5):
    pdf.set_font("Helvetica", style, size)
    pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(after)


def grid(pdf, widths, rows, bold_rows=(), bold_first_col=False, header_fill=(222, 230, 242)):
    """Draw a bordered table; the first row is the header."""
    for r, row in enumerate(rows):
        is_head = r == 0
        for c, (w, val) in enumerate(zip(widths, row)):
            bold = is_head or r in bold_rows or (bold_first_col and c == 0)
            pdf.set_font("Helvetica", "B" if bold else "", 9.5)
            fill = is_head
            if fill:
                pdf.set_fill_color(*header_fill)
            align = "L" if c == 0 else "C"
            pdf.cell(w, 7, val, border=1, align=align, fill=fill)
        pdf.ln(7)
    pdf.ln(3)


def build():
    pdf = Letter(format="A4")
    pdf.set_creation_date(datetime.datetime(2024, 5, 14, 11, 42, 7, tzinfo=datetime.timezone.utc))
    pdf.set_title("FOI 1187-24 Response")
    pdf.set_author("West Yorkshire Police")
    pdf.set_margins(20, 15, 20)
    pdf.set_auto_page_break(True, margin=22)
    pdf.alias_nb_pages()
    pdf.add_page()

    pdf.set_font("Helvetica", "", 10)
    meta = [
        ("Our Ref:", "FOI 1187/24"),
        ("Date:", "14 May 2024"),
        ("Contact:", "Disclosure Officer (FOI)"),
    ]
    for k, v in meta:
        pdf.set_font("Helvetica", "B", 10)
        pdf.cell(25, 5, k)
        pdf.set_font("Helvetica", "", 10)
        pdf.cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)

    para(pdf, "Dear Requester,")
    para(pdf, "Freedom of Information Act 2000 - Request Reference FOI 1187/24", style="B")
    para(pdf,
         "I write in connection with your request for information, received by West Yorkshire "
         "Police on 16 April 2024, in which you asked for the following:")

    para(pdf,
         '"Under the Freedom of Information Act, please provide the following for each of the '
         'last three financial years (2021/22, 2022/23 and 2023/24):\n'
         "1. The number of offences of sexual communication with a child (Home Office code 71/17) "
         "recorded by your force, broken down by the gender of the victim.\n"
         "2. Of the offences in question 1, how many were flagged as having an online element.\n"
         "3. The social media sites, apps or platforms used in each of these offences.\n"
         '4. The outcomes of these offences, namely the number charged/summonsed, the number '
         'cautioned and the number still under investigation."', style="I")

    para(pdf,
         "Following receipt of your request, searches were conducted within West Yorkshire Police "
         "to locate information relevant to your request. I can confirm that the information you "
         "have requested is held in part by West Yorkshire Police.")

    para(pdf, "Response", style="B", size=11)

    para(pdf, "Question 1", style="B", after=1)
    para(pdf,
         "The table below shows the number of crimes of sexual communication with a child "
         "(HO code 71/17) recorded by West Yorkshire Police in each financial year, by the "
         "recorded gender of the victim.")
    grid(pdf, [50, 28, 28, 28, 28], [
        ["Victim gender", "2021/22", "2022/23", "2023/24", "Total"],
        ["Female", "312", "287", "301", "900"],
        ["Male", "58", "64", "71", "193"],
        ["Not recorded", "9", "12", "7", "28"],
        ["Total", "379", "363", "379", "1,121"],
    ], bold_rows=(4,))

    para(pdf, "Question 2", style="B", after=1)
    para(pdf,
         "Of the crimes above, the number which carried the online crime flag in each year "
         "is shown below.")
    grid(pdf, [50, 28, 28, 28], [
        ["", "2021/22", "2022/23", "2023/24"],
        ["Online flag applied", "284", "271", "290"],
    ], bold_first_col=True)

    para(pdf, "Question 3", style="B", after=1)
    para(pdf,
         "The platform or application used in an offence is not held in a searchable field on "
         "our crime recording system. Where it is known it will be found in the free text of the "
         "crime report, the officer's notes or in attached statements. To answer this part of "
         "your request each crime record would have to be located and read by hand.")
    para(pdf,
         "Section 12(1) of the Freedom of Information Act does not oblige a public authority to "
         "comply with a request if the authority estimates that the cost of complying would "
         "exceed the appropriate limit. For police forces the appropriate limit is set at "
         "£450, calculated at £25 per hour, which equates to 18 hours of work.")
    para(pdf,
         "A sample of records was examined and it took on average 5 minutes to open a crime, "
         "review the report and its attachments and note any platform mentioned. With 1,121 "
         "crimes across the three years, the estimate is:")
    para(pdf, "1,121 crimes x 5 minutes = 5,605 minutes, or approximately 93 hours.", style="B")
    para(pdf,
         "This is well in excess of the 18 hour limit and this letter therefore acts as a "
         "refusal notice under section 17(5) of the Act for question 3. Section 12 is not a "
         "qualified exemption and no public interest test is required. In line with our duty "
         "under section 16, we have considered whether the request could be narrowed; even a "
         "single year would exceed the limit, as each year contains more than 360 crimes.")

    para(pdf, "Question 4", style="B", after=1)
    para(pdf,
         "The outcome recorded against each crime as at the date the data was extracted "
         "(7 May 2024) is shown below. Crimes whose outcome is anything other than those you "
         "asked for are not included, so the rows will not add up to the totals at question 1.")
    grid(pdf, [40, 40, 40, 40], [
        ["Financial year", "Charged/summonsed", "Caution", "Under investigation"],
        ["2021/22", "23", "<5", "<5"],
        ["2022/23", "17", "<5", "9"],
        ["2023/24", "11", "0", "64"],
    ], bold_first_col=True)
    para(pdf,
         "Please note: where a figure is fewer than five it has been shown as <5. This is to "
         "reduce the risk of an individual being identified, as disclosure under the Act is "
         "disclosure to the world at large.", size=9)

    para(pdf, "Data caveats", style="B", after=1)
    para(pdf,
         "Figures are taken from the force crime recording system and are correct as at "
         "7 May 2024. Crime data is live and subject to change as investigations progress, "
         "so figures may differ from those previously published or provided. Crimes are "
         "counted by the date on which they were recorded, not the date the offence took place.",
         size=9)

    para(pdf, "Your right to complain", style="B", after=1)
    para(pdf,
         "If you are dissatisfied with the handling of your request, you may ask for an "
         "internal review. Requests for review should be made in writing within 40 working "
         "days of the date of this letter to: Information Management, West Yorkshire Police, "
         "PO Box 9, Laburnum Road, Wakefield, WF1 3QP, or by email to the address above.")
    para(pdf,
         "If you remain dissatisfied after the internal review, you have the right to complain "
         "to the Information Commissioner at: Information Commissioner's Office, Wycliffe House, "
         "Water Lane, Wilmslow, Cheshire, SK9 5AF. Telephone: 0303 123 1113. "
         "Website: www.ico.org.uk")
    para(pdf, "Yours sincerely,", after=6)
    para(pdf, "Disclosure Officer\nInformation Management\nWest Yorkshire Police", after=0)

    pdf.output(str(OUT))


if __name__ == "__main__":
    build()
    print("wrote", OUT)
