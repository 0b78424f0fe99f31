"""Build reply.pdf for 1001_sussex (invented Sussex Police FOI letter).

Run with: /work/main/.venv/bin/python make_reply.py
Deterministic: fixed creation date, core fonts only.
"""
import datetime
import os

from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
REF = "FOI-1472-24"


class Letter(FPDF):
    def header(self):
        if self.page_no() == 1:
            self.set_font("Helvetica", "B", 20)
            self.set_text_color(0, 45, 98)
            self.cell(0, 9, "SUSSEX POLICE", new_x="LMARGIN", new_y="NEXT")
            self.set_font("Helvetica", "", 9)
            self.set_text_color(80, 80, 80)
            self.cell(0, 4.5, "Information Access Team  |  Sussex Police Headquarters  |  Lewes  |  East Sussex",
                      new_x="LMARGIN", new_y="NEXT")
            self.cell(0, 4.5, "Non-emergency: 101  |  Emergency: 999  |  www.sussex.police.uk",
                      new_x="LMARGIN", new_y="NEXT")
            self.set_draw_color(0, 45, 98)
            self.set_line_width(0.6)
            self.line(self.l_margin, self.get_y() + 2, self.w - self.r_margin, self.get_y() + 2)
            self.ln(7)
        else:
            self.set_font("Helvetica", "", 8)
            self.set_text_color(110, 110, 110)
            self.cell(0, 5, "OFFICIAL", align="C", new_x="LMARGIN", new_y="NEXT")
            self.ln(3)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-16)
        self.set_draw_color(160, 160, 160)
        self.set_line_width(0.2)
        self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        self.set_font("Helvetica", "", 8)
        self.set_text_color(110, 110, 110)
        self.cell(0, 5, f"Sussex Police - Information Access Team - {REF}", new_x="LMARGIN", new_y="NEXT")
        self.cell(0, 4, f"Page {self.page_no()} of {{nb}}", align="R")


def para(pdf, text, size=10, style="", gap=2.5):
    pdf.set_font("Helvetica", style, size)
    pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(gap)


def heading(pdf, text):
    pdf.set_font("Helvetica", "B", 11)
    pdf.set_text_color(0, 45, 98)
    pdf.cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(1)


def table(pdf, widths, rows, header_rows=1, bold_last=False, aligns=None):
    pdf.set_draw_color(90, 90, 90)
    pdf.set_line_width(0.2)
    for i, row in enumerate(rows):
        is_head = i < header_rows
        is_bold = is_head or (bold_last and i == len(rows) - 1)
        pdf.set_font("Helvetica", "B" if is_bold else "", 9)
        if is_head:
            pdf.set_fill_color(214, 225, 240)
        for j, (w, txt) in enumerate(zip(widths, row)):
            if aligns:
                al = aligns[j]
            else:
                al = "L" if j == 0 else "C"
            pdf.cell(w, 6.5, txt, border=1, align=al, fill=is_head)
        pdf.ln(6.5)
    pdf.ln(3)


def build():
    pdf = Letter(format="A4", unit="mm")
    pdf.set_creation_date(datetime.datetime(2024, 6, 12, 10, 41, 0, tzinfo=datetime.timezone.utc))
    pdf.set_title(f"{REF} Response")
    pdf.set_author("Sussex Police Information Access Team")
    pdf.set_creator("Microsoft Word")
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, margin=22)
    pdf.alias_nb_pages()
    pdf.add_page()

    pdf.set_font("Helvetica", "", 10)
    pdf.cell(0, 5, "Date: 12 June 2024", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 5, f"Our reference: {REF}", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)
    para(pdf, "Dear Requester,")
    para(pdf, "Freedom of Information Act 2000 - Request for Information", style="B")
    para(pdf, "Thank you for your request for information, which Sussex Police received on 15 May 2024. "
              "We have now completed our searches and our response is set out below. For ease of "
              "reference your questions are repeated below in italics.")

    heading(pdf, "Your request")
    pdf.set_font("Helvetica", "I", 10)
    pdf.multi_cell(0, 5,
        "1. For each of the financial years 2020/21, 2021/22, 2022/23 and 2023/24, please tell me how "
        "many offences of sexual communication with a child (Home Office code 71/17) Sussex Police "
        "recorded, and how many of these had the online/cyber flag applied.\n"
        "2. For the same years, please break the offences down by the gender of the victim.\n"
        "3. For 2023/24, which social media platforms or apps were used to commit the offences?\n"
        "4. For the offences recorded in 2023/24, what was the outcome of each investigation?",
        new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)

    heading(pdf, "Our response")
    para(pdf, "Sussex Police can confirm that it holds information relevant to your request. The figures "
              "below were extracted from our crime recording system on 21 May 2024 and count crimes by "
              "the date they were recorded. Crime data is live and the figures may differ slightly from "
              "any produced on another date.")

    para(pdf, "Question 1", style="B", gap=1)
    table(pdf, [50, 55, 55], [
        ["Financial year", "71/17 offences recorded", "Of which online flagged"],
        ["2020/21", "212", "171"],
        ["2021/22", "236", "198"],
        ["2022/23", "251", "204"],
        ["2023/24", "229", "187"],
        ["Total", "928", "760"],
    ], bold_last=True)
    para(pdf, "Please note that the 2021/22 figure above differs from the figure of 243 we gave in "
              "response to an earlier request (FOI-0633-22). Following a data quality review, a number "
              "of crimes originally recorded under 71/17 were reclassified to other offences, and 236 "
              "is the correct figure.")

    para(pdf, "Question 2", style="B", gap=1)
    para(pdf, "To reduce the risk of individuals being identified, where the number of victims is "
              "between 1 and 4 the figure has been replaced with an asterisk (*). The exact numbers are "
              "withheld under Section 40(2) (Personal Information) of the Act.", gap=2)
    table(pdf, [40, 30, 30, 30, 30], [
        ["Victim gender", "2020/21", "2021/22", "2022/23", "2023/24"],
        ["Female", "168", "187", "199", "175"],
        ["Male", "41", "47", "52", "51"],
        ["Not recorded", "*", "*", "0", "*"],
    ])

    para(pdf, "Question 3", style="B", gap=1)
    para(pdf, "The platform or app is not a mandatory field and is taken from the crime record. Where "
              "more than one platform was recorded, only the first one listed has been counted. 'Other' "
              "covers platforms named in fewer than five crimes. 'Not recorded' means that no platform "
              "was entered on the record.", gap=2)
    table(pdf, [70, 45], [
        ["Platform / app (2023/24)", "Offences"],
        ["Snapchat", "78"],
        ["Instagram", "31"],
        ["WhatsApp", "24"],
        ["Facebook (incl. Messenger)", "12"],
        ["TikTok", "9"],
        ["Other", "33"],
        ["Not recorded", "42"],
    ])

    para(pdf, "Question 4", style="B", gap=1)
    para(pdf, "The table shows the Home Office outcome recorded against each crime at the time the data "
              "was extracted. Crimes still under investigation have no outcome yet and are shown as "
              "'Investigation ongoing'. The asterisk rule explained at Question 2 also applies here.",
         gap=2)
    table(pdf, [22, 110, 28], [
        ["Outcome", "Description", "Offences"],
        ["1", "Charged / summonsed", "21"],
        ["3", "Caution - adult", "*"],
        ["8", "Community resolution", "6"],
        ["15", "Evidential difficulties - suspect identified, victim supports action", "58"],
        ["16", "Evidential difficulties - victim does not support action", "49"],
        ["18", "Investigation complete - no suspect identified", "24"],
        ["-", "Investigation ongoing", "45"],
        ["-", "All other outcome types", "23"],
    ], aligns=["C", "L", "C"])

    heading(pdf, "Section 40(2) - Personal Information")
    para(pdf, "Section 40(2) is an absolute exemption where disclosure of personal data about someone "
              "other than the requester would breach the data protection principles. Small numbers, read "
              "together with other information in the public domain, could allow a child to be "
              "identified. Releasing the exact figures would not be fair or lawful, and so they have been "
              "withheld. No public interest test is required for this exemption.")

    heading(pdf, "Your rights")
    para(pdf, "If you are unhappy with the way your request has been handled you may ask for an internal "
              "review. Please write to the Information Access Team, quoting the reference above, within "
              "40 working days of the date of this letter. If you remain dissatisfied after the review "
              "you may complain to the Information Commissioner's Office, Wycliffe House, Water Lane, "
              "Wilmslow, Cheshire, SK9 5AF.")
    para(pdf, "Yours sincerely,", gap=6)
    para(pdf, "Information Access Officer\nSussex Police", gap=1)

    pdf.output(os.path.join(HERE, "reply.pdf"))


if __name__ == "__main__":
    build()
