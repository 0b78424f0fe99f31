"""Build reply.pdf: a Gwent Police FOI response letter with a drawn table (fpdf2)."""
from fpdf import FPDF
from fpdf.fonts import FontFace

YEARS = ["2021-22", "2022-23", "2023-24", "2024-25 YTD"]
# code, description, figures per year (0 printed as '-')
ROWS = [
    ("19D", "Rape of a female child under 16", [38, 45, 41, 17]),
    ("19E", "Rape of a female child under 13", [29, 33, 27, 12]),
    ("19G", "Rape of a male child under 16", [6, 4, 7, 0]),
    ("19H", "Rape of a male child under 13", [9, 0, 5, 3]),
    ("21", "Sexual activity involving a child under 13", [17, 21, 19, 8]),
    ("22B", "Sexual activity involving a child under 16", [64, 71, 58, 30]),
    ("71/17", "Sexual communication with a child", [52, 68, 74, 39]),
    ("86/2", "Take, make or distribute indecent photographs of children", [143, 161, 176, 84]),
]


def cell(n):
    return "-" if n == 0 else f"{n:,}"


class Letter(FPDF):
    def header(self):
        self.set_font("Helvetica", "B", 13)
        self.cell(0, 7, "Gwent Police | Heddlu Gwent", new_x="LMARGIN", new_y="NEXT", align="R")
        self.set_font("Helvetica", "", 8)
        self.cell(0, 4, "Freedom of Information Unit | Uned Rhyddid Gwybodaeth", new_x="LMARGIN", new_y="NEXT", align="R")
        self.cell(0, 4, "Police Headquarters, Croesyceiliog, Cwmbran NP44 2XJ", new_x="LMARGIN", new_y="NEXT", align="R")
        self.ln(6)

    def footer(self):
        self.set_y(-15)
        self.set_font("Helvetica", "", 8)
        self.cell(0, 5, "We welcome correspondence in Welsh. Rydym yn croesawu gohebiaeth yn Gymraeg.", align="L")
        self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="R")


def para(pdf, text, bold=False, gap=2):
    pdf.set_font("Helvetica", "B" if bold else "", 10)
    pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(gap)


def main():
    pdf = Letter(format="A4")
    pdf.set_margins(20, 15, 20)
    pdf.set_auto_page_break(True, margin=20)
    pdf.alias_nb_pages()
    pdf.add_page()

    pdf.set_font("Helvetica", "", 10)
    pdf.cell(0, 5, "Our Reference: FOI 2024/1188", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 5, "Date: 17 October 2024", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)
    para(pdf, "Dear Applicant,")
    para(pdf, "FREEDOM OF INFORMATION ACT 2000 - REQUEST FOR INFORMATION", bold=True)
    para(pdf, "Thank you for your request for information received on 23 September 2024. Your "
              "request has been considered under the Freedom of Information Act 2000 and I am "
              "now able to respond.")
    para(pdf, "Request", bold=True, gap=0)
    para(pdf, '"Please provide the number of the following offences recorded by Gwent Police in each '
              'of the last three financial years, and in the current financial year to date, broken '
              'down by Home Office offence code: rape of a child under 16 and under 13 (female and '
              'male), sexual activity involving a child under 13 and under 16, sexual communication '
              'with a child, and taking, making or distributing indecent photographs of children."')
    para(pdf, "Response", bold=True, gap=0)
    para(pdf, "Gwent Police can confirm that it holds the information you have requested. Please "
              "see the table below.")

    headings = ["HO Code", "Offence"] + YEARS + ["Total"]
    data = [headings]
    col_tot = [0] * len(YEARS)
    for code, desc, figs in ROWS:
        data.append([code, desc] + [cell(n) for n in figs] + [cell(sum(figs))])
        col_tot = [a + b for a, b in zip(col_tot, figs)]
    data.append(["", "Total"] + [cell(n) for n in col_tot] + [cell(sum(col_tot))])

    pdf.set_font("Helvetica", "", 8.5)
    grey = (220, 220, 220)
    with pdf.table(
        col_widths=(14, 58, 17, 17, 17, 20, 17),
        text_align=("LEFT", "LEFT", "CENTER", "CENTER", "CENTER", "CENTER", "CENTER"),
        headings_style=FontFace(emphasis="BOLD", fill_color=grey),
        line_height=5,
        borders_layout="ALL",
    ) as table:
        for i, r in enumerate(data):
            row = table.row()
            for c in r:
                if i == len(data) - 1:
                    row.cell(c, style=FontFace(emphasis="BOLD"))
                else:
                    row.cell(c)
    pdf.ln(3)
    pdf.set_font("Helvetica", "", 8.5)
    for note in [
        "- denotes that no offences were recorded.",
        "2024-25 YTD covers the period 1 April 2024 to 30 September 2024 only.",
        "Figures are for crimes recorded on the force's Niche system and are based on the date the "
        "crime was recorded, not the date of the offence. Data extracted 08/10/2024.",
        "Offences under code 86/2 relate to indecent images and are not linked to an identified "
        "child victim in every case.",
    ]:
        pdf.multi_cell(0, 4.5, note, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)

    para(pdf, "Please note that crime figures held by Gwent Police are subject to change as "
              "investigations progress, for example where an offence is reclassified or cancelled. "
              "The figures above were accurate at the time of extraction.")
    para(pdf, "Complaint Rights", bold=True, gap=0)
    para(pdf, "If you are not satisfied with this response you have the right to request an internal "
              "review. Requests should be made in writing within 40 working days of the date of this "
              "letter to the Freedom of Information Unit at the address above, or by e-mail to "
              "foi@gwent.police.uk.")
    para(pdf, "If you remain dissatisfied following the internal review, you may apply to the "
              "Information Commissioner, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF "
              "(telephone 0303 123 1113).")
    para(pdf, "Yours sincerely,")
    para(pdf, "Freedom of Information Officer\nGwent Police")
    pdf.output("reply.pdf")


if __name__ == "__main__":
    main()
