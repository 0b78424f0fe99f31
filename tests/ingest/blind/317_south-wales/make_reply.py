"""Build reply.docx: South Wales Police FOI letter with two real Word tables."""
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(11)
sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.2)

hp = sec.header.paragraphs[0]
hp.text = "OFFICIAL"
hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
h2 = sec.header.add_paragraph("Heddlu De Cymru  |  South Wales Police")
h2.alignment = WD_ALIGN_PARAGRAPH.RIGHT
h2.runs[0].bold = True
fp = sec.footer.paragraphs[0]
fp.text = "OFFICIAL"
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
f2 = sec.footer.add_paragraph("Rydym yn croesawu gohebiaeth yn Gymraeg / We welcome correspondence in Welsh")
f2.alignment = WD_ALIGN_PARAGRAPH.CENTER

for line in ["Freedom of Information Unit", "South Wales Police Headquarters", "Cowbridge Road",
             "Bridgend", "CF31 3SU"]:
    p = doc.add_paragraph(line)
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.paragraph_format.space_after = Pt(0)
doc.add_paragraph()
for line in ["Our Ref: FOI 0742/24", "Date: 12 June 2024"]:
    p = doc.add_paragraph(line)
    p.paragraph_format.space_after = Pt(0)
doc.add_paragraph()
doc.add_paragraph("Dear Requester,")
p = doc.add_paragraph()
p.add_run("FREEDOM OF INFORMATION ACT 2000 – REQUEST FOR INFORMATION").bold = True
doc.add_paragraph("I write in connection with your request for information received by South Wales "
                  "Police on 15 May 2024, in which you asked:")
q = doc.add_paragraph("“For each of the last three financial years (2021/22, 2022/23 and 2023/24), please "
                      "provide the number of recorded offences of:")
q.paragraph_format.left_indent = Cm(1)
for item in ["(a) rape of a female child under 13;", "(b) rape of a male child under 13;",
             "(c) sexual activity involving a child under 13;",
             "(d) sexual activity involving a child under 16."]:
    pi = doc.add_paragraph(item)
    pi.paragraph_format.left_indent = Cm(1.5)
    pi.paragraph_format.space_after = Pt(0)
q2 = doc.add_paragraph("For (c) and (d), please also break the figures down by the gender of the victim.”")
q2.paragraph_format.left_indent = Cm(1)
doc.add_paragraph("Following receipt of your request, searches were conducted with the Performance and "
                  "Analytics Department. I can confirm that the information you have requested is held "
                  "by South Wales Police and it is provided below.")

doc.add_paragraph().add_run("Table 1 – Recorded offences by Home Office offence code").bold = True
cols = ["Offence (Home Office code)", "Apr 2021 – Mar 2022", "Apr 2022 – Mar 2023", "Apr 2023 – Mar 2024"]
t1 = [("Rape of a female child under 13 (19E)", 88, 97, 92),
      ("Rape of a male child under 13 (19H)", 26, 29, 31),
      ("Sexual activity involving a child under 13 (21)", 54, 61, 49),
      ("Sexual activity involving a child under 16 (22B)", 173, 188, 166),
      ("Total", 341, 375, 338)]
tab = doc.add_table(rows=1, cols=4)
tab.style = "Table Grid"
tab.alignment = WD_TABLE_ALIGNMENT.CENTER
for i, c in enumerate(cols):
    cell = tab.rows[0].cells[i]
    cell.text = ""
    cell.paragraphs[0].add_run(c).bold = True
for row in t1:
    cells = tab.add_row().cells
    for i, v in enumerate(row):
        cells[i].text = str(v)
        if i:
            cells[i].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
        if row[0] == "Total":
            for r in cells[i].paragraphs[0].runs:
                r.bold = True
doc.add_paragraph("Figures are for crimes recorded between 1 April and 31 March of each year and were "
                  "extracted from the Niche records management system on 3 June 2024.")
doc.add_paragraph("Please be aware that the April 2022 – March 2023 figure for rape of a male child under "
                  "13 (19H) shown above differs from the figure of 32 released in our response to FOI "
                  "1123/23. Following a crime data integrity audit, three crimes were reclassified to other "
                  "offence codes. The figure of 29 shown in Table 1 should now be regarded as correct.")

doc.add_paragraph().add_run("Table 2 – Offences at (c) and (d) by gender of victim").bold = True
tab2 = doc.add_table(rows=1, cols=5)
tab2.style = "Table Grid"
tab2.alignment = WD_TABLE_ALIGNMENT.CENTER
for i, c in enumerate(["Home Office code", "Victim gender"] + cols[1:]):
    cell = tab2.rows[0].cells[i]
    cell.text = ""
    cell.paragraphs[0].add_run(c).bold = True
t2 = [("21", [("Female", 41, 47, 38), ("Male", 12, 13, 11), ("Unknown", "*", "*", "-")]),
      ("22B", [("Female", 151, 160, 143), ("Male", 20, 25, 21), ("Unknown", "*", "*", "*")])]
for code, grp in t2:
    first = None
    for k, (g, a, b, c) in enumerate(grp):
        cells = tab2.add_row().cells
        if k == 0:
            cells[0].text = code
            first = cells[0]
        else:
            first = first.merge(cells[0])
        for i, v in enumerate([g, a, b, c], start=1):
            cells[i].text = str(v)
            if i > 1:
                cells[i].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
doc.add_paragraph("* Figures have been suppressed where the small number involved could allow a victim "
                  "to be identified.\n- denotes nil.")

doc.add_paragraph("South Wales Police is committed to providing the public with as much information as "
                  "possible. However, please note that recorded crime data is held on a live system and "
                  "figures may differ from those published previously or in future.")
doc.add_paragraph("If you are dissatisfied with this response you may request an internal review within "
                  "40 working days by writing to the Freedom of Information Unit at the address above or "
                  "by e-mail to foi@south-wales.police.uk. If you remain dissatisfied after the internal "
                  "review you have the right to complain to the Information Commissioner, Wycliffe House, "
                  "Water Lane, Wilmslow, Cheshire SK9 5AF (telephone 0303 123 1113).")
doc.add_paragraph("Yours sincerely,")
doc.add_paragraph()
p = doc.add_paragraph("Disclosure Officer")
p.paragraph_format.space_after = Pt(0)
doc.add_paragraph("Freedom of Information Unit")
doc.save("reply.docx")
