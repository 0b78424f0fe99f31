"""Builds reply.pdf: PSNI FOI response letter F-2024-01362 (invented figures)."""
import datetime
from pathlib import Path
from fpdf import FPDF

HERE = Path(__file__).resolve().parent
FONT = "/usr/share/fonts/truetype/dejavu/"


class Letter(FPDF):
    def header(self):
        self.set_font("DejaVu", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, "OFFICIAL [PUBLIC]", align="C", new_x="LMARGIN", new_y="NEXT")
        if self.page_no() == 1:
            self.set_font("DejaVu", "B", 13)
            self.set_text_color(0, 40, 85)
            self.cell(0, 7, "Police Service of Northern Ireland", new_x="LMARGIN", new_y="NEXT")
            self.set_font("DejaVu", "", 9)
            self.cell(0, 5, "Corporate Information Branch  |  PSNI Headquarters  |  65 Knock Road  |  Belfast  |  BT5 6LE",
                      new_x="LMARGIN", new_y="NEXT")
            self.ln(2)
            self.set_draw_color(0, 40, 85)
            self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
            self.ln(4)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-14)
        self.set_font("DejaVu", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, f"Page {self.page_no()} of {{nb}}", align="C", new_x="LMARGIN", new_y="NEXT")
        self.cell(0, 4, "OFFICIAL [PUBLIC]", align="C")


pdf = Letter(format="A4")
pdf.set_creation_date(datetime.datetime(2024, 5, 30, 10, 12, 0, tzinfo=datetime.timezone.utc))
pdf.set_title("FOI Response F-2024-01362")
pdf.set_author("PSNI Corporate Information Branch")
pdf.set_creator("Microsoft Word")
pdf.add_font("DejaVu", "", FONT + "DejaVuSans.ttf")
pdf.add_font("DejaVu", "B", FONT + "DejaVuSans-Bold.ttf")
pdf.add_font("DejaVu", "I", FONT + "DejaVuSans-Oblique.ttf")
pdf.set_margins(20, 15, 20)
pdf.set_auto_page_break(True, 20)
pdf.alias_nb_pages()
pdf.add_page()


def para(text, style="", size=10, h=5, after=2):
    pdf.set_font("DejaVu", style, size)
    pdf.multi_cell(0, h, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(after)


def kv(key, value):
    pdf.set_font("DejaVu", "B", 10)
    pdf.cell(42, 5.5, key)
    pdf.set_font("DejaVu", "", 10)
    pdf.cell(0, 5.5, value, new_x="LMARGIN", new_y="NEXT")


para("PSNI Freedom of Information Request", "B", 12, 6, 2)
kv("Request Number:", "F-2024-01362")
kv("Keyword:", "Crime")
kv("Subject:", "Indecent Images of Children - Suspects aged under 18")
kv("Date of Response:", "30 May 2024")
pdf.ln(3)

para("Request and Answer:", "B")
para("Your request for information below has been considered under the Freedom of Information "
     "Act 2000 (FOIA). The Police Service of Northern Ireland (PSNI) has a duty under Section 1 of "
     "the Act to confirm whether it holds the information you asked for and, if so, to communicate "
     "it to you, unless an exemption applies.")
para("PSNI has located the information you requested. Requests 1 to 3 are answered in full below. "
     "The information sought at Request 4 is being withheld, and this letter serves as a Refusal "
     "Notice under Section 17(1) of FOIA for that part. Section 40(2) (Personal Information) applies.")

para("Request 1", "B", after=1)
para("Please provide the number of indecent images of children offences recorded by PSNI in each "
     "of the last five financial years.", "I")
para("Answer", "B", after=1)
para("Table 1 shows the number of offences of taking, making, distributing, publishing or possessing "
     "indecent photographs or pseudo-photographs of children recorded in each financial year from "
     "2019/20 to 2023/24.")

BORDER = 1


def table(headers, rows, widths, aligns=None, bold_last=False, header_rows=None):
    pdf.set_font("DejaVu", "B", 9)
    pdf.set_fill_color(220, 228, 240)
    if header_rows:
        for hr in header_rows:
            for text, w in hr:
                pdf.cell(w, 6, text, border=BORDER, align="C", fill=True)
            pdf.ln(6)
    for h, w in zip(headers, widths):
        pdf.cell(w, 6, h, border=BORDER, align="C", fill=True)
    pdf.ln(6)
    for i, r in enumerate(rows):
        last = bold_last and i == len(rows) - 1
        pdf.set_font("DejaVu", "B" if last else "", 9)
        for j, (c, w) in enumerate(zip(r, widths)):
            a = (aligns[j] if aligns else ("L" if j == 0 else "C"))
            pdf.cell(w, 6, c, border=BORDER, align=a)
        pdf.ln(6)
    pdf.ln(2)


para("Table 1: Indecent images of children offences recorded, 2019/20 to 2023/24", "B", 9, after=1)
table(["", "2019/20", "2020/21", "2021/22", "2022/23", "2023/24", "Total"],
      [["Offences recorded", "634", "712", "768", "801", "779", "3,694"]],
      [40, 20, 20, 20, 20, 20, 25])

para("Request 2", "B", after=1)
para("Of these offences, how many had a suspect who was aged under 18 at the time of the offence? "
     "Please break this down by the age of the suspect.", "I")
para("Answer", "B", after=1)
para("Table 2 shows the number of suspects aged under 18 linked to the offences in Table 1, by the "
     "age of the suspect at the time of the offence. Where a suspect is linked to more than one "
     "offence in a year they are counted once for that year. The age of criminal responsibility in "
     "Northern Ireland is 10.")
para("Table 2: Suspects aged under 18, indecent images of children offences, by age of suspect", "B", 9, after=1)
table(["Financial Year", "10-13", "14-15", "16-17", "Total under 18"],
      [["2019/20", "*", "14", "22", "39"],
       ["2020/21", "*", "19", "27", "48"],
       ["2021/22", "6", "25", "31", "62"],
       ["2022/23", "5", "28", "30", "63"],
       ["2023/24", "7", "24", "33", "64"]],
      [34, 28, 28, 28, 36],
      header_rows=[[("", 34), ("Age of suspect at time of offence", 84), ("", 36)]])
para("* Figures of 1 to 4 have been replaced with an asterisk (*) to reduce the risk of identifying "
     "individuals. Totals include the suppressed figures.", "I", 8, 4)

para("Request 3", "B", after=1)
para("For the suspects aged under 18, what was the outcome of the investigation?", "I")
para("Answer", "B", after=1)
para("PSNI is unable to provide outcomes by individual year as outcomes are recorded against the "
     "suspect rather than the offence and may be finalised in a later year. The outcomes for all "
     "suspects aged under 18 across the five financial years 2019/20 to 2023/24 combined are shown "
     "below.")
para("Table 3: Outcomes for suspects aged under 18, 2019/20 to 2023/24 combined", "B", 9, after=1)
table(["Outcome", "Number"],
      [["Charge / Summons", "41"],
       ["Youth Caution", "37"],
       ["Community Resolution / Youth Engagement", "58"],
       ["Informed Warning", "29"],
       ["No Further Action", "102"],
       ["Investigation ongoing", "9"],
       ["Total", "276"]],
      [100, 30], bold_last=True)

para("Request 4", "B", after=1)
para("Please break down the suspects aged under 18 by policing district for each year.", "I")
para("Answer", "B", after=1)
para("The information you have requested is exempt by virtue of Section 40(2) - Personal Information. "
     "Section 40(2) is an absolute exemption, which means that PSNI is not required to consider "
     "whether the public interest favours disclosure.")
para("Section 40(2) of FOIA exempts personal data about a third party where disclosure would "
     "breach any of the data protection principles. The numbers in Table 2 are small, and when split "
     "across the 11 policing districts a large majority of the cells would contain 0, 1 or 2 suspects. "
     "Combined with information already in the public domain, for example local media reports of "
     "court cases, and the knowledge of people in small communities, there is a real risk that the "
     "children concerned could be identified. This would be unfair to them and would contravene the "
     "first data protection principle at Article 5(1)(a) of the UK GDPR. Information relating to "
     "criminal allegations is also criminal offence data, which attracts additional protection.")
para("PSNI has therefore decided not to disclose a breakdown of these suspects by policing district.")

para("Notes", "B", after=1)
para("Figures are taken from the PSNI crime recording system and were extracted on 08/05/2024. They "
     "are provisional and may differ from figures published at a later date. Figures have been "
     "compiled in accordance with the Home Office Counting Rules. Offence figures include the "
     "offence of taking, making or distributing indecent images of children (Home Office code 86/2) "
     "and the offence of possession of an indecent photograph of a child.", size=9, h=4.5)

para("If you have any queries regarding your request or the decision please do not hesitate to "
     "contact us on 028 9070 0164. When contacting the Corporate Information Branch, please quote "
     "the reference number listed at the beginning of this letter.")
para("If you are dissatisfied in any way with the handling of your request, you have the right to "
     "request a review. You should do this as soon as possible or in any case within two months of "
     "the date of issue of this letter. In the event that you require a review to be undertaken, you "
     "can do so by writing to the Head of Corporate Information, PSNI Headquarters, 65 Knock Road, "
     "Belfast, BT5 6LE or by emailing foi@psni.police.uk.")
para("If following an internal review, carried out by an independent decision maker, you were to "
     "remain dissatisfied in any way with the handling of the request you may make a complaint, under "
     "Section 50 of the Freedom of Information Act, to the Information Commissioner's Office and ask "
     "that they investigate whether the PSNI has complied with the terms of the Freedom of "
     "Information Act. You can write to the Information Commissioner at Information Commissioner's "
     "Office, Wycliffe House, Water Lane, Wilmslow, Cheshire, SK9 5AF. In most circumstances the "
     "Information Commissioner will not investigate a complaint unless an internal review procedure "
     "has been carried out, however the Commissioner has the option to investigate the matter at "
     "his discretion.")
para("Please be advised that PSNI replies under Freedom of Information may be released into the "
     "public domain via our website @ www.psni.police.uk")
para("Personal details in respect of your request have, where applicable, been removed to protect "
     "confidentiality.")

pdf.output(str(HERE / "reply.pdf"))
