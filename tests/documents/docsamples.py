"""Sample AdminDocuments for the document tests and the benchmark (not a test module).

``bato_plan()`` resembles the real district plan in ``shared/seeds/bato.docx`` (KẾ HOẠCH
Chuyển đổi số huyện Ba Tơ năm 2023): căn cứ, sections I–VI, tasks, Nơi nhận, a deputy
chairman's signature and a landscape task appendix. ``reminder_letter()`` is a công văn
đôn đốc from the same committee. ``plan_with_rows(n)`` is the plan with an n-row appendix.
"""

from __future__ import annotations

import datetime as dt

from dxdesk.documents.model import (
    AdminDocument,
    Align,
    Appendix,
    Bullet,
    Column,
    DocumentKind,
    GroupRow,
    Header,
    Heading,
    Paragraph,
    Row,
    Signer,
    Span,
    Table,
    format_appendix_reference,
    roman,
)

ISSUER = ("ỦY BAN NHÂN DÂN", "HUYỆN BA TƠ")
PLACE = "Ba Tơ"
SIGNER = Signer(("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"), "Phạm Xuân Vinh")

PLAN_RECIPIENTS = (
    "Sở Thông tin và Truyền thông",
    "Thường trực Huyện ủy",
    "Thường trực HĐND huyện",
    "CT, PCT UBND huyện",
    "Các cơ quan, ban ngành thuộc huyện",
    "UBND các xã, thị trấn",
    "Văn phòng HĐND&UBND huyện",
    "Lưu: VT, VHTT",
)

BASES = (
    "Căn cứ Nghị quyết số 52-NQ/TW ngày 27/9/2019 của Bộ Chính trị về một số chủ trương, "
    "chính sách chủ động tham gia cuộc cách mạng công nghiệp lần thứ tư",
    "Căn cứ Kế hoạch số 189/KH-UBND ngày 09/12/2022 của UBND tỉnh Quảng Ngãi về Chuyển đổi "
    "số tỉnh Quảng Ngãi năm 2023",
)

LEGAL_ITEMS = (
    "Nghị quyết số 50/NQ-CP ngày 17/4/2020 của Chính phủ ban hành Chương trình hành động "
    "thực hiện Nghị quyết số 52-NQ/TW;",
    "Quyết định số 505/QĐ-TTg ngày 22/4/2022 của Thủ tướng Chính phủ về Ngày Chuyển đổi số "
    "quốc gia;",
    "Quyết định số 964/QĐ-TTg ngày 10/8/2022 của Thủ tướng Chính phủ phê duyệt Chiến lược An "
    "toàn, An ninh mạng quốc gia, chủ động ứng phó với các thách thức từ không gian mạng đến "
    "năm 2025, tầm nhìn 2030;",
    "Chỉ thị số 18/CT-TTg ngày 13/10/2022 của Thủ tướng Chính phủ về đẩy mạnh triển khai các "
    "hoạt động ứng cứu sự cố an toàn thông tin mạng Việt Nam;",
    "Công văn số 5406/BTTTT-CĐSQG ngày 03/11/2022 của Bộ Thông tin và Truyền thông về hướng "
    "dẫn các bộ, ngành, địa phương xây dựng Kế hoạch chuyển đổi số năm 2023;",
    "Quyết định số 104/QĐ-UBND ngày 07/02/2023 về việc Ban hành bộ chỉ số đánh giá Chuyển đổi "
    "số (DTI) tỉnh Quảng Ngãi.",
)

TARGETS = (
    "Về dịch vụ công trực tuyến (DVCTT): 100% thủ tục hành chính đủ điều kiện được cung cấp ở "
    "mức độ dịch vụ công trực tuyến; tối thiểu 40% dịch vụ công trực tuyến đã được cung cấp có "
    "phát sinh hồ sơ.",
    "Về phát triển hạ tầng, nền tảng: Có trên 50% người dùng điện thoại thông minh trên tổng số "
    "người sử dụng điện thoại di động; có 40% hộ gia đình ở khu vực thị trấn, 10% hộ gia đình ở "
    "khu vực xã có thuê bao cáp quang băng rộng.",
    "Về phát triển dữ liệu: tài liệu lưu trữ, kết quả giải quyết TTHC còn hiệu lực được tiến "
    "hành số hóa; dữ liệu về hồ sơ sức khỏe điện tử, thông tin về học sinh phổ thông tiếp tục "
    "được hoàn thiện.",
)

# (group, tasks) — tasks as (text, lead unit, co-operating units, deadline, output)
TASK_GROUPS = (
    ("Nhận thức số", (
        ("Triển khai tuần lễ Chuyển đổi số năm 2023 bằng nhiều hoạt động tuyên truyền, hội "
         "nghị, hội thảo theo các chuyên đề", "Phòng Văn hóa và Thông tin",
         "Các cơ quan, đơn vị; UBND các xã, thị trấn", "Quý IV/2023", "Các hoạt động truyền thông"),
        ("Tổ chức truyền thông trên Zalo, Fanpage, website để mở rộng sức ảnh hưởng, cung cấp "
         "thông tin và kỹ năng cho cộng đồng", "Trung tâm Văn hóa - Thể thao và Truyền thông",
         "Phòng Văn hóa và Thông tin", "Thường xuyên", "Tin, bài, video"),
    )),
    ("Thể chế số", (
        ("Xây dựng Kế hoạch truyền thông về chuyển đổi số năm 2023", "Phòng Văn hóa và Thông tin",
         "Văn phòng HĐND&UBND huyện", "30/6/2023", "Kế hoạch được ban hành"),
        ("Thực hiện chính sách khuyến khích về sử dụng chữ ký số và hợp đồng điện tử",
         "Phòng Tài chính - Kế hoạch", "Các cơ quan, đơn vị", "Năm 2023", "Văn bản hướng dẫn"),
    )),
    ("Hạ tầng số", (
        ("Quy hoạch, phân bố dải địa chỉ IPv6 và từng bước thực hiện chuyển đổi",
         "Phòng Văn hóa và Thông tin", "Các doanh nghiệp viễn thông", "Quý III/2023",
         "Hệ thống hỗ trợ IPv6"),
        ("Đẩy nhanh tốc độ phủ mạng cáp quang, mạng di động băng rộng đến tất cả khu vực dân sinh",
         "Các doanh nghiệp viễn thông", "UBND các xã, thị trấn", "Năm 2023", "Tỷ lệ phủ sóng"),
        ("Phát triển hệ thống truyền thanh theo hướng ứng dụng công nghệ thông tin – viễn thông",
         "Trung tâm Văn hóa - Thể thao và Truyền thông", "UBND các xã, thị trấn", "Quý IV/2023",
         "Đài truyền thanh số"),
    )),
    ("Dữ liệu số", (
        ("Số hóa tài liệu lưu trữ, kết quả giải quyết thủ tục hành chính còn hiệu lực",
         "Văn phòng HĐND&UBND huyện", "Phòng Nội vụ; UBND các xã, thị trấn", "31/12/2023",
         "Kho dữ liệu số hóa"),
    )),
    ("An toàn thông tin mạng", (
        ("Triển khai đầy đủ phương án bảo đảm an toàn hệ thống thông tin theo cấp độ",
         "Phòng Văn hóa và Thông tin", "Các cơ quan, đơn vị", "30/9/2023", "Hồ sơ cấp độ được phê duyệt"),
        ("Cử công chức tham gia các khóa đào tạo về quản lý, kỹ thuật an toàn thông tin",
         "Phòng Nội vụ", "Các cơ quan, đơn vị", "Năm 2023", "Công chức được đào tạo"),
    )),
    ("Chính quyền số", (
        ("Tiếp tục nâng cao, mở rộng việc triển khai DVCTT, nâng tỷ lệ hồ sơ trực tuyến",
         "Văn phòng HĐND&UBND huyện", "Các cơ quan, đơn vị; UBND các xã, thị trấn", "Thường xuyên",
         "Tỷ lệ hồ sơ trực tuyến ≥ 40%"),
        ("Xây dựng Phòng họp không giấy", "Văn phòng HĐND&UBND huyện", "Phòng Văn hóa và Thông tin",
         "Quý II/2023", "Phòng họp không giấy"),
    )),
)

APPENDIX_COLUMNS = (
    Column("STT", 12, Align.CENTER),
    Column("Nhiệm vụ", 80, Align.JUSTIFY),
    Column("Đơn vị chủ trì", 40, Align.CENTER),
    Column("Đơn vị phối hợp", 45, Align.CENTER),
    Column("Thời gian hoàn thành", 30, Align.CENTER),
    Column("Sản phẩm", 45, Align.CENTER),
)


def plan_header(*, number: int | None = None, date: dt.date | None = None) -> Header:
    return Header(issuer_lines=ISSUER, symbol="KH-UBND", place=PLACE, number=number, date=date, year=2023)


def task_table(extra_rows: int = 0) -> Table:
    rows: list[Row | GroupRow] = []
    n = 0
    for g, (group, tasks) in enumerate(TASK_GROUPS, start=1):
        rows.append(GroupRow(group, label=roman(g)))
        for text, lead, co, deadline, output in tasks:
            n += 1
            rows.append(Row((str(n), text, lead, co, deadline, output)))
    if extra_rows:
        rows.append(GroupRow("Nhiệm vụ khác", label=roman(len(TASK_GROUPS) + 1)))
        units = ("Phòng Văn hóa và Thông tin", "Văn phòng HĐND&UBND huyện", "Phòng Nội vụ",
                 "UBND thị trấn Ba Tơ", "Phòng Tài chính - Kế hoạch")
        for k in range(extra_rows):
            n += 1
            rows.append(Row((
                str(n),
                f"Nhiệm vụ chuyển đổi số số {n}: rà soát, cập nhật dữ liệu và báo cáo kết quả "
                f"thực hiện theo kỳ",
                units[k % len(units)],
                "Các cơ quan, đơn vị; UBND các xã, thị trấn",
                f"Quý {roman(k % 4 + 1)}/2023",
                "Báo cáo kết quả",
            )))
    return Table(APPENDIX_COLUMNS, tuple(rows), font_size=12)


def bato_plan(*, number: int | None = None, date: dt.date | None = None, extra_rows: int = 0) -> AdminDocument:
    header = plan_header(number=number, date=date)
    reference = format_appendix_reference("Kế hoạch", number, "KH-UBND", date, 2023,
                                          "Ủy ban nhân dân huyện Ba Tơ")
    blocks = [
        Heading(1, "Căn cứ lập kế hoạch", "I"),
        *(Bullet(item) for item in LEGAL_ITEMS),
        Heading(1, "Mục tiêu", "II"),
        Heading(2, "Hoàn thành các chỉ tiêu về phát triển Chính quyền điện tử", "1"),
        *(Bullet(t) for t in TARGETS),
        Heading(2, "Phát triển kinh tế số, xã hội số", "2"),
        Paragraph((Span("Kinh tế số: ", italic=True),
                   Span("tỷ trọng kinh tế số đạt 10% GRDP của huyện; 50% doanh nghiệp nhỏ và vừa "
                        "sử dụng nền tảng số.")),),
        Heading(1, "Nhiệm vụ", "III"),
        Paragraph("Các nhiệm vụ cụ thể, đơn vị chủ trì, phối hợp và thời gian hoàn thành tại "
                  "Phụ lục kèm theo Kế hoạch này."),
        Heading(2, "Nhận thức số", "1"),
        Bullet("Triển khai tuần lễ Chuyển đổi số năm 2023 bằng nhiều hoạt động tuyên truyền, hội "
               "nghị, hội thảo theo các chuyên đề và đặc biệt tổ chức hoạt động của Tổ Công nghệ "
               "số cộng đồng đi vào thực tế cuộc sống."),
        Bullet("Khai thác, chia sẻ, cập nhật Cẩm nang chuyển đổi số tại địa chỉ: https://dx.mic.gov.vn."),
        Heading(2, "Hạ tầng số", "2"),
        Bullet("Quy hoạch, phân bố dải địa chỉ IPv6 và từng bước thực hiện chuyển đổi; phát triển "
               "hạ tầng số tới cấp xã, cơ quan, đơn vị thuộc huyện."),
        Bullet("Đẩy nhanh tốc độ phủ mạng cáp quang, mạng di động băng rộng đến tất cả khu vực "
               "dân sinh.", marker="+"),
        Heading(2, "An toàn thông tin mạng", "3"),
        Heading(3, "Bảo đảm an toàn thông tin theo cấp độ", "a"),
        Paragraph("Triển khai đầy đủ phương án bảo đảm an toàn hệ thống thông tin theo cấp độ."),
        Heading(3, "Nguyên tắc bảo đảm an toàn thông tin mạng", "b", bold=True, italic=True),
        Paragraph("Tổ chức phổ biến, quán triệt hai nguyên tắc bảo đảm an toàn thông tin mạng."),
        Heading(1, "Giải pháp", "IV"),
        Heading(2, "Đẩy mạnh công tác truyền thông, nâng cao nhận thức, kỹ năng số, tăng cường "
                   "tương tác với người dân, doanh nghiệp", "1"),
        Bullet("Tăng cường công tác nâng cao nhận thức cộng đồng bằng việc phát huy hệ thống "
               "truyền thông cơ sở; tăng cường vai trò của Tổ Công nghệ số cộng đồng."),
        Heading(1, "Kinh phí thực hiện", "V"),
        Paragraph("Tại nguồn chi thường xuyên của huyện."),
        Heading(1, "Tổ chức thực hiện", "VI"),
        Heading(2, "Các cơ quan, đơn vị, Ủy ban nhân dân các xã, thị trấn", "1"),
        Bullet("Chịu trách nhiệm tổ chức triển khai nhiệm vụ được giao tại cơ quan, đơn vị, địa "
               "phương mình."),
        Bullet("Báo cáo kết quả thực hiện công tác chuyển đổi số về UBND huyện (qua Phòng Văn hóa "
               "và Thông tin) theo quý, năm (trước ngày 12 của tháng cuối quý và ngày 15 tháng 11 "
               "năm 2023 của năm)."),
        Heading(2, "Phòng Văn hóa và Thông tin", "2"),
        Bullet("Hướng dẫn, làm đầu mối triển khai; theo dõi, kiểm tra, thực hiện chế độ thông tin "
               "báo cáo về triển khai Kế hoạch đối với UBND huyện và Sở Thông tin và Truyền thông."),
        Paragraph("Trong quá trình thực hiện Kế hoạch, nếu có phát sinh vướng mắc cần phải điều "
                  "chỉnh, bổ sung nội dung liên quan cho phù hợp thực tiễn, các cơ quan, tổ chức, "
                  "đơn vị kịp thời báo cáo UBND huyện (qua Phòng Văn hóa và Thông tin) để xem xét, "
                  "chỉ đạo thực hiện."),
    ]
    appendix = Appendix(
        title="Danh mục nhiệm vụ chuyển đổi số huyện Ba Tơ năm 2023",
        blocks=(task_table(extra_rows),),
        label="Phụ lục",
        reference=reference,
        landscape=True,
    )
    return AdminDocument(
        kind=DocumentKind.PLAN,
        header=header,
        summary=("Chuyển đổi số huyện Ba Tơ năm 2023",),
        bases=BASES,
        intro=(Paragraph("Ủy ban nhân dân huyện Ba Tơ ban hành Kế hoạch chuyển đổi số huyện Ba Tơ "
                         "năm 2023, cụ thể như sau:"),),
        blocks=tuple(blocks),
        recipients=PLAN_RECIPIENTS,
        signer=SIGNER,
        appendices=(appendix,),
    )


def plan_with_rows(rows: int) -> AdminDocument:
    """The plan with an appendix table of about ``rows`` task rows (benchmark)."""
    base = sum(len(t) for _, t in TASK_GROUPS)
    return bato_plan(extra_rows=max(0, rows - base))


LETTER_ADDRESSEES = (
    "Phòng Văn hóa và Thông tin",
    "Văn phòng HĐND&UBND huyện",
    "Phòng Nội vụ",
    "Ủy ban nhân dân các xã, thị trấn",
)


def reminder_letter(*, number: int | None = 123, date: dt.date | None = dt.date(2023, 9, 5)) -> AdminDocument:
    header = Header(issuer_lines=ISSUER, symbol="UBND-VHTT", place=PLACE, number=number, date=date, year=2023)
    return AdminDocument(
        kind=DocumentKind.LETTER,
        header=header,
        summary=("đôn đốc thực hiện các nhiệm vụ chuyển đổi số năm 2023",),
        addressees=LETTER_ADDRESSEES,
        blocks=(
            Paragraph("Thực hiện Kế hoạch số 05/KH-UBND ngày 05/02/2023 của Ủy ban nhân dân huyện "
                      "về Chuyển đổi số huyện Ba Tơ năm 2023; qua theo dõi, đến nay còn 07 nhiệm vụ "
                      "đã quá thời hạn hoàn thành nhưng chưa được các đơn vị báo cáo kết quả."),
            Paragraph("Để bảo đảm tiến độ thực hiện Kế hoạch, Chủ tịch Ủy ban nhân dân huyện yêu "
                      "cầu Thủ trưởng các cơ quan, đơn vị, Chủ tịch Ủy ban nhân dân các xã, thị trấn:"),
            Bullet("Khẩn trương hoàn thành các nhiệm vụ được giao tại Phụ lục kèm theo Kế hoạch số "
                   "05/KH-UBND, báo cáo kết quả về Ủy ban nhân dân huyện (qua Phòng Văn hóa và "
                   "Thông tin) trước ngày 30/9/2023."),
            Bullet("Nêu rõ nguyên nhân chậm trễ, khó khăn, vướng mắc và đề xuất giải pháp khắc phục."),
            Paragraph("Giao Phòng Văn hóa và Thông tin theo dõi, tổng hợp, báo cáo Ủy ban nhân dân "
                      "huyện kết quả thực hiện."),
        ),
        recipients=("Như trên", "CT, PCT UBND huyện", "Lưu: VT, VHTT"),
        signer=Signer(("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"), "Phạm Xuân Vinh"),
    )
