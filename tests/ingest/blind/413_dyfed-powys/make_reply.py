"""Build reply.pdf: Dyfed-Powys Police bilingual (Welsh first, then English) FOI letter -
indecent images of children (86/2) crimes with a suspect under 18, and how many were charged,
for 2022-23 and 2023-24, in a drawn table with bilingual headings; Snapchat question not held."""
from pathlib import Path
from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = Path(__file__).resolve().parent
FONTS = "/usr/share/fonts/truetype/liberation/"
REF = "FOI 0734/24"


class Letter(FPDF):
    def header(self):
        if self.page_no() == 1:
            self.set_font("Sans", "B", 16)
            self.set_text_color(0, 51, 102)
            self.cell(0, 8, "Heddlu Dyfed-Powys Police", new_x="LMARGIN", new_y="NEXT")
            self.set_text_color(0, 0, 0)
            self.set_font("Sans", "", 8.5)
            for line in ("Uned Rhyddid Gwybodaeth / Freedom of Information Unit",
                         "Pencadlys yr Heddlu, Llangynnwr, Caerfyrddin SA31 2PF",
                         "Police Headquarters, Llangunnor, Carmarthen SA31 2PF",
                         "E-bost / Email: rhyddidgwybodaeth@dyfed-powys.police.uk"):
                self.cell(0, 4.2, line, new_x="LMARGIN", new_y="NEXT")
            self.line(self.l_margin, self.get_y() + 2, self.w - self.r_margin, self.get_y() + 2)
            self.ln(6)
        else:
            self.set_font("Sans", "", 8)
            self.cell(0, 4, f"Ein cyf / Our ref: {REF}", align="R", new_x="LMARGIN", new_y="NEXT")
            self.ln(4)

    def footer(self):
        self.set_y(-17)
        self.set_font("Sans", "I", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, "Rydym yn croesawu gohebiaeth yn Gymraeg a Saesneg / "
                        "We welcome correspondence in Welsh and English",
                  align="C", new_x="LMARGIN", new_y="NEXT")
        self.set_font("Sans", "", 7.5)
        self.cell(0, 4, f"Tudalen {self.page_no()} o {{nb}} / Page {self.page_no()} of {{nb}}", align="C")
        self.set_text_color(0, 0, 0)


pdf = Letter(format="A4")
pdf.add_font("Sans", "", FONTS + "LiberationSans-Regular.ttf")
pdf.add_font("Sans", "B", FONTS + "LiberationSans-Bold.ttf")
pdf.add_font("Sans", "I", FONTS + "LiberationSans-Italic.ttf")
pdf.set_margins(22, 14, 22)
pdf.set_auto_page_break(True, margin=26)
pdf.add_page()


def para(text, style="", size=10, after=3):
    pdf.set_font("Sans", style, size)
    pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(after)


def pair(cy, en, style_cy="", style_en="I", after=4):
    """Welsh paragraph, then the same in English in italics."""
    para(cy, style=style_cy, after=1.5)
    para(en, style=style_en, after=after)


pdf.set_font("Sans", "", 10)
pdf.cell(0, 5, f"Ein cyf / Our ref: {REF}", new_x="LMARGIN", new_y="NEXT")
pdf.cell(0, 5, "Dyddiad / Date: 11 Gorffennaf 2024 / 11 July 2024", new_x="LMARGIN", new_y="NEXT")
pdf.ln(5)
para("Annwyl Ymgeisydd / Dear Applicant", after=4)
para("Cais Rhyddid Gwybodaeth / Freedom of Information Request - " + REF, style="B", after=4)
pair("Diolch am eich cais am wybodaeth a dderbyniwyd gan Heddlu Dyfed-Powys ar 13 Mehefin 2024. "
     "Ymdriniwyd â'ch cais o dan Ddeddf Rhyddid Gwybodaeth 2000 (y Ddeddf).",
     "Thank you for your request for information, received by Dyfed-Powys Police on 13 June 2024. "
     "Your request has been dealt with under the Freedom of Information Act 2000 (the Act).")

para("Eich cais / Your request", style="B", after=1)
pdf.set_x(30)
pdf.set_font("Sans", "", 10)
pdf.multi_cell(140, 5,
    "1. For the financial years 2022-23 and 2023-24, how many crimes of taking, making or "
    "distributing indecent images of children (Home Office code 86/2) were recorded where the "
    "suspect was aged under 18?\n"
    "2. Of these, how many resulted in the suspect being charged?\n"
    "3. How many of these crimes involved images shared through Snapchat?",
    new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)

para("Ymateb / Response", style="B", after=1)
pair("Cwestiynau 1 a 2: Mae Heddlu Dyfed-Powys yn cadarnhau ei fod yn dal y wybodaeth y gofynnoch "
     "amdani. Mae'r wybodaeth i'w gweld yn y tabl isod.",
     "Questions 1 and 2: Dyfed-Powys Police confirms that it holds the information you requested. "
     "The information is shown in the table below.")

HEAD = FontFace(emphasis="BOLD", fill_color=(214, 226, 240))
pdf.set_font("Sans", "", 9.5)
with pdf.table(col_widths=(40, 80, 46), headings_style=HEAD, line_height=5,
               text_align=("LEFT", "CENTER", "CENTER"), width=166, padding=1.5) as table:
    for cells in (
        ("Blwyddyn Ariannol\nFinancial Year",
         "Troseddau 86/2 - sawl a ddrwgdybir dan 18 oed\n86/2 crimes - suspect aged under 18",
         "Cyhuddwyd\nCharged"),
        ("2022-23", "38", "<5"),
        ("2023-24", "45", "6"),
    ):
        row = table.row()
        for c in cells:
            row.cell(c)
pdf.ln(3)
pdf.set_font("Sans", "", 8.5)
pdf.multi_cell(0, 4.2,
    "Nodyn: Lle bo nifer yn llai na 5, fe'i dangosir fel <5 er mwyn lleihau'r risg o adnabod unigolion.\n"
    "Note: Where a number is fewer than 5 it is shown as <5 to reduce the risk of individuals being identified.",
    new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)

pair("Mae'r ffigurau'n cyfeirio at droseddau a gofnodwyd rhwng 1 Ebrill 2022 a 31 Mawrth 2024 lle "
     "roedd y sawl a ddrwgdybir o dan 18 oed ar adeg y drosedd. Cofnodwyd cyfanswm o 83 o droseddau o'r "
     "fath dros y ddwy flynedd ariannol. Mae'r golofn 'Cyhuddwyd' yn dangos nifer y troseddau lle "
     "cyhuddwyd o leiaf un person a ddrwgdybir, fel yr oedd ar 4 Gorffennaf 2024.",
     "The figures relate to crimes recorded between 1 April 2022 and 31 March 2024 where the suspect was "
     "aged under 18 at the time of the offence. A total of 83 such crimes were recorded over the two "
     "financial years. The 'Charged' column shows the number of crimes in which at least one suspect "
     "had been charged, as at 4 July 2024.")

pair("Cwestiwn 3: Nid yw Heddlu Dyfed-Powys yn dal y wybodaeth hon. Nid yw'r platfform na'r ap a "
     "ddefnyddiwyd yn cael ei gofnodi mewn maes y gellir chwilio amdano ar ein system cofnodi troseddau, "
     "ac felly nid yw'r wybodaeth yn cael ei chadw at ddibenion Adran 1(1)(a) y Ddeddf.",
     "Question 3: Dyfed-Powys Police does not hold this information. The platform or app used is not "
     "recorded in a searchable field on our crime recording system, and the information is therefore "
     "not held for the purposes of Section 1(1)(a) of the Act.")

para("Eich hawliau / Your rights", style="B", after=1)
pair("Os ydych yn anfodlon â'r ffordd yr ymdriniwyd â'ch cais, mae gennych hawl i ofyn am adolygiad "
     "mewnol. Dylid gwneud hyn yn ysgrifenedig o fewn 40 diwrnod gwaith i ddyddiad y llythyr hwn, at yr "
     "Uned Rhyddid Gwybodaeth yn y cyfeiriad uchod. Os ydych yn parhau i fod yn anfodlon ar ôl yr "
     "adolygiad mewnol, gallwch gwyno i Swyddfa'r Comisiynydd Gwybodaeth, 2il Lawr, Tŷ Churchill, "
     "Ffordd Churchill, Caerdydd CF10 2HH.",
     "If you are dissatisfied with the way your request has been handled, you have the right to ask for "
     "an internal review. This should be made in writing within 40 working days of the date of this "
     "letter, to the Freedom of Information Unit at the address above. If you remain dissatisfied after "
     "the internal review, you may complain to the Information Commissioner's Office, 2nd Floor, "
     "Churchill House, Churchill Way, Cardiff CF10 2HH.")

pair("Hawlfraint: Mae'r wybodaeth a ddarperir yn destun hawlfraint Heddlu Dyfed-Powys. Gellir ei "
     "defnyddio at ddibenion anfasnachol, ond mae angen caniatâd ar gyfer unrhyw ailddefnydd arall.",
     "Copyright: The information supplied is subject to the copyright of Dyfed-Powys Police. It may be "
     "used for non-commercial purposes, but permission is needed for any other re-use.")

para("Yn gywir / Yours sincerely", after=6)
para("Uned Rhyddid Gwybodaeth / Freedom of Information Unit\nHeddlu Dyfed-Powys Police", after=0)

pdf.output(str(HERE / "reply.pdf"))
