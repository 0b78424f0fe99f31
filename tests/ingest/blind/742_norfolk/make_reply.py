"""Build reply.pdf: Norfolk Constabulary FOI response letter (FOI 002871/23).

Run with the project venv:  python make_reply.py
The output is deterministic (fixed creation date, core fonts only).
"""
from datetime import datetime, timezone
from pathlib import Path

from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = Path(__file__).resolve().parent
OUT = HERE / "reply.pdf"

REF = "FOI 002871/23"


class Letter(FPDF):
    def header(self):
        self.set_font("Helvetica", "B", 9)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, "OFFICIAL", align="C", new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(2)

    def footer(self):
        self.set_y(-18)
        self.set_font("Helvetica", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, f"Freedom of Information Request {REF}", align="L")
        self.cell(0, 4, f"Page {self.page_no()} of {{nb}}", align="R", new_x="LMARGIN", new_y="NEXT")
        self.cell(0, 4, "OFFICIAL", align="C")
        self.set_text_color(0, 0, 0)


def para(pdf, text, style="", size=10, after=3):
    pdf.set_font("Helvetica", style, size)
    pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(after)


def heading(pdf, text):
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)


def table(pdf, rows, widths, bold_last=False):
    pdf.set_font("Helvetica", "", 10)
    head = FontFace(emphasis="BOLD", fill_color=(220, 226, 236))
    with pdf.table(
        col_widths=widths,
        width=sum(widths),
        align="LEFT",
        text_align=["LEFT"] + ["CENTER"] * (len(widths) - 1),
        headings_style=head,
        line_height=6,
    ) as t:
        for i, r in enumerate(rows):
            row = t.row()
            style = FontFace(emphasis="BOLD") if (bold_last and i == len(rows) - 1) else None
            for c in r:
                row.cell(c, style=style)
    pdf.ln(2)


def build():
    pdf = Letter(format="A4", unit="mm")
    pdf.set_creation_date(datetime(2023, 11, 29, 14, 6, 0, tzinfo=timezone.utc))
    pdf.set_title(f"FOI Response {REF}")
    pdf.set_author("Norfolk Constabulary")
    pdf.set_creator("Microsoft Word")
    pdf.set_margins(20, 15, 20)
    pdf.set_auto_page_break(True, margin=22)
    pdf.alias_nb_pages()
    pdf.add_page()

    # Letterhead
    pdf.set_font("Helvetica", "B", 18)
    pdf.set_text_color(0, 45, 98)
    pdf.cell(95, 9, "Norfolk Constabulary")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("Helvetica", "", 9)
    y0 = pdf.get_y()
    pdf.set_xy(120, y0)
    pdf.multi_cell(
        70,
        4.2,
        "Information Management Department\nJubilee House\nFalconers Chase\nWymondham\nNorfolk\nNR18 0WW\n\n"
        "Telephone: 101\nEmail: freedomofinformation@norfolk.police.uk",
        align="R",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.set_xy(20, y0 + 10)
    pdf.set_font("Helvetica", "I", 9)
    pdf.cell(95, 5, "Working together to keep Norfolk safe")
    pdf.set_y(y0 + 42)

    pdf.set_font("Helvetica", "", 10)
    pdf.cell(0, 5, "Our Ref: " + REF, new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 5, "Date: 29 November 2023", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    para(pdf, "Dear Requester,")
    heading(pdf, f"Freedom of Information Request Reference No: {REF}")
    para(
        pdf,
        "I write in connection with your request for information received by Norfolk Constabulary on "
        "1 November 2023, in which you asked for the following information:",
    )
    para(
        pdf,
        '"I am looking into indecent images of children offences involving young people. For each of the '
        "calendar years 2020, 2021 and 2022 please provide:\n"
        "1. The number of offences of taking, making or distributing indecent photographs of children "
        "(Home Office code 86/2) recorded by Norfolk Constabulary.\n"
        "2. The number of suspects linked to those offences, broken down by the age of the suspect at the "
        "time of the offence.\n"
        "3. For suspects aged under 18, the outcome of the investigation (charged, youth caution, community "
        "resolution, or no further action on public interest grounds).\n"
        '4. For suspects aged under 18, the number who attended each secondary school in Norfolk."',
        style="I",
    )

    heading(pdf, "Response to your Request")
    para(
        pdf,
        "Norfolk Constabulary has now considered your request and I am able to provide a response for your "
        "attention.",
    )
    para(
        pdf,
        "Following receipt of your request, searches were made within Norfolk Constabulary to locate information "
        "relevant to it. The Constabulary holds information relevant to all four questions. Questions 1 to 3 "
        "are answered below. The information requested at question 4 is exempt under section 40(2) of the "
        "Freedom of Information Act 2000, and the notice below explains why.",
    )

    heading(pdf, "Question 1")
    para(
        pdf,
        "Offences of taking, making or distributing indecent photographs of children (Home Office code 086/02) "
        "recorded by Norfolk Constabulary in each calendar year:",
        after=1,
    )
    table(
        pdf,
        [
            ["Calendar year", "2020", "2021", "2022"],
            ["Offences recorded (086/02)", "412", "468", "437"],
        ],
        [70, 25, 25, 25],
    )

    heading(pdf, "Question 2")
    para(
        pdf,
        "Suspects linked to offences recorded under code 086/02, by the age of the suspect at the time of "
        "the offence:",
        after=1,
    )
    table(
        pdf,
        [
            ["Age of suspect", "2020", "2021", "2022"],
            ["10 - 13", "<5", "9", "6"],
            ["14 - 15", "23", "34", "27"],
            ["16 - 17", "31", "38", "41"],
            ["18 and over", "289", "301", "276"],
            ["Age not recorded", "12", "<5", "7"],
            ["Total", "358", "384", "357"],
        ],
        [70, 25, 25, 25],
        bold_last=True,
    )
    para(
        pdf,
        "A suspect linked to more than one offence in the same year is counted once in that year. "
        "The totals include the values shown as <5.",
        size=9,
    )

    heading(pdf, "Question 3")
    para(
        pdf,
        "Outcomes recorded against 086/02 offences where the suspect was aged under 18 at the time of the "
        "offence:",
        after=1,
    )
    table(
        pdf,
        [
            ["Outcome", "2020", "2021", "2022"],
            ["Charged/summonsed", "8", "12", "7"],
            ["Youth caution", "<5", "5", "<5"],
            ["Community resolution", "11", "16", "13"],
            ["Outcome 21 - further investigation not in the public interest (police decision)", "14", "19", "22"],
        ],
        [95, 22, 22, 22],
    )
    para(
        pdf,
        "Outcomes are those recorded as at 20 November 2023. Investigations that were still open on that date, "
        "and other outcome types, are not included in this table.",
        size=9,
    )
    para(
        pdf,
        "Where a figure is less than five it has been shown as <5. This is to reduce the risk of the "
        "individuals concerned being identified, in line with the Constabulary's approach to the disclosure "
        "of small numbers under section 40(2) of the Act.",
        size=9,
    )

    heading(pdf, "Question 4")
    para(
        pdf,
        "Norfolk Constabulary holds the name of the school attended by some suspects, where it was recorded "
        "during an investigation. However, this information is exempt from disclosure and this letter serves "
        "as a refusal notice under section 17 of the Act.",
    )
    para(
        pdf,
        "Section 17 requires a public authority that refuses a request to give the applicant a notice which "
        "states that fact, specifies the exemption relied upon and, where this is not otherwise apparent, "
        "explains why the exemption applies.",
    )
    para(pdf, "Section 40(2) - Personal information", style="B", after=1)
    para(
        pdf,
        "Information is exempt under section 40(2) where it is the personal data of someone other than the "
        "applicant and its disclosure would breach any of the data protection principles (section 40(3A)(a)). "
        "The number of young people from a single school suspected of an offence of this kind will in most "
        "cases be very small. Combined with information already known within a school community, the release "
        "of such figures would be likely to allow particular children to be identified as suspects in a "
        "sexual offence investigation. This would be neither fair nor lawful processing under Article 5(1)(a) "
        "of the UK General Data Protection Regulation, and the children concerned would have no expectation "
        "that this information would be placed in the public domain.",
    )
    para(
        pdf,
        "Section 40(2) is an absolute exemption where the condition in section 40(3A)(a) is met, and there is "
        "therefore no requirement to carry out a public interest test.",
    )

    para(
        pdf,
        "Please note that the information provided in this response is correct as at the date of extraction "
        "and may be subject to change. Figures are taken from the Constabulary's crime recording system and "
        "are based on the date an offence was recorded, not the date it was committed.",
    )
    para(
        pdf,
        "Your attention is drawn to the attached sheet, which sets out your right of complaint. "
        "This response will be published in the Constabulary's disclosure log.",
    )
    para(pdf, "Yours sincerely,", after=8)
    para(pdf, "Freedom of Information Decision Maker\nInformation Management Department\nNorfolk Constabulary")

    # Complaint rights sheet
    pdf.add_page()
    heading(pdf, "Complaint Rights")
    para(
        pdf,
        "Are you unhappy with how your request has been handled, or do you think the decision is wrong? "
        "You have the right to ask Norfolk Constabulary to review its decision.",
    )
    para(
        pdf,
        "Please ask for an internal review within 40 working days of the date of this response, by writing "
        "to the Information Management Department at the address on the first page of this letter or by "
        "e-mail to freedomofinformation@norfolk.police.uk. Your request will be reviewed by a member of staff "
        "who was not involved in the original decision. We aim to complete an internal review within "
        "20 working days.",
    )
    heading(pdf, "The Information Commissioner")
    para(
        pdf,
        "If you remain dissatisfied after the internal review, you may apply to the Information Commissioner "
        "for a decision. Generally, the Commissioner cannot consider your case until you have exhausted the "
        "internal review procedure. The Information Commissioner can be contacted at:",
    )
    para(
        pdf,
        "Information Commissioner's Office\nWycliffe House\nWater Lane\nWilmslow\nCheshire\nSK9 5AF\n"
        "Telephone: 0303 123 1113\nWebsite: www.ico.org.uk",
    )

    pdf.output(str(OUT))


if __name__ == "__main__":
    build()
