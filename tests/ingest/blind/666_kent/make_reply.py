"""Build reply.pdf: Kent Police FOI response letter 23-04471 with two tables (fpdf2)."""
from fpdf import FPDF
from fpdf.fonts import FontFace

REF = "23-04471"


class Letter(FPDF):
    def header(self):
        self.set_font("Helvetica", "", 8)
        self.set_text_color(100, 100, 100)
        self.cell(0, 4, "OFFICIAL", align="C", new_x="LMARGIN", new_y="NEXT")
        self.cell(0, 4, f"Kent Police - Freedom of Information - Our reference {REF}",
                  align="L")
        self.cell(0, 4, f"Page {self.page_no()} of {{nb}}", align="R",
                  new_x="LMARGIN", new_y="NEXT")
        self.ln(4)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-16)
        self.set_font("Helvetica", "", 7.5)
        self.set_text_color(100, 100, 100)
        self.multi_cell(0, 3.5,
                        "Kent Police Headquarters, Sutton Road, Maidstone, Kent ME15 9BZ\n"
                        "OFFICIAL", align="C")
        self.set_text_color(0, 0, 0)


pdf = Letter(format="A4")
pdf.alias_nb_pages()
pdf.set_margins(22, 14, 22)
pdf.set_auto_page_break(True, margin=24)
pdf.add_page()

pdf.set_font("Helvetica", "B", 18)
pdf.set_text_color(0, 38, 84)
pdf.cell(0, 9, "Kent Police", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Helvetica", "", 9)
pdf.cell(0, 4.5, "Information Management Unit - Freedom of Information", new_x="LMARGIN",
         new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(6)

pdf.set_font("Helvetica", "", 10)
for line in ["Our reference: " + REF, "Date: 11 July 2023"]:
    pdf.cell(0, 5, line, align="R", new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)


def para(text, style="", gap=3, size=10):
    pdf.set_font("Helvetica", style, size)
    pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(gap)


para("Dear Requester,")
para("Freedom of Information Act 2000 - Request Reference " + REF, style="B")
para("Thank you for your request for information received by Kent Police on 14 June 2023. "
     "I am writing to confirm that your request has now been completed.")
para("You asked:", style="B", gap=1)
para("\"Please provide the following for each of the last three complete financial years:\n"
     "(a) the number of offences recorded by Kent Police under Home Office codes 21 (sexual "
     "activity involving a child under 13), 22B (sexual activity involving a child under 16) "
     "and 73 (abuse of position of trust of a sexual nature);\n"
     "(b) how many of the offences in (a) were flagged as online or cyber-enabled;\n"
     "(c) how many of the offences in (a) took place on school premises.\"", style="I")
para("Response:", style="B", gap=1)
para("Kent Police can confirm that it holds information relevant to parts (a) and (b) of your "
     "request. The last three complete financial years are April 2020 to March 2023. The "
     "figures below are offences recorded in each financial year, extracted from the force "
     "crime recording system on 3 July 2023.")

para("Table 1 - Offences recorded, by Home Office code (part a)", style="B", gap=2, size=9.5)
grey = FontFace(emphasis="BOLD", fill_color=(220, 226, 236))
pdf.set_font("Helvetica", "", 9)
t1 = [
    ["Financial year", "21 - Sexual activity involving a child under 13",
     "22B - Sexual activity involving a child under 16",
     "73 - Abuse of position of trust of a sexual nature", "Total"],
    ["April 2020 - March 2021", "96", "341", "18", "455"],
    ["April 2021 - March 2022", "118", "402", "23", "543"],
    ["April 2022 - March 2023", "109", "387", "14", "510"],
    ["Total", "323", "1130", "55", "1508"],
]
with pdf.table(col_widths=(34, 34, 34, 34, 20), text_align=("LEFT", "CENTER", "CENTER",
               "CENTER", "CENTER"), headings_style=grey, line_height=5) as table:
    for r in t1:
        row = table.row()
        for c in r:
            row.cell(c)
pdf.ln(5)

para("Table 2 - Offences in Table 1 with the online flag applied (part b)", style="B", gap=2,
     size=9.5)
pdf.set_font("Helvetica", "", 9)
t2 = [
    ["Financial year", "21", "22B", "73"],
    ["April 2020 - March 2021", "<5", "47", "<5"],
    ["April 2021 - March 2022", "6", "58", "<5"],
    ["April 2022 - March 2023", "<5", "71", "5"],
]
with pdf.table(col_widths=(46, 30, 30, 30), width=136, align="LEFT",
               text_align=("LEFT", "CENTER", "CENTER", "CENTER"), headings_style=grey,
               line_height=5) as table:
    for r in t2:
        row = table.row()
        for c in r:
            row.cell(c)
pdf.ln(2)
para("To reduce the risk of identifying victims, figures lower than five have been shown "
     "as <5.", size=8.5, gap=5)

para("Part (c)", style="B", gap=1)
para("Kent Police does not record the type of premises at which an offence takes place in a "
     "way that identifies schools. In accordance with section 1(1)(a) of the Act, Kent Police "
     "therefore confirms that it does not hold information on the number of these offences "
     "that took place on school premises.")

para("Complaint rights", style="B", gap=1)
para("If you are dissatisfied with the handling of your request you may ask for an internal "
     "review. Please write to the Information Management Unit, quoting the reference above, "
     "within 40 working days of the date of this letter. If you remain dissatisfied following "
     "the review you may apply to the Information Commissioner's Office, Wycliffe House, Water "
     "Lane, Wilmslow, Cheshire SK9 5AF.")
para("Yours sincerely,", gap=8)
para("Disclosure Officer\nInformation Management Unit\nKent Police")

pdf.output("reply.pdf")
