"""Build reply.pdf: Dyfed-Powys Police FOI letter sent as a full Welsh version followed by a
full English version (each starting on a new page). Sexual offences against children
(victims under 18) recorded in calendar years 2023 and 2024, how many carried the online flag
(small table, years across), and a s.12(1) cost refusal for the apps/platforms question whose
hours estimate states the combined 2023-2024 online-flagged total."""
from pathlib import Path
from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = Path(__file__).resolve().parent
FONTS = "/usr/share/fonts/truetype/liberation/"
REF = "FOI 0192/25"


class Letter(FPDF):
    lang = "cy"

    def header(self):
        self.page_lang = getattr(self, "page_lang", {})
        self.page_lang[self.page_no()] = self.lang
        self.set_font("Sans", "B", 15)
        self.set_text_color(0, 45, 98)
        self.cell(0, 7, "Heddlu Dyfed-Powys Police", new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.set_font("Sans", "", 8)
        if self.lang == "cy":
            lines = ("Uned Datgelu Gwybodaeth",
                     "Pencadlys yr Heddlu, Blwch Post 99, Llangynnwr, Caerfyrddin SA31 2PF",
                     "accesstoinformation@dyfed-powys.police.uk")
        else:
            lines = ("Information Disclosure Unit",
                     "Police Headquarters, PO Box 99, Llangunnor, Carmarthen SA31 2PF",
                     "accesstoinformation@dyfed-powys.police.uk")
        for line in lines:
            self.cell(0, 3.8, line, new_x="LMARGIN", new_y="NEXT")
        y = self.get_y() + 2
        self.set_draw_color(0, 45, 98)
        self.line(self.l_margin, y, self.w - self.r_margin, y)
        self.ln(7)

    def footer(self):
        self.set_y(-16)
        self.set_font("Sans", "I", 7.5)
        self.set_text_color(100, 100, 100)
        self.cell(0, 4, "Rydym yn croesawu gohebiaeth yn Gymraeg a Saesneg. "
                        "We welcome correspondence in Welsh and English.",
                  align="C", new_x="LMARGIN", new_y="NEXT")
        self.set_font("Sans", "", 7.5)
        if self.page_lang.get(self.page_no()) == "cy":
            self.cell(0, 4, f"Tudalen {self.page_no()} o {{nb}}", align="C")
        else:
            self.cell(0, 4, f"Page {self.page_no()} of {{nb}}", align="C")
        self.set_text_color(0, 0, 0)


pdf = Letter(format="A4")
pdf.add_font("Sans", "", FONTS + "LiberationSans-Regular.ttf")
pdf.add_font("Sans", "B", FONTS + "LiberationSans-Bold.ttf")
pdf.add_font("Sans", "I", FONTS + "LiberationSans-Italic.ttf")
pdf.set_margins(20, 12, 20)
pdf.set_auto_page_break(True, margin=20)
pdf.set_title(f"Ymateb RhG / FOI Response {REF}")
pdf.set_author("Heddlu Dyfed-Powys Police")


def para(text, style="", size=9.5, after=2.5):
    pdf.set_font("Sans", style, size)
    pdf.multi_cell(0, 4.6, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(after)


def table(rows):
    pdf.set_font("Sans", "", 9.5)
    head = FontFace(emphasis="BOLD", fill_color=(222, 230, 242))
    with pdf.table(col_widths=(90, 30, 30), text_align=("LEFT", "CENTER", "CENTER"),
                   headings_style=head, line_height=6, width=150) as t:
        for r in rows:
            row = t.row()
            for c in r:
                row.cell(c)
    pdf.ln(4)


TEXT = {
    "cy": {
        "refline": f"Ein cyf: {REF}",
        "date": "Dyddiad: 14 Chwefror 2025",
        "dear": "Annwyl Ymgeisydd,",
        "title": "Cais Rhyddid Gwybodaeth",
        "intro": ("Diolch am eich cais am wybodaeth, a dderbyniwyd gan Heddlu Dyfed-Powys ar "
                  "20 Ionawr 2025. Rydym wedi ystyried eich cais o dan Ddeddf Rhyddid "
                  "Gwybodaeth 2000 (y Ddeddf)."),
        "req_h": "Eich cais",
        "req": ["1. Faint o droseddau rhywiol lle'r oedd y dioddefwr o dan 18 oed a gofnodwyd "
                "gan Heddlu Dyfed-Powys ym mlynyddoedd calendr 2023 a 2024?",
                "2. O'r troseddau hynny, faint oedd wedi'u nodi â'r faner ar-lein (seiber)?",
                "3. Ar gyfer y troseddau â baner ar-lein, pa apiau neu lwyfannau cyfryngau "
                "cymdeithasol a ddefnyddiwyd, a faint o droseddau ar gyfer pob ap neu lwyfan?"],
        "resp_h": "Ein hymateb",
        "resp": ("Mae Heddlu Dyfed-Powys yn cadarnhau ei fod yn dal gwybodaeth sy'n berthnasol "
                 "i'ch cais. Mae'r atebion i gwestiynau 1 a 2 yn y tabl isod."),
        "rows": [("", "2023", "2024"),
                 ("Troseddau rhywiol - dioddefwr dan 18 oed", "412", "447"),
                 ("Gyda baner ar-lein", "98", "116")],
        "tnote": ("Mae'r ffigurau'n seiliedig ar y dyddiad y cofnodwyd y drosedd ac ar oedran y "
                  "dioddefwr ar adeg y drosedd. Data wedi'u tynnu o Niche RMS ar 5 Chwefror 2025."),
        "q3_h": "Cwestiwn 3",
        "q3": ("Nid yw'r ap neu'r llwyfan a ddefnyddiwyd yn cael ei gofnodi mewn maes y gellir "
               "chwilio arno ar ein system cofnodi troseddau. Er mwyn ateb y cwestiwn hwn byddai "
               "angen darllen â llaw bob un o'r 214 o gofnodion troseddau â baner ar-lein a "
               "gofnodwyd yn 2023 a 2024. Amcangyfrifir y byddai hyn yn cymryd 10 munud ar gyfer "
               "pob cofnod, sef tua 36 awr, sy'n fwy na'r terfyn priodol o 18 awr. Felly mae "
               "adran 12(1) y Ddeddf yn berthnasol i'r rhan hon o'ch cais, ac mae'r llythyr hwn "
               "yn gweithredu fel hysbysiad gwrthod o dan adran 17(5)."),
        "advice": ("Cyngor a chymorth: os byddwch yn cyfyngu'ch cais i gyfnod byrrach, er enghraifft "
                   "un mis, efallai y byddwn yn gallu ystyried cais newydd o fewn y terfyn cost."),
        "appeal_h": "Yr hawl i apelio",
        "appeal": ("Os ydych yn anfodlon ar yr ymateb hwn, gallwch ofyn am adolygiad mewnol o fewn "
                   "40 diwrnod gwaith drwy ysgrifennu at yr Uned Datgelu Gwybodaeth yn y cyfeiriad "
                   "uchod. Os byddwch yn parhau'n anfodlon wedi hynny, gallwch gwyno i Swyddfa'r "
                   "Comisiynydd Gwybodaeth, 2il Lawr, Tŷ Churchill, 17 Ffordd Churchill, Caerdydd "
                   "CF10 2HH."),
        "sign": ["Yn gywir,", "", "Uned Datgelu Gwybodaeth", "Heddlu Dyfed-Powys"],
        "next": "Mae'r fersiwn Saesneg o'r llythyr hwn yn dilyn.",
    },
    "en": {
        "refline": f"Our ref: {REF}",
        "date": "Date: 14 February 2025",
        "dear": "Dear Applicant,",
        "title": "Freedom of Information Request",
        "intro": ("Thank you for your request for information, which Dyfed-Powys Police received "
                  "on 20 January 2025. We have considered your request under the Freedom of "
                  "Information Act 2000 (the Act)."),
        "req_h": "Your request",
        "req": ["1. How many sexual offences where the victim was aged under 18 were recorded by "
                "Dyfed-Powys Police in the calendar years 2023 and 2024?",
                "2. Of those offences, how many were marked with the online (cyber) flag?",
                "3. For the online-flagged offences, which apps or social media platforms were "
                "used, and how many offences for each app or platform?"],
        "resp_h": "Our response",
        "resp": ("Dyfed-Powys Police confirms that it holds information relevant to your request. "
                 "The answers to questions 1 and 2 are in the table below."),
        "rows": [("", "2023", "2024"),
                 ("Sexual offences - victim under 18", "412", "447"),
                 ("With online flag", "98", "116")],
        "tnote": ("Figures are based on the date the crime was recorded and on the victim's age at "
                  "the time of the offence. Data extracted from Niche RMS on 5 February 2025."),
        "q3_h": "Question 3",
        "q3": ("The app or platform used is not recorded in a searchable field on our crime "
               "recording system. To answer this question we would have to read manually each of "
               "the 214 online-flagged crime records created in 2023 and 2024. We estimate this "
               "would take 10 minutes per record, around 36 hours, which is more than the "
               "appropriate limit of 18 hours. Section 12(1) of the Act therefore applies to this "
               "part of your request, and this letter acts as a refusal notice under section 17(5)."),
        "advice": ("Advice and assistance: if you narrow your request to a shorter period, for "
                   "example one month, we may be able to consider a new request within the cost "
                   "limit."),
        "appeal_h": "Right of appeal",
        "appeal": ("If you are dissatisfied with this response you may ask for an internal review "
                   "within 40 working days by writing to the Information Disclosure Unit at the "
                   "address above. If you remain dissatisfied after that, you may complain to the "
                   "Information Commissioner's Office, 2nd Floor, Churchill House, 17 Churchill "
                   "Way, Cardiff CF10 2HH."),
        "sign": ["Yours sincerely,", "", "Information Disclosure Unit", "Dyfed-Powys Police"],
        "next": None,
    },
}

for lang in ("cy", "en"):
    T = TEXT[lang]
    pdf.lang = lang
    pdf.add_page()
    pdf.set_font("Sans", "", 10)
    pdf.cell(0, 5, T["refline"], new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 5, T["date"], new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)
    para(T["dear"], after=3)
    para(T["title"], style="B", size=11, after=2)
    para(T["intro"])
    para(T["req_h"], style="B", after=1.5)
    for q in T["req"]:
        para(q, after=1.5)
    pdf.ln(2)
    para(T["resp_h"], style="B", after=1.5)
    para(T["resp"])
    table(T["rows"])
    para(T["tnote"], style="I", size=8.5, after=4)
    para(T["q3_h"], style="B", after=1.5)
    para(T["q3"])
    para(T["advice"])
    para(T["appeal_h"], style="B", after=1.5)
    para(T["appeal"], after=5)
    for s in T["sign"]:
        para(s, after=0.5)
    if T["next"]:
        pdf.ln(6)
        para(T["next"], style="I", size=9)

pdf.output(str(HERE / "reply.pdf"))
print("wrote", HERE / "reply.pdf", pdf.page_no(), "pages")
