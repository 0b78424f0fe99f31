"""Build reply.pdf: Derbyshire Constabulary's FOI reply letter (FOI/2188/23).

Run with the project's venv python (fpdf2). Uses the Liberation Sans TrueType fonts from
/usr/share/fonts/truetype/liberation. The creation date is fixed so rebuilds are identical.
"""
import datetime
import pathlib

from fpdf import FPDF

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE / "reply.pdf"
FONT_DIR = pathlib.Path("/usr/share/fonts/truetype/liberation")
REF = "FOI/2188/23"


class Letter(FPDF):
    def footer(self):
        self.set_y(-15)
        self.set_font("Lib", "", 8)
        self.cell(0, 4, f"Derbyshire Constabulary  |  Freedom of Information  |  {REF}", align="L")
        self.cell(0, 4, f"Page {self.page_no()} of {{nb}}", align="R", new_x="LMARGIN", new_y="NEXT")


def build():
    pdf = Letter(format="A4", unit="mm")
    pdf.set_creation_date(datetime.datetime(2023, 11, 3, 10, 12, 0, tzinfo=datetime.timezone.utc))
    pdf.set_title(f"{REF} Response")
    pdf.set_author("Derbyshire Constabulary")
    pdf.set_creator("Microsoft Word")
    pdf.set_producer("Microsoft Word")
    pdf.alias_nb_pages()
    pdf.add_font("Lib", "", str(FONT_DIR / "LiberationSans-Regular.ttf"))
    pdf.add_font("Lib", "B", str(FONT_DIR / "LiberationSans-Bold.ttf"))
    pdf.add_font("Lib", "I", str(FONT_DIR / "LiberationSans-Italic.ttf"))
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, margin=22)
    pdf.add_page()

    W = pdf.epw

    def p(text, style="", size=10, h=5, after=2.5, indent=0):
        pdf.set_font("Lib", style, size)
        pdf.set_x(pdf.l_margin + indent)
        pdf.multi_cell(W - indent, h, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(after)

    # Letterhead
    pdf.set_font("Lib", "B", 17)
    pdf.cell(0, 8, "Derbyshire Constabulary", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Lib", "", 8.5)
    for line in ("Information Management Unit", "Police Headquarters, Butterley Hall",
                 "Ripley, Derbyshire DE5 3RS", "Telephone: 101",
                 "foi@derbyshire.police.uk"):
        pdf.cell(0, 4, line, align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_draw_color(0, 51, 102)
    pdf.set_line_width(0.6)
    pdf.line(20, pdf.get_y() + 2, 190, pdf.get_y() + 2)
    pdf.set_line_width(0.2)
    pdf.set_draw_color(0, 0, 0)
    pdf.ln(7)

    pdf.set_font("Lib", "", 10)
    pdf.cell(30, 5, "Our Ref:")
    pdf.cell(0, 5, REF, new_x="LMARGIN", new_y="NEXT")
    pdf.cell(30, 5, "Date:")
    pdf.cell(0, 5, "3 November 2023", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)
    p("Dear Requester")
    p(f"FREEDOM OF INFORMATION ACT 2000 – REQUEST NO. {REF}", style="B")
    p("I write in connection with your request for information, received by Derbyshire "
      "Constabulary on 9 October 2023, which asked:")
    for line in (
        "1. The number of offences of rape of a child recorded by Derbyshire Constabulary "
        "(Home Office codes 19D, 19E, 19G and 19H) in each financial year from 2019/20 to "
        "2022/23, and in 2023/24 to date.",
        "2. For these offences, how many had a suspect who was under 18 at the time of the offence?",
        "3. How many of these offences resulted in a charge or summons?",
        "4. In total, how many of these offences took place on school premises?",
    ):
        p(line, style="I", indent=8, after=1.5)
    pdf.ln(2)
    p("Following receipt of your request, searches were conducted within Derbyshire "
      "Constabulary. I can confirm that the information you have requested is held. Questions 1 "
      "to 3 are answered below. The information requested at question 4 is exempt and this "
      "letter acts as a refusal notice for that part of your request under section 17 of the Act.")
    p("The data was extracted on 4 October 2023 and covers crimes recorded between 1 April 2019 "
      "and 30 September 2023. Crime figures change as investigations progress and as crimes are "
      "reclassified, so they may differ from figures published elsewhere.")

    # Table 1
    p("Question 1 – offences recorded", style="B", after=1.5)
    cols = [14, 62, 18.8, 18.8, 18.8, 18.8, 18.8]
    head = ["HO code", "Offence", "2019/20", "2020/21", "2021/22", "2022/23", "2023/24*"]
    rows = [
        ["19D", "Rape of a female child under 16", "38", "44", "51", "47", "23"],
        ["19E", "Rape of a female child under 13", "29", "35", "31", "40", "17"],
        ["19G", "Rape of a male child under 16", "1-4", "6", "5", "8", "1-4"],
        ["19H", "Rape of a male child under 13", "9", "11", "1-4", "7", "-"],
    ]

    def draw(head, rows, cols):
        pdf.set_fill_color(217, 226, 243)
        pdf.set_font("Lib", "B", 9)
        for w, h in zip(cols, head):
            pdf.cell(w, 7, h, border=1, align="C", fill=True)
        pdf.ln()
        pdf.set_font("Lib", "", 9)
        for r in rows:
            for i, (w, v) in enumerate(zip(cols, r)):
                pdf.cell(w, 6.5, v, border=1, align="L" if i < len(cols) - 5 else "C")
            pdf.ln()

    draw(head, rows, cols)
    pdf.ln(1.5)
    p("* 2023/24 covers 1 April 2023 to 30 September 2023 only.\n"
      "Figures between 1 and 4 are shown as '1-4' to reduce the risk of identifying victims.\n"
      "- denotes nil.", size=8, h=4)

    # Table 2
    p("Questions 2 and 3 – suspects under 18 and charges (all four offence codes combined)",
      style="B", after=1.5)
    cols2 = [76, 18.8, 18.8, 18.8, 18.8, 18.8]
    head2 = ["", "2019/20", "2020/21", "2021/22", "2022/23", "2023/24*"]
    rows2 = [
        ["Offences with a suspect aged under 18", "N/H", "22", "27", "24", "9"],
        ["Offences resulting in a charge or summons", "14", "11", "9", "12", "1-4"],
    ]
    draw(head2, rows2, cols2)
    pdf.ln(1.5)
    p("* 2023/24 covers 1 April 2023 to 30 September 2023 only.\n"
      "N/H - not held. Derbyshire Constabulary changed its crime recording system in 2020. Suspect "
      "records for crimes recorded during 2019/20 were transferred to the new system without the "
      "date of birth, so it is not possible to say how many of the suspects for that year were "
      "under 18.\n"
      "An offence is counted once however many suspects it has. Charges are as recorded at the "
      "date of extraction; many of the offences recorded in 2022/23 and 2023/24 are still under "
      "investigation.", size=8, h=4)

    # Question 4
    p("Question 4", style="B", after=1.5)
    p("Section 17 of the Act requires Derbyshire Constabulary, when refusing to provide "
      "information by virtue of an exemption, to (a) state that fact, (b) specify the exemption "
      "in question and (c) state (if that would not otherwise be apparent) why the exemption "
      "applies. The exemption relied on for question 4 is:")
    p("Section 40(2) – Personal information", style="B", indent=8)
    p("Offences of this kind recorded at a school are very few in number. A school is a small "
      "and identifiable community, and even a low count, when put alongside information already "
      "in the public domain such as local news reports or court listings, could lead to a child "
      "victim, a suspect or a witness being identified. Information about the sexual life and "
      "the alleged offences of an identifiable person is personal data, and much of it is "
      "special category or criminal offence data. Disclosure would breach the first data "
      "protection principle, as there is no lawful basis on which it could be made, and so the "
      "condition in section 40(3A)(a) is satisfied. Section 40(2) is an absolute exemption and "
      "no public interest test is required.")

    # Complaint rights
    p("Your right to complain", style="B", after=1.5)
    p("If you are dissatisfied with the way your request has been handled you may ask for an "
      "internal review. Please write to the Information Management Unit at the address above, "
      "within 40 working days of the date of this letter, quoting the reference number above.")
    p("If you remain dissatisfied following an internal review you may apply to the Information "
      "Commissioner's Office for a decision. The Commissioner can be contacted at: Information "
      "Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF; telephone "
      "0303 123 1113; www.ico.org.uk.")
    p("Yours sincerely", after=10)
    p("Disclosure Officer\nInformation Management Unit\nDerbyshire Constabulary", after=0)

    pdf.output(str(OUT))


if __name__ == "__main__":
    build()
    print("wrote", OUT)
