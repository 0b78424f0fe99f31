"""Build reply.pdf: South Yorkshire Police FOI response letter (fpdf2), ref SYP-FOI-2025-0348.

Sexual communication with a child (s.15A SOA 2003, Home Office code 71/17).
'The last three years' is undefined in the request; the letter takes it as the calendar
years 2022, 2023 and 2024.  Q1, Q2 (victim gender) and Q4 (suspect under 18) are answered
in sentences; Q3 (platform) is a short drawn table for 2024 only, with a not-held answer for
2022 and 2023 because the platform field began on 1 January 2024.
'OFFICIAL' marking, running header from page 2, address footer and 'Page N of M'.
"""
from pathlib import Path

from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = Path(__file__).resolve().parent
REF = "SYP-FOI-2025-0348"
Q1 = {"2022": 212, "2023": 248, "2024": 231}
GENDER = {"2022": (168, 41, 3), "2023": (199, 45, 4), "2024": (180, 46, 5)}
for y, g in GENDER.items():
    assert sum(g) == Q1[y]
PLATFORMS = [("Snapchat", 97), ("Instagram", 41), ("WhatsApp", 23), ("Facebook", 12),
             ("TikTok", 9), ("Other", 18), ("Not recorded", 31)]
assert sum(v for _, v in PLATFORMS) == Q1["2024"]
U18 = {"2022": 57, "2023": 63, "2024": 49}


class Letter(FPDF):
    def header(self):
        self.set_font("Helvetica", "B", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, "OFFICIAL", align="C", new_x="LMARGIN", new_y="NEXT")
        if self.page_no() == 1:
            self.set_font("Helvetica", "B", 14)
            self.set_text_color(0, 51, 102)
            self.cell(0, 8, "South Yorkshire Police", align="R", new_x="LMARGIN", new_y="NEXT")
            self.set_font("Helvetica", "", 8)
            self.cell(0, 4, "Justice | Safety | Community", align="R", new_x="LMARGIN", new_y="NEXT")
        else:
            self.set_font("Helvetica", "", 8)
            self.cell(0, 5, f"South Yorkshire Police - Freedom of Information - {REF}", align="L",
                      new_x="LMARGIN", new_y="NEXT")
        self.ln(5)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-20)
        self.set_font("Helvetica", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, "Freedom of Information Team, South Yorkshire Police, Carbrook House, "
                  "5 Carbrook Hall Road, Sheffield S9 2EH", align="C", new_x="LMARGIN", new_y="NEXT")
        self.cell(0, 4, f"Page {self.page_no()} of {{nb}}", align="C", new_x="LMARGIN", new_y="NEXT")
        self.cell(0, 4, "OFFICIAL", align="C")
        self.set_text_color(0, 0, 0)


pdf = Letter(format="A4")
pdf.alias_nb_pages()
pdf.set_margins(22, 12, 22)
pdf.set_auto_page_break(True, margin=26)
pdf.add_page()


def para(text, style="", gap=2.5, size=10):
    pdf.set_font("Helvetica", style, size)
    pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(gap)


pdf.set_font("Helvetica", "", 10)
for line in (f"Reference: {REF}", "Date: 3 March 2025"):
    pdf.cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
pdf.ln(5)
para("Dear Requester,")
para("FREEDOM OF INFORMATION ACT 2000 - REQUEST FOR INFORMATION", style="B")
para("I write in connection with your request for information, which was received by South "
     "Yorkshire Police on 3 February 2025. Your request and our response are set out below.")
para("Your request:", style="B", gap=1)
pdf.set_x(30)
pdf.set_font("Helvetica", "I", 10)
pdf.multi_cell(150, 5,
               "\"I would like to know the following about the offence of sexual communication with "
               "a child (section 15A of the Sexual Offences Act 2003) for the last three years.\n"
               "Q1. How many offences were recorded each year?\n"
               "Q2. What was the gender of the victims?\n"
               "Q3. Which social media platforms or apps were used to commit the offences?\n"
               "Q4. In how many of the offences was the suspect under 18?\"",
               new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
para("Our response:", style="B", gap=1)
para("South Yorkshire Police holds some of the information you have asked for. As your request did "
     "not say which years you meant, we have provided figures for the last three full calendar "
     "years, 2022, 2023 and 2024. The figures come from our crime recording system and are based on "
     "the date each crime was recorded, using Home Office offence code 71/17.")

para("Q1", style="B", gap=1)
para(f"South Yorkshire Police recorded {Q1['2022']} offences of sexual communication with a child "
     f"in 2022, {Q1['2023']} in 2023 and {Q1['2024']} in 2024.")

para("Q2", style="B", gap=1)
f, m, u = GENDER["2022"]
para(f"In 2022 the victim was female in {f} of these offences and male in {m}; in three offences the "
     "victim's gender was not recorded. "
     f"For 2023 the figures were {GENDER['2023'][0]} female, {GENDER['2023'][1]} male and "
     f"{GENDER['2023'][2]} not recorded, and for 2024 they were {GENDER['2024'][0]} female, "
     f"{GENDER['2024'][1]} male and {GENDER['2024'][2]} not recorded.")

para("Q3", style="B", gap=1)
para("A mandatory field for the platform or app used was added to the crime record for this "
     "offence on 1 January 2024. Before that date the platform was only ever mentioned, if at all, "
     "in the free-text account of the crime, and it is not held in a form that can be retrieved. "
     "Under section 1(1)(a) of the Act we therefore confirm that this information is not held for "
     "2022 and 2023. The platforms recorded for offences in 2024 are shown below.")
if pdf.get_y() + 62 > pdf.h - 26:  # keep the title and the table together
    pdf.add_page()
pdf.set_font("Helvetica", "B", 9)
pdf.cell(0, 5, "Sexual communication with a child (71/17) - platform recorded, 2024",
         new_x="LMARGIN", new_y="NEXT")
pdf.ln(1)
pdf.set_font("Helvetica", "", 9.5)
hs = FontFace(emphasis="BOLD", fill_color=(220, 228, 240))
with pdf.table(width=100, col_widths=(60, 40), text_align=("LEFT", "RIGHT"), headings_style=hs,
               line_height=6, align="LEFT") as t:
    t.row(["Platform / app", "Offences"])
    for name, v in PLATFORMS:
        t.row([name, str(v)])
pdf.ln(3)
para("Where more than one platform was used in a single offence, the first one recorded is counted.")

para("Q4", style="B", gap=1)
para(f"In 2022 there were {U18['2022']} offences in which a suspect was aged under 18 at the time "
     f"of the offence. There were {U18['2023']} such offences in 2023 and {U18['2024']} in 2024. "
     "Where an offence had more than one suspect it has been counted once.")

para("Your rights", style="B", gap=1)
para("If you are not satisfied with this response you may request an internal review within 40 "
     "working days of the date of this letter, by writing to the Freedom of Information Team at the "
     "address below or by e-mail to foi@southyorks.pnn.police.uk. If you are still dissatisfied "
     "after the review you may apply to the Information Commissioner, Wycliffe House, Water Lane, "
     "Wilmslow, Cheshire SK9 5AF.")
para("Yours sincerely,", gap=8)
para("Freedom of Information Officer\nSouth Yorkshire Police", gap=0)

pdf.output(str(HERE / "reply.pdf"))
print("pages", pdf.page_no())
