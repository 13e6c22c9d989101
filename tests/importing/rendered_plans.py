"""Small, varied plans built as .docx, the way provinces type them (Times New Roman 13,
justified, first-line indents, tables with merged group rows, a landscape appendix).
``make_rendered_fixtures.py`` prints each through LibreOffice to PDF and through
``pdftotext -layout`` to text; ``test_rendered_fixtures.py`` checks that the three forms
import alike. Each builder takes a path and returns it."""

from __future__ import annotations

from pathlib import Path

from importing_docmaker import P, T, closing_block, header_block, make_docx

TASK_HEADER = ["STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp",
               "Thời gian hoàn thành", "Sản phẩm"]


def _page_numbers(document) -> None:
    """A page number centred at the top of every page but the first (a PAGE field)."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    section = document.sections[0]  # (the sections after it go on with its header)
    section.different_first_page_header_footer = True
    paragraph = section.header.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    paragraph._p.append(parse_xml(
        f'<w:fldSimple {nsdecls("w")} w:instr=" PAGE "><w:r><w:t>2</w:t></w:r>'
        f'</w:fldSimple>'))


def _finish(path: Path, *, landscape_from: str | None = None, repeat_header: bool = False,
            size: float = 13, sized: bool = True, page_numbers: bool = False) -> Path:
    """Times New Roman, justified body with a first-line indent, A4 margins as plans use;
    from the paragraph ``landscape_from`` on, a landscape section."""
    import docx
    from docx.enum.section import WD_ORIENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls, qn
    from docx.shared import Cm, Pt

    document = docx.Document(str(path))
    normal = document.styles["Normal"]
    normal.font.name = "Times New Roman"
    normal.font.size = Pt(size)
    rpr = normal.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(attr), "Times New Roman")
    normal.paragraph_format.space_after = Pt(3)
    normal.paragraph_format.line_spacing = 1.1
    for paragraph in document.paragraphs:
        if paragraph.alignment is None:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            paragraph.paragraph_format.first_line_indent = Cm(1)
    for table in document.tables:
        _drop_empty_paragraphs(table)
        if sized:
            _widths(table, document.sections[-1 if landscape_from else 0])
        for row in table.rows:
            for cell in row.cells:
                for paragraph in cell.paragraphs:
                    paragraph.paragraph_format.first_line_indent = Cm(0)
                    paragraph.paragraph_format.space_after = Pt(0)
    for section in document.sections:
        section.page_width, section.page_height = Cm(21), Cm(29.7)
        section.left_margin, section.right_margin = Cm(3), Cm(2)
        section.top_margin, section.bottom_margin = Cm(2), Cm(2)
    if landscape_from:
        first = next(p for p in document.paragraphs if p.text == landscape_from)
        first._p.addprevious(parse_xml(
            f'<w:p {nsdecls("w")}><w:pPr><w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
            f'<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1701" '
            f'w:header="720" w:footer="720" w:gutter="0"/></w:sectPr></w:pPr></w:p>'))
        last = document.sections[-1]
        last.orientation = WD_ORIENT.LANDSCAPE
        last.page_width, last.page_height = Cm(29.7), Cm(21)
        last.left_margin, last.right_margin = Cm(2), Cm(2)
    if repeat_header:
        for table in document.tables:
            if table.rows[0].cells[0].text.strip() in ("STT", "TT"):
                table.rows[0]._tr.get_or_add_trPr().append(
                    parse_xml(f'<w:tblHeader {nsdecls("w")}/>'))
    if page_numbers:
        _page_numbers(document)
    document.save(str(path))
    return path


def _drop_empty_paragraphs(table) -> None:
    """Word drops the empty paragraphs of merged cells; python-docx keeps them."""
    for tc in table._tbl.iter(table._tbl.tag.replace("tbl", "tc")):
        paragraphs = tc.findall(tc.tag.replace("tc", "p"))
        for p in paragraphs[1:]:
            if not "".join(p.itertext()).strip():
                tc.remove(p)


def _widths(table, section) -> None:
    """Columns sized as plans size them: STT narrow, the task/target text widest."""
    from docx.shared import Cm

    first = table.rows[0].cells[0].text.strip()
    if first not in ("STT", "TT"):
        return
    cols = len(table.columns)
    usable = 16.0 if cols <= 6 and section.page_width < Cm(25) else 25.0
    weights = [0.8, 3.0] + [1.3] * (cols - 2)
    widths = [usable * w / sum(weights) for w in weights]
    table.autofit = False
    grid = table._tbl.tblGrid
    for col, width in zip(grid.findall(grid[0].tag), widths):
        col.set(col.tag.replace("gridCol", "w"), str(int(width * 567)))
    for tr in table._tbl.tr_lst:
        k = 0
        for tc in tr.tc_lst:
            span = tc.grid_span
            tc.width = Cm(sum(widths[k:k + span]))
            k += span


def _two_row_top(province: str, place: str, number: str, date: str, title: str) -> list:
    """The header as a table of two rows (issuer | Quốc hiệu and Tiêu ngữ, with a rule
    under each; number | place and date in italics) as the ND30 template has it."""
    return [T([[f"ỦY BAN NHÂN DÂN\n{province}\n-------",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
                "---------------"],
               [f"Số: {number}", f"{place}, {date}"]], borders=False),
            P("KẾ HOẠCH", bold=True, center=True), P(title, bold=True, center=True)]


def _top(province: str, place: str, number: str, date: str, title: str) -> list:
    return [header_block(("ỦY BAN NHÂN DÂN", province), f"Số: {number}",
                         f"{place}, {date}"),
            P("KẾ HOẠCH", bold=True, center=True), P(title, bold=True, center=True)]


# --------------------------------------------------------------- 1. bullets and bases

def bullets_plan(path: Path) -> Path:
    """A header of two rows, page numbers on top; bases in the preamble, targets and
    tasks as wrapped bullets under numbered and lettered headings, a sentence under a
    heading, the closing block."""
    blocks = _two_row_top("HUYỆN SƠN HÀ", "Sơn Hà", "25/KH-UBND", "ngày 15 tháng 02 năm 2024",
                          "Chuyển đổi số huyện Sơn Hà năm 2024") + [
        P("Căn cứ Nghị quyết số 52-NQ/TW ngày 27/9/2019 của Bộ Chính trị về một số chủ "
          "trương, chính sách chủ động tham gia cuộc Cách mạng công nghiệp lần thứ tư;"),
        P("Căn cứ Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ phê duyệt "
          "Chương trình Chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030;"),
        P("Căn cứ Kế hoạch số 20/KH-UBND ngày 05/02/2024 của Ủy ban nhân dân tỉnh Quảng Ngãi "
          "về chuyển đổi số tỉnh Quảng Ngãi năm 2024;"),
        P("Ủy ban nhân dân huyện ban hành Kế hoạch chuyển đổi số năm 2024 như sau:"),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("1. Mục đích", bold=True),
        P("Đẩy mạnh chuyển đổi số toàn diện trên cả ba trụ cột chính quyền số, kinh tế số và "
          "xã hội số, góp phần nâng cao năng lực cạnh tranh của huyện."),
        P("2. Yêu cầu", bold=True),
        P("- Các nhiệm vụ phải cụ thể, có lộ trình, phân công rõ trách nhiệm của từng cơ "
          "quan, đơn vị."),
        P("II. MỤC TIÊU", bold=True),
        P("1. Chính quyền số", bold=True),
        P("- 100% văn bản, hồ sơ công việc tại cấp huyện được xử lý trên môi trường mạng, "
          "trừ văn bản mật theo quy định;"),
        P("- Tỷ lệ hồ sơ thủ tục hành chính được giải quyết trực tuyến toàn trình đạt 45,5% "
          "tổng số hồ sơ;"),
        P("2. Kinh tế số", bold=True),
        P("- Có ít nhất 1.500 hộ sản xuất nông nghiệp được đào tạo kỹ năng bán hàng trên sàn "
          "thương mại điện tử;"),
        P("- 30 doanh nghiệp trên địa bàn sử dụng hóa đơn điện tử và nền tảng số."),
        P("III. NHIỆM VỤ VÀ GIẢI PHÁP", bold=True),
        P("1. Nhận thức số", bold=True),
        P("a) Tuyên truyền, phổ biến", bold=True, italic=True),
        P("- Tổ chức tuyên truyền sâu rộng về chuyển đổi số trên hệ thống truyền thanh cơ "
          "sở, Trang thông tin điện tử của huyện và các nền tảng mạng xã hội."),
        P("- Biên soạn tài liệu hướng dẫn kỹ năng số cơ bản cho người dân."),
        P("b) Hưởng ứng Ngày Chuyển đổi số quốc gia 10/10 với nhiều hoạt động thiết thực.",
          bold=True, italic=True),
        P("2. Hạ tầng số", bold=True),
        P("- Nâng cấp mạng nội bộ tại Trung tâm Hành chính công huyện và Ủy ban nhân dân các "
          "xã, thị trấn."),
        P("+ Hoàn thành trước quý III/2024."),
        P("+ Bảo đảm an toàn thông tin theo cấp độ."),
        P("3. Dữ liệu số", bold=True),
        P("Số hóa kết quả giải quyết thủ tục hành chính còn hiệu lực, bảo đảm kết nối, chia "
          "sẻ dữ liệu với Cơ sở dữ liệu quốc gia về dân cư."),
        P("IV. KINH PHÍ THỰC HIỆN", bold=True),
        P("Từ nguồn ngân sách huyện năm 2024 và các nguồn hợp pháp khác."),
        P("V. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Các cơ quan, đơn vị căn cứ Kế hoạch này triển khai thực hiện./."),
        closing_block(("Sở Thông tin và Truyền thông", "TT Huyện ủy, TT HĐND huyện",
                       "Các cơ quan, đơn vị thuộc huyện", "Lưu: VT, VHTT"),
                      ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"),
                      "Đinh Văn Lực"),
    ]
    return _finish(make_docx(path, blocks), page_numbers=True)


# ------------------------------------------------------- 2. task table in the body

def body_table_plan(path: Path) -> Path:
    """A task table under the tasks heading: group rows merged across, STT ``I``/``1``,
    co-units with line breaks, written dates, a product column."""
    rows = [TASK_HEADER,
            ["I", "CHÍNH QUYỀN SỐ", "", "", "", ""],
            ["1", "Triển khai hệ thống quản lý văn bản và điều hành đến 100% các xã, thị "
             "trấn", "Văn phòng HĐND và UBND huyện", "Phòng Văn hóa và Thông tin;\nUBND các "
             "xã, thị trấn", "30/6/2024", "Hệ thống vận hành"],
            ["2", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", "Phòng Tư pháp",
             "Bộ phận Một cửa", "Quý III/2024", "Dữ liệu số hóa"],
            ["II", "KINH TẾ SỐ", "", "", "", ""],
            ["3", "Hỗ trợ hộ kinh doanh, hợp tác xã đưa sản phẩm OCOP lên sàn thương mại "
             "điện tử", "Phòng Kinh tế và Hạ tầng", "Hội Nông dân, Hội Liên hiệp Phụ nữ "
             "huyện", "Năm 2024", "Sản phẩm trên sàn"],
            ["III", "XÃ HỘI SỐ", "", "", "", ""],
            ["4", "Phổ cập kỹ năng số cho người dân thông qua Tổ công nghệ số cộng đồng",
             "Phòng Văn hóa và Thông tin", "UBND các xã, thị trấn", "Thường xuyên", ""],
            ["5", "Thúc đẩy thanh toán không dùng tiền mặt trong trường học, bệnh viện",
             "Phòng Giáo dục và Đào tạo", "Trung tâm Y tế huyện", "31/12/2024",
             "Báo cáo kết quả"]]
    blocks = _top("HUYỆN TƯ NGHĨA", "Tư Nghĩa", "41/KH-UBND", "ngày 01 tháng 3 năm 2024",
                  "Triển khai nhiệm vụ chuyển đổi số năm 2024") + [
        P("I. MỤC TIÊU", bold=True),
        P("- Phấn đấu 80% hồ sơ thủ tục hành chính được tiếp nhận, giải quyết trực tuyến."),
        P("- Có 25.000 tài khoản định danh điện tử mức độ 2 được kích hoạt."),
        P("II. NHIỆM VỤ", bold=True),
        P("Các nhiệm vụ cụ thể như sau:"),
        T(rows, bold_rows=(0, 1, 4, 6), merges=[(1, 1, 1, 5), (4, 1, 4, 5), (6, 1, 6, 5)]),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("1. Phòng Văn hóa và Thông tin", bold=True),
        P("Chủ trì theo dõi, đôn đốc, tổng hợp kết quả thực hiện Kế hoạch này."),
        P("2. Các cơ quan, đơn vị", bold=True),
        P("Triển khai các nhiệm vụ được giao, báo cáo kết quả trước ngày 15/12/2024./."),
        closing_block(("Sở Thông tin và Truyền thông", "Lưu: VT"),
                      ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"), "Nguyễn Minh Trí"),
    ]
    return _finish(make_docx(path, blocks))


# ------------------------------------------------------ 3. landscape appendices

def landscape_plan(path: Path) -> Path:
    """A short plan, then on a landscape section a targets appendix and a task appendix
    whose group rows are merged across, header row repeated on each page."""
    targets = [["STT", "Chỉ tiêu", "Đơn vị tính", "Chỉ tiêu năm 2025", "Đơn vị chủ trì"],
               ["1", "Tỷ lệ dịch vụ công trực tuyến toàn trình", "%", "80", "Sở Nội vụ"],
               ["2", "Số doanh nghiệp công nghệ số", "doanh nghiệp", "1.200", "Sở KH&ĐT"],
               ["3", "Tỷ lệ dân số trưởng thành có chữ ký số", "%", "50", "Sở TT&TT"]]
    tasks = [TASK_HEADER, ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)"],
             ["I", "NHẬN THỨC SỐ", "", "", "", ""]]
    names = ["Tổ chức hội nghị quán triệt về chuyển đổi số cho cán bộ chủ chốt",
             "Xây dựng chuyên mục chuyển đổi số trên báo, đài của tỉnh",
             "Tập huấn kỹ năng số cho Tổ công nghệ số cộng đồng"]
    for k, name in enumerate(names, start=1):
        tasks.append([str(k), name, "Sở Thông tin và Truyền thông",
                      "Báo Quảng Ngãi; Đài PT-TH tỉnh", f"Quý {['I', 'II', 'III'][k - 1]}/2025",
                      "Báo cáo"])
    tasks.append(["II", "HẠ TẦNG SỐ", "", "", "", ""])
    names = ["Nâng cấp Trung tâm dữ liệu của tỉnh bảo đảm an toàn thông tin cấp độ 3",
             "Phủ sóng băng rộng di động 5G tại các khu công nghiệp",
             "Triển khai mạng truyền số liệu chuyên dùng đến cấp xã"]
    for k, name in enumerate(names, start=4):
        tasks.append([str(k), name, "Sở TT&TT", "Các doanh nghiệp viễn thông",
                      f"{10 + k}/{k}/2025", ""])
    blocks = _top("TỈNH QUẢNG NGÃI", "Quảng Ngãi", "12/KH-UBND", "ngày 10 tháng 01 năm 2025",
                  "Chuyển đổi số tỉnh Quảng Ngãi năm 2025") + [
        P("I. MỤC TIÊU", bold=True),
        P("Các chỉ tiêu chuyển đổi số năm 2025 tại Phụ lục I kèm theo."),
        P("II. NHIỆM VỤ", bold=True),
        P("Chi tiết tại Phụ lục II kèm theo."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Các sở, ban, ngành, UBND các huyện triển khai thực hiện./."),
        closing_block(("Bộ Thông tin và Truyền thông", "Thường trực Tỉnh ủy", "Lưu: VT, KGVX"),
                      ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"),
                      "Trần Phước Hiền"),
        P("Phụ lục I", bold=True, center=True),
        P("CHỈ TIÊU CHUYỂN ĐỔI SỐ NĂM 2025", bold=True, center=True),
        P("(Kèm theo Kế hoạch số 12/KH-UBND ngày 10/01/2025 của UBND tỉnh)", italic=True,
          center=True),
        T(targets, bold_rows=(0,)),
        P("Phụ lục II", bold=True, center=True),
        P("DANH MỤC NHIỆM VỤ CHUYỂN ĐỔI SỐ NĂM 2025", bold=True, center=True),
        T(tasks, bold_rows=(0, 2, 6), merges=[(2, 1, 2, 5), (6, 1, 6, 5)]),
    ]
    return _finish(make_docx(path, blocks), landscape_from="Phụ lục I", repeat_header=True,
                   page_numbers=True)


# ------------------------------------------------ 4. numbered tasks with field lines

def field_lines_plan(path: Path) -> Path:
    """Tasks as numbered paragraphs with their fields on the lines below; a bases
    section of its own."""
    blocks = _top("HUYỆN MỘ ĐỨC", "Mộ Đức", "07/KH-UBND", "ngày 20 tháng 01 năm 2025",
                  "Chuyển đổi số huyện Mộ Đức năm 2025") + [
        P("I. CĂN CỨ LẬP KẾ HOẠCH", bold=True),
        P("- Quyết định số 411/QĐ-TTg ngày 31/3/2022 của Thủ tướng Chính phủ phê duyệt Chiến "
          "lược quốc gia phát triển kinh tế số và xã hội số;"),
        P("- Kế hoạch số 05/KH-UBND ngày 08/01/2025 của UBND tỉnh về chuyển đổi số năm 2025."),
        P("II. MỤC TIÊU", bold=True),
        P("- 100% cán bộ, công chức cấp huyện được cấp chữ ký số chuyên dùng;"),
        P("- Tối thiểu 70% hộ gia đình có kết nối Internet cáp quang."),
        P("III. NHIỆM VỤ TRỌNG TÂM", bold=True),
        P("1. Xây dựng cơ sở dữ liệu hộ kinh doanh trên địa bàn huyện, kết nối với hệ thống "
          "của tỉnh."),
        P("- Đơn vị chủ trì: Phòng Tài chính - Kế hoạch."),
        P("- Đơn vị phối hợp: Chi cục Thuế khu vực; UBND các xã."),
        P("- Thời gian hoàn thành: Quý II/2025."),
        P("- Sản phẩm: Cơ sở dữ liệu hộ kinh doanh."),
        P("2. Triển khai nền tảng họp trực tuyến đến cấp xã."),
        P("- Cơ quan chủ trì: Văn phòng HĐND và UBND huyện."),
        P("- Cơ quan phối hợp: Phòng Văn hóa và Thông tin; Viễn thông Quảng Ngãi."),
        P("- Thời gian thực hiện: Trước 30/6/2025."),
        P("- Kết quả/sản phẩm: Hệ thống họp trực tuyến hoạt động."),
        P("3. Chuyển đổi số trong giáo dục", bold=True),
        P("a) Số hóa học bạ cho học sinh tiểu học và trung học cơ sở."),
        P("- Chủ trì thực hiện: Phòng Giáo dục và Đào tạo."),
        P("- Thời gian: Trước ngày 30 tháng 9 năm 2025."),
        P("b) Tuyên truyền về chuyển đổi số trong trường học."),
        P("- Chủ trì: Phòng Giáo dục và Đào tạo."),
        P("- Thời hạn: Thường xuyên."),
        P("IV. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Các cơ quan, đơn vị triển khai nhiệm vụ được giao./."),
        closing_block(("UBND tỉnh (b/c)", "Sở Thông tin và Truyền thông", "Lưu: VT"),
                      ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"), "Võ Thị Hồng"),
    ]
    return _finish(make_docx(path, blocks), size=14)


# ------------------------------------ 5. combined unit column, two header rows

def unit_column_plan(path: Path) -> Path:
    """Columns of equal width (as Word sets them). A task table whose header is two
    rows (``Đơn vị thực hiện`` over ``Chủ trì`` and ``Phối hợp``; ``Thời gian`` over
    ``Bắt đầu``/``Hoàn thành``), a target table, group rows lettered ``A``, ``B``."""
    targets = [["TT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch năm 2024"],
               ["1", "Tỷ lệ văn bản đi được ký số", "%", "95"],
               ["2", "Số điểm phát Wi-Fi công cộng miễn phí", "điểm", "40"]]
    rows = [["STT", "Nội dung công việc", "Đơn vị thực hiện", "", "Thời gian", ""],
            ["", "", "Chủ trì", "Phối hợp", "Bắt đầu", "Hoàn thành"],
            ["A", "CHÍNH QUYỀN SỐ", "", "", "", ""],
            ["1", "Số hóa hồ sơ một cửa", "Văn phòng", "Các phòng chuyên môn",
             "01/01/2024", "30/6/2024"],
            ["2", "Ký số văn bản đi trên hệ thống quản lý văn bản", "Văn phòng", "",
             "Quý I/2024", "Quý IV/2024"],
            ["B", "XÃ HỘI SỐ", "", "", "", ""],
            ["3", "Triển khai Wi-Fi công cộng tại nhà văn hóa thôn", "Phòng Văn hóa và Thông "
             "tin", "UBND các xã; Viễn thông huyện", "Tháng 3/2024", "Tháng 11/2024"]]
    blocks = _top("THỊ XÃ ĐỨC PHỔ", "Đức Phổ", "33/KH-UBND", "ngày 05 tháng 02 năm 2024",
                  "Chuyển đổi số thị xã Đức Phổ năm 2024") + [
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("Triển khai đồng bộ các nhiệm vụ chuyển đổi số trên địa bàn thị xã."),
        P("II. CHỈ TIÊU", bold=True),
        T(targets, bold_rows=(0,)),
        P("III. NHIỆM VỤ", bold=True),
        T(rows, bold_rows=(0, 1, 2, 5),
          merges=[(0, 2, 0, 3), (0, 4, 0, 5), (0, 0, 1, 0), (0, 1, 1, 1), (2, 1, 2, 5),
                  (5, 1, 5, 5)]),
        P("IV. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Giao Phòng Văn hóa và Thông tin theo dõi, tổng hợp./."),
        closing_block(("Sở TT&TT", "Lưu: VT"), ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"),
                      "Lê Văn Hai"),
    ]
    return _finish(make_docx(path, blocks), sized=False)  # columns left as Word sets them


# ------------------------ 6. a decision, its plan attached, auto-numbered headings

def decision_plan(path: Path) -> Path:
    """A decision approving the plan (``Điều 1.``…), its closing block, then the plan
    itself whose headings and bullets are numbered by Word (``I.``, ``1.``, ``a)``,
    ``-``), with a targets table of two years and a task table."""
    targets = [["STT", "Chỉ tiêu", "Đơn vị tính", "Năm 2024", "Năm 2025"],
               ["1", "Tỷ lệ hồ sơ được số hóa", "%", "60", "80"],
               ["2", "Số hộ gia đình dùng cáp quang", "hộ", "12.000", "15.500"]]
    tasks = [["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn"],
             ["1", "Xây dựng Trung tâm giám sát, điều hành thông minh", "Sở TT&TT",
              "Công an tỉnh; Sở Xây dựng", "Quý IV/2025"],
             ["2", "Triển khai nền tảng học trực tuyến dùng chung", "Sở Giáo dục và Đào tạo",
              "", "Năm 2025"]]
    heads = 11  # numbering: I. / 1. / a)
    dash = 12
    blocks = [
        header_block(("ỦY BAN NHÂN DÂN", "TỈNH KON TUM"), "Số: 88/QĐ-UBND",
                     "Kon Tum, ngày 25 tháng 02 năm 2025"),
        P("QUYẾT ĐỊNH", bold=True, center=True),
        P("Ban hành Kế hoạch chuyển đổi số tỉnh Kon Tum năm 2025", bold=True, center=True),
        P("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH KON TUM", bold=True, center=True),
        P("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;"),
        P("Căn cứ Quyết định số 942/QĐ-TTg ngày 15/6/2021 của Thủ tướng Chính phủ phê "
          "duyệt Chiến lược phát triển Chính phủ điện tử hướng tới Chính phủ số;"),
        P("Theo đề nghị của Giám đốc Sở Thông tin và Truyền thông.", ),
        P("QUYẾT ĐỊNH:", bold=True, center=True),
        P("Điều 1. Ban hành kèm theo Quyết định này Kế hoạch chuyển đổi số tỉnh Kon Tum năm "
          "2025."),
        P("Điều 2. Quyết định này có hiệu lực kể từ ngày ký."),
        P("Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc các sở, ban, ngành chịu trách nhiệm "
          "thi hành Quyết định này./."),
        closing_block(("Như Điều 3", "Lưu: VT, KGVX"), ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"),
                      "Y Ngọc"),
        P("KẾ HOẠCH", bold=True, center=True),
        P("Chuyển đổi số tỉnh Kon Tum năm 2025", bold=True, center=True),
        P("(Kèm theo Quyết định số 88/QĐ-UBND ngày 25/02/2025 của UBND tỉnh)", italic=True,
          center=True),
        P("MỤC TIÊU", bold=True, num=(heads, 0)),
        P("Mục tiêu chung", bold=True, num=(heads, 1)),
        P("Phát triển đồng bộ chính quyền số, kinh tế số và xã hội số."),
        P("Chỉ tiêu cụ thể", bold=True, num=(heads, 1)),
        T(targets, bold_rows=(0,)),
        P("NHIỆM VỤ, GIẢI PHÁP", bold=True, num=(heads, 0)),
        P("Chính quyền số", bold=True, num=(heads, 1)),
        P("Hoàn thiện hạ tầng", bold=True, italic=True, num=(heads, 2)),
        P("Nâng cấp Trung tâm dữ liệu tỉnh, bảo đảm an toàn thông tin theo cấp độ.",
          num=(dash, 0)),
        P("Mở rộng mạng truyền số liệu chuyên dùng đến 100% xã, phường, thị trấn.",
          num=(dash, 0)),
        P("Dữ liệu số", bold=True, italic=True, num=(heads, 2)),
        P("Xây dựng kho dữ liệu dùng chung của tỉnh.", num=(dash, 0)),
        P("Kinh tế số", bold=True, num=(heads, 1)),
        T(tasks, bold_rows=(0,)),
        P("TỔ CHỨC THỰC HIỆN", bold=True, num=(heads, 0)),
        P("Sở Thông tin và Truyền thông chủ trì theo dõi, đôn đốc thực hiện Kế hoạch./."),
    ]
    numbering = {heads: [("upperRoman", "%1."), ("decimal", "%2."), ("lowerLetter", "%3)")],
                 dash: [("bullet", "-")]}
    return _finish(make_docx(path, blocks, numbering=numbering), size=14)


PLANS = {
    "bullets": bullets_plan,
    "body_table": body_table_plan,
    "landscape": landscape_plan,
    "field_lines": field_lines_plan,
    "unit_column": unit_column_plan,
    "decision": decision_plan,
}
