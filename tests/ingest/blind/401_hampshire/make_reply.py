"""Build reply.pdf: Hampshire and Isle of Wight Constabulary FOI letter - child sexual offences by
Home Office code and financial year; the table runs over a page break with its heading repeated."""
from pathlib import Path
from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = Path(__file__).resolve().parent
FONTS = "/usr/share/fonts/truetype/liberation/"
REF = "HC/FOI/24/1187"


class Letter(FPDF):
    def header(self):
        self.set_font("Sans", "B", 8)
        self.set_text_color(120, 0, 0)
        self.cell(0, 4, "OFFICIAL", align="C", new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        if self.page_no() == 1:
            self.ln(2)
            self.set_font("Sans", "B", 15)
            self.set_text_color(0, 45, 98)
            self.cell(0, 7, "Hampshire and Isle of Wight Constabulary", new_x="LMARGIN", new_y="NEXT")
            self.set_text_color(0, 0, 0)
            self.set_font("Sans", "", 8.5)
            for line in ("Public Access Office", "Police Headquarters, Mottisfont Court",
                         "Tower Street, Winchester SO23 8ZD", "Email: publicaccess@hampshire.police.uk"):
                self.cell(0, 4.2, line, new_x="LMARGIN", new_y="NEXT")
            self.line(self.l_margin, self.get_y() + 2, self.w - self.r_margin, self.get_y() + 2)
            self.ln(6)
        else:
            self.set_font("Sans", "", 8)
            self.cell(0, 4, f"Freedom of Information Request {REF}", align="R", new_x="LMARGIN", new_y="NEXT")
            self.ln(4)

    def footer(self):
        self.set_y(-16)
        self.set_font("Sans", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, "Hampshire and Isle of Wight Constabulary - Making Hampshire and the Isle of Wight safer",
                  align="L", new_x="LMARGIN", new_y="NEXT")
        self.cell(0, 4, f"Page {self.page_no()} of {{nb}}", align="R")
        self.set_text_color(0, 0, 0)


pdf = Letter(format="A4")
pdf.add_font("Sans", "", FONTS + "LiberationSans-Regular.ttf")
pdf.add_font("Sans", "B", FONTS + "LiberationSans-Bold.ttf")
pdf.add_font("Sans", "I", FONTS + "LiberationSans-Italic.ttf")
pdf.set_margins(22, 12, 22)
pdf.set_auto_page_break(True, margin=24)
pdf.add_page()

HEAD = FontFace(emphasis="BOLD", fill_color=(222, 228, 240))
BOLD = FontFace(emphasis="BOLD")


def para(text, style="", size=10, after=3):
    pdf.set_font("Sans", style, size)
    pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(after)


pdf.set_font("Sans", "", 10)
pdf.cell(0, 5, f"Our Ref: {REF}", new_x="LMARGIN", new_y="NEXT")
pdf.cell(0, 5, "Date: 4 June 2024", new_x="LMARGIN", new_y="NEXT")
pdf.ln(5)
para("Dear Sir/Madam")
para("Freedom of Information Act 2000 - Request Reference HC/FOI/24/1187", style="B")
para("Thank you for your email dated 7 May 2024, in which you made a request for information under "
     "the Freedom of Information Act 2000 (the Act). Your request has now been considered and the "
     "response is set out below.")
para("Your request", style="B", after=1)
pdf.set_x(30)
pdf.set_font("Sans", "I", 10)
pdf.multi_cell(144, 5,
    "\"Please could you tell me, for each of the last three financial years (2021/22, 2022/23 and "
    "2023/24), how many crimes your force recorded under each of the following Home Office offence "
    "codes, where the victim was a child:\n"
    "- Rape of a female child under 13\n"
    "- Rape of a male child under 13\n"
    "- Sexual activity involving a child under 13\n"
    "- Sexual activity involving a child under 16\n"
    "- Sexual communication with a child\n"
    "- Abuse of position of trust of a sexual nature\n"
    "- Sexual grooming\n"
    "If possible, please include a total for each year.\"",
    new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)
para("Our response", style="B", after=1)
para("Hampshire and Isle of Wight Constabulary can confirm that it holds information relevant to your "
     "request. Searches have been carried out on our crime recording system, RMS, and the figures are "
     "provided in the table below. Each crime is counted once, under the Home Office offence code it "
     "was classified to at the time the data was extracted. The figures show crimes recorded in each "
     "financial year (1 April to 31 March), not the date on which the offence took place, which in a "
     "number of cases will be some years earlier.")
para("All crimes recorded under the codes listed have a victim under 18 at the time of the offence, "
     "either because the offence itself can only be committed against a child or because our "
     "search was limited to crimes with a victim aged under 18. Where a crime has more than one "
     "victim it is counted once only.")
para("Please note that the figures below are taken from a live system and may differ slightly from "
     "those published by the Home Office or the Office for National Statistics, which are frozen at "
     "a point in time.")

pdf.set_font("Sans", "B", 9.5)
pdf.cell(0, 6, "Table 1: Crimes recorded with a child victim, by Home Office offence code",
         new_x="LMARGIN", new_y="NEXT")

rows = [
    ("HO Code", "Offence description", "2021/22", "2022/23", "2023/24", "Total"),
    ("019E", "Rape of a female child under 13", "71", "64", "78", "213"),
    ("019H", "Rape of a male child under 13", "22", "18", "25", "65"),
    ("021", "Sexual activity involving a child under 13", "118", "131", "126", "375"),
    ("022B", "Sexual activity involving a child under 16", "402", "437", "455", "1,294"),
    ("071/17", "Sexual communication with a child", "188", "205", "231", "624"),
    ("073", "Abuse of position of trust of a sexual nature", "19", "14", "23", "56"),
    ("088A", "Sexual grooming", "6", "-", "3", "9"),
    ("", "Total", "826", "869", "941", "2,636"),
]
pdf.set_font("Sans", "", 9.5)
with pdf.table(col_widths=(18, 62, 20, 20, 20, 20), headings_style=HEAD, line_height=6.2,
               text_align=("LEFT", "LEFT", "CENTER", "CENTER", "CENTER", "CENTER"),
               repeat_headings=1) as t:
    for i, r in enumerate(rows):
        row = t.row()
        for c in r:
            row.cell(c, style=BOLD if i == len(rows) - 1 else None)
pdf.ln(1)
para("'-' denotes a nil return: no crimes were recorded under that code in the year.", size=8.5)

para("Notes", style="B", after=1)
para("Sexual grooming (088A) relates to meeting a child following sexual grooming. Since April 2017 "
     "most online approaches to children are recorded under code 071/17 (sexual communication with a "
     "child), which accounts for the low number of 088A crimes.", size=9)
para("Data was extracted on 22 May 2024.", size=9)

para("Complaint rights", style="B", after=1)
para("If you are dissatisfied with this response you may ask for an internal review by writing to "
     "the Public Access Office at the address above within 40 working days of the date of this "
     "letter. If you remain dissatisfied after the review you may complain to the Information "
     "Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF "
     "(telephone 0303 123 1113).", size=9.5)
para("Yours faithfully", after=8)
para("Public Access Office\nHampshire and Isle of Wight Constabulary", after=0)

pdf.output(str(HERE / "reply.pdf"))
