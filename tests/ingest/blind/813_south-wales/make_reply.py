"""Build reply.pdf: South Wales Police FOI response letter (fpdf2).

Run:  /work/main/.venv/bin/python make_reply.py
The creation date is fixed so that the file rebuilds byte for byte.
"""
from datetime import datetime, timezone
from pathlib import Path

from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = Path(__file__).resolve().parent
REF = "FOI/1187/24"


class Letter(FPDF):
    def header(self):
        self.set_font("Helvetica", "B", 13)
        self.cell(95, 6, "Heddlu De Cymru", new_x="RIGHT", new_y="TOP")
        self.cell(0, 6, "South Wales Police", align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_font("Helvetica", "", 8)
        self.cell(95, 4, "Uned Rhyddid Gwybodaeth", new_x="RIGHT", new_y="TOP")
        self.cell(0, 4, "Freedom of Information Unit", align="R", new_x="LMARGIN", new_y="NEXT")
        self.cell(95, 4, "Pencadlys yr Heddlu, Pen-y-bont ar Ogwr", new_x="RIGHT", new_y="TOP")
        self.cell(0, 4, "Police Headquarters, Bridgend CF31 3SU", align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(0, 51, 102)
        self.set_line_width(0.6)
        self.line(self.l_margin, self.get_y() + 2, self.w - self.r_margin, self.get_y() + 2)
        self.ln(7)

    def footer(self):
        self.set_y(-18)
        self.set_font("Helvetica", "I", 7)
        self.multi_cell(
            0, 3.5,
            "Rydym yn croesawu gohebiaeth yn Gymraeg. We welcome correspondence in Welsh. "
            "OFFICIAL",
            align="C", new_x="LMARGIN", new_y="NEXT",
        )
        self.set_font("Helvetica", "", 8)
        self.cell(0, 4, f"Page {self.page_no()} of {{nb}}", align="C")


def para(pdf, text, style="", size=10, after=2.5):
    pdf.set_font("Helvetica", style, size)
    pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(after)


def table(pdf, header, rows, widths, bold_last=False):
    pdf.set_font("Helvetica", "", 9)
    head = FontFace(emphasis="BOLD", fill_color=(217, 226, 243))
    with pdf.table(
        col_widths=widths,
        width=sum(widths),
        align="LEFT",
        text_align=("LEFT",) + ("CENTER",) * (len(widths) - 1),
        headings_style=head,
        line_height=5.5,
    ) as t:
        r = t.row()
        for h in header:
            r.cell(h)
        for i, row in enumerate(rows):
            r = t.row()
            style = FontFace(emphasis="BOLD") if bold_last and i == len(rows) - 1 else None
            for c in row:
                r.cell(c, style=style)
    pdf.ln(3)


def build():
    pdf = Letter(format="A4")
    pdf.set_creation_date(datetime(2024, 11, 14, 10, 12, 0, tzinfo=timezone.utc))
    pdf.set_title(f"FOI response {REF}")
    pdf.set_author("South Wales Police - Freedom of Information Unit")
    pdf.set_margins(20, 15, 20)
    pdf.set_auto_page_break(True, margin=22)
    pdf.alias_nb_pages()
    pdf.add_page()

    pdf.set_font("Helvetica", "", 10)
    pdf.cell(0, 5, f"Our Ref / Ein Cyf: {REF}", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 5, "Date / Dyddiad: 14 November 2024", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    para(pdf, "Dear Requester,")
    para(pdf, "FREEDOM OF INFORMATION ACT 2000 - REQUEST FOR INFORMATION", "B")
    para(pdf,
         "I write in response to your request for information received by South Wales Police "
         "on 17 October 2024, which has been dealt with under the terms of the Freedom of "
         "Information Act 2000. You asked:")
    para(pdf,
         "\"For each of the financial years 2020/21, 2021/22, 2022/23 and 2023/24:\n"
         "1. The number of sexual offences recorded where the victim was a child (aged under 18).\n"
         "2. Of those offences, how many had the online (cyber) flag applied.\n"
         "3. The number of offences flagged as child sexual exploitation (CSE), broken down by "
         "the gender of the victim.\n"
         "4. For each year, how many of the online flagged offences were investigated with the "
         "assistance of, or referred to, the security bodies such as GCHQ or the Security Service.\"",
         "I")
    para(pdf,
         "South Wales Police has completed its searches and I can confirm that information is "
         "held in respect of questions 1 to 3, which is provided below. In respect of question 4 "
         "South Wales Police can neither confirm nor deny that it holds the information, for the "
         "reasons set out later in this letter.")

    para(pdf, "Questions 1 and 2", "B", after=1)
    para(pdf,
         "The table below shows all sexual offences recorded where the victim's age at the time "
         "of the offence was under 18, and the number of those offences to which the online "
         "flag had been applied. This includes offences such as rape of a female aged 16 and "
         "over where the victim was aged 16 or 17.")
    table(pdf,
          ["Financial year", "Sexual offences - victim under 18", "Of which online flag"],
          [["2020/21 *", "1,482", "231"],
           ["2021/22", "1,806", "298"],
           ["2022/23", "1,911", "276"],
           ["2023/24", "1,874", "305"],
           ["Total", "7,073", "1,110"]],
          [35, 65, 45], bold_last=True)
    para(pdf,
         "* 2020/21 was affected by the COVID-19 restrictions and may not be comparable with "
         "later years. The online flag relies on the investigating officer identifying that the "
         "offence was committed wholly or partly online, and may therefore be under-recorded.",
         size=8)

    para(pdf, "Question 3", "B", after=1)
    para(pdf,
         "The table below shows offences with a victim aged under 18 that were flagged as "
         "child sexual exploitation, by the gender of the victim as recorded.")
    table(pdf,
          ["Financial year", "Female", "Male", "Unknown", "Total"],
          [["2020/21", "118", "27", "1-4", "147"],
           ["2021/22", "131", "22", "1-4", "156"],
           ["2022/23", "104", "19", "0", "123"],
           ["2023/24", "97", "24", "1-4", "122"]],
          [35, 28, 28, 28, 28])
    para(pdf,
         "In order to prevent the identification of individuals, numbers between 1 and 4 have "
         "been shown as '1-4'. The totals include these offences.",
         size=8)

    para(pdf, "Question 4", "B", after=1)
    para(pdf,
         "South Wales Police can neither confirm nor deny that it holds any information relevant "
         "to this question by virtue of the following exemptions:")
    para(pdf,
         "Section 23(5) - Information supplied by, or concerning, certain Security Bodies\n"
         "Section 24(2) - National Security")
    para(pdf,
         "Section 23 is an absolute class-based exemption and there is no requirement to "
         "consider the public interest. Section 24 is a qualified exemption and the public "
         "interest test is set out below.")
    para(pdf, "Factors favouring confirmation or denial", "BI", after=1)
    para(pdf,
         "Confirming or denying whether information is held would show the public how the "
         "force works with other agencies to protect children online, and would add to public "
         "debate about the resources committed to this area of policing.")
    para(pdf, "Factors against confirmation or denial", "BI", after=1)
    para(pdf,
         "To confirm or deny whether the security bodies had any involvement in investigations "
         "of this type would allow inferences to be drawn about the capability and focus of "
         "those bodies. Requests of this kind made to every force could be compared to build a "
         "picture of where such assistance is, or is not, provided, which would be of use to "
         "offenders and would undermine national security.")
    para(pdf, "Balance test", "BI", after=1)
    para(pdf,
         "Whilst there is a public interest in the transparency of policing, there is a very "
         "strong public interest in safeguarding national security. The balance therefore lies "
         "in neither confirming nor denying that the information is held. This should not be "
         "taken as an indication that the information you have requested does or does not exist.")

    para(pdf,
         "The figures in this response were extracted from the force crime recording system on "
         "28 October 2024 and are subject to change as crimes are reclassified or cancelled. "
         "They may therefore differ from figures published by the Office for National "
         "Statistics.")

    para(pdf, "Your right to complain", "B", after=1)
    para(pdf,
         "If you are dissatisfied with this response you may request an internal review within "
         "40 working days of the date of this letter, by writing to the Freedom of Information "
         "Unit at the address above or by e-mail to foi@south-wales.police.uk.")
    para(pdf,
         "If you remain dissatisfied after the internal review, you may apply to the Information "
         "Commissioner: Information Commissioner's Office - Wales, 2nd Floor, Churchill House, "
         "Churchill Way, Cardiff, CF10 2HH. Telephone: 0330 414 6421.")
    para(pdf, "Yours sincerely,")
    para(pdf, "Disclosure Officer\nFreedom of Information Unit\nSouth Wales Police", after=0)

    pdf.output(str(HERE / "reply.pdf"))


if __name__ == "__main__":
    build()
