import codecs
import random
import unicodedata

import pytest

from dxdesk.text import decode_bytes, detect, encoding_for_font, from_unicode, is_uppercase_font, to_unicode

TONES = ("", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323")  # ngang huyền hỏi ngã sắc nặng
LOWER = [
    unicodedata.normalize("NFC", vowel + tone)
    for vowel in "aăâeêioôơuưy"
    for tone in TONES
    if vowel + tone not in "aeiouy"
] + ["đ"]
UPPER = [letter.upper() for letter in LOWER]

SENTENCES = [
    "Kế hoạch chuyển đổi số huyện Ba Tơ năm 2023",
    "Độc lập - Tự do - Hạnh phúc",
    "Cộng hòa xã hội chủ nghĩa Việt Nam",
    "Quyết định số 749/QĐ-TTg ngày 03 tháng 6 năm 2020 của Thủ tướng Chính phủ phê duyệt "
    "Chương trình Chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030",
    "Trường Trung học cơ sở Nghĩa Hành; xã Mường Khương, huyện Bắc Hà",
    "giữa nghiêng khuyết quyền nguyễn thuở ngoằn ngoèo khuỷu",
]
CAPITALS = ["ỦY BAN NHÂN DÂN TỈNH GIA LAI", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]

NOT_LEGACY = [
    "Plain English text, nothing to see here.",
    "Où est la gare ? Je suis allé à l'école très tôt ; c'est déjà l'été.",
    "Le député a présenté un projet de loi à l'Assemblée nationale où il a été élu.",
    "Schöne Grüße aus München: Müller und Söhne, Straße, Mädchen, Käse.",
    "El año pasado en España: niño, señor, mañana, corazón, jamás, así, qué, sí, más.",
    "Não há ação sem razão: coração, São Paulo, você, avô, avó.",
    "Il file di input non può essere aperto.",
    "Aliasreferansar må skrivast på forma <id>.",
    "Size: 5 µm, 25°C, © 2023 Company®, ½ cup, £10 × 3",
    "Café", "Zoë", "naïve", "José", "Tät", "Cím",
    "Tôi là sinh viên",  # Unicode Vietnamese with Latin-1 letters only
    "Cà Mau, Tây Ninh",
]  # fmt: skip


def test_letter_inventory():
    assert len(LOWER) == 67 and len(UPPER) == 67
    assert len(set(LOWER + UPPER)) == 134


# ---------------------------------------------------------------- fonts


@pytest.mark.parametrize(
    ("font", "encoding"),
    [
        (".VnTime", "tcvn3"),
        (".VnTimeH", "tcvn3"),
        (".VnArial", "tcvn3"),
        (".VnArial NarrowH", "tcvn3"),
        (".vncentury schoolbook", "tcvn3"),
        ("VNI-Times", "vni"),
        ("VNI-Helve-Condense", "vni"),
        ("vni-times", "vni"),
        ("Times New Roman", None),
        ("VnTime", None),
        ("", None),
        (None, None),
    ],
)
def test_encoding_for_font(font, encoding):
    assert encoding_for_font(font) == encoding


def test_is_uppercase_font():
    assert is_uppercase_font(".VnTimeH")
    assert is_uppercase_font(".VnArialH")
    assert not is_uppercase_font(".VnTime")
    assert not is_uppercase_font("VNI-Times")
    assert not is_uppercase_font("Arial")
    assert not is_uppercase_font(None)


# ------------------------------------------------------------ conversion


def test_tcvn3_known_text():
    assert to_unicode("KÕ ho¹ch chuyÓn ®æi sè", "tcvn3") == "Kế hoạch chuyển đổi số"
    assert to_unicode("Céng hoµ x· héi chñ nghÜa ViÖt Nam", "tcvn3") == "Cộng hoà xã hội chủ nghĩa Việt Nam"
    assert to_unicode("§éc lËp - Tù do - H¹nh phóc", "tcvn3") == "Độc lập - Tự do - Hạnh phúc"
    assert to_unicode("M\u00adêng Kh\u00ad¬ng", "tcvn3") == "Mường Khương"  # ư is 0xAD


def test_tcvn3_capitals_only_font():
    text = "ñy ban nh¢n d¢n tØnh gia lai"  # as typed in .VnTimeH
    assert to_unicode(text, "tcvn3", uppercase_font=True) == "ỦY BAN NHÂN DÂN TỈNH GIA LAI"
    assert from_unicode("Ủy ban", "tcvn3", uppercase_font=True) == "ñy ban"


def test_tcvn3_codes_of_some_letters():
    assert from_unicode("ăâêôơưđ", "tcvn3") == "\u00a8\u00a9\u00aa\u00ab\u00ac\u00ad\u00ae"
    assert from_unicode("ĂÂÊÔƠƯĐ", "tcvn3") == "\u00a1\u00a2\u00a3\u00a4\u00a5\u00a6\u00a7"
    assert from_unicode("àảãáạ", "tcvn3") == "\u00b5\u00b6\u00b7\u00b8\u00b9"
    assert from_unicode("ỳỷỹýỵ", "tcvn3") == "\u00fa\u00fb\u00fc\u00fd\u00fe"


def test_vni_known_text():
    assert to_unicode("Vieät Nam", "vni") == "Việt Nam"
    assert to_unicode("ñ", "vni") == "đ"
    assert to_unicode("Ñ", "vni") == "Đ"
    assert to_unicode("Keá hoaïch chuyeån ñoåi soá", "vni") == "Kế hoạch chuyển đổi số"
    assert to_unicode("Chöông trình", "vni") == "Chương trình"
    assert to_unicode("UÛY BAN NHAÂN DAÂN TÆNH", "vni") == "ỦY BAN NHÂN DÂN TỈNH"


def test_vni_codes_of_some_letters():
    assert from_unicode("ơ ư đ ỉ ĩ ị ỵ í ì", "vni") == "ô ö ñ æ ó ò î í ì"
    assert from_unicode("ă ắ ằ ẳ ẵ ặ", "vni") == "aê aé aè aú aü aë"
    assert from_unicode("â ấ ầ ẩ ẫ ậ", "vni") == "aâ aá aà aå aã aä"
    assert from_unicode("ó ò ỏ õ ọ", "vni") == "où oø oû oõ oï"
    assert from_unicode("Ớ Ự Ỵ Đ", "vni") == "ÔÙ ÖÏ Î Ñ"


def test_vni_capital_followed_by_small_mark():
    assert to_unicode("Aù", "vni") == "Á"


def test_vni_mark_a_vowel_does_not_take_stays():
    assert to_unicode("uâ", "vni") == "uâ"


@pytest.mark.parametrize("encoding", ["tcvn3", "vni"])
def test_every_lowercase_letter_round_trips(encoding):
    for letter in LOWER:
        encoded = from_unicode(letter, encoding)
        assert encoded.encode("cp1252")  # representable as Windows-1252
        assert to_unicode(encoded, encoding) == letter
    together = "".join(LOWER)
    assert to_unicode(from_unicode(together, encoding), encoding) == together


def test_every_capital_round_trips_in_vni():
    for letter in UPPER:
        assert to_unicode(from_unicode(letter, "vni"), "vni") == letter
    together = " ".join(LOWER + UPPER)
    assert to_unicode(from_unicode(together, "vni"), "vni") == together


def test_every_capital_round_trips_in_a_tcvn3_capitals_font():
    for letter in UPPER:
        encoded = from_unicode(letter, "tcvn3", uppercase_font=True)
        assert to_unicode(encoded, "tcvn3", uppercase_font=True) == letter


def test_the_seven_tcvn3_capitals_exist_in_every_font():
    for letter in "ĂÂÊÔƠƯĐ":
        assert to_unicode(from_unicode(letter, "tcvn3"), "tcvn3") == letter


def test_encodings_are_unambiguous():
    for encoding in ("tcvn3", "vni"):
        codes = [from_unicode(letter, encoding) for letter in LOWER]
        assert len(set(codes)) == len(codes)


@pytest.mark.parametrize("encoding", ["tcvn3", "vni"])
@pytest.mark.parametrize("sentence", SENTENCES)
def test_sentences_round_trip(sentence, encoding):
    assert to_unicode(from_unicode(sentence, encoding), encoding) == sentence


@pytest.mark.parametrize("sentence", CAPITALS)
def test_capital_sentences_round_trip(sentence):
    assert to_unicode(from_unicode(sentence, "vni"), "vni") == sentence
    encoded = from_unicode(sentence, "tcvn3", uppercase_font=True)
    assert to_unicode(encoded, "tcvn3", uppercase_font=True) == sentence


def test_decomposed_input_is_encoded_like_composed():
    sentence = SENTENCES[0]
    for encoding in ("tcvn3", "vni"):
        assert from_unicode(unicodedata.normalize("NFD", sentence), encoding) == from_unicode(sentence, encoding)


def test_from_unicode_refuses_what_it_cannot_write():
    for capital in ("Ủ", "Á", "À", "Ú"):  # capitals with a tone, outside a capitals font
        with pytest.raises(ValueError, match="TCVN3"):
            from_unicode(capital, "tcvn3")
    with pytest.raises(ValueError):
        from_unicode("Москва", "vni")
    with pytest.raises(ValueError):
        from_unicode("æ", "vni")  # would read back as ỉ
    with pytest.raises(ValueError):
        from_unicode("¸", "tcvn3")  # would read back as á


def test_unknown_encoding():
    with pytest.raises(ValueError):
        to_unicode("x", "viscii")  # type: ignore[arg-type]


# -------------------------------------------------------------- detection


@pytest.mark.parametrize("encoding", ["tcvn3", "vni"])
@pytest.mark.parametrize("sentence", SENTENCES)
def test_detects_legacy_sentences(sentence, encoding):
    assert detect(from_unicode(sentence, encoding)) == encoding


def test_detects_capitals():
    assert detect(from_unicode(CAPITALS[0], "tcvn3", uppercase_font=True)) == "tcvn3"
    assert detect(from_unicode(CAPITALS[0], "vni")) == "vni"


def test_detects_a_single_unmistakable_tcvn3_word():
    assert detect("ViÖt Nam") == "tcvn3"
    assert detect("ho¹ch") == "tcvn3"


def test_refuses_to_guess_on_thin_evidence():
    assert detect("Vieät Nam") is None  # one VNI word could be a foreign word
    assert detect("Mét sè") is None  # "Một số": both words are also Unicode syllables


@pytest.mark.parametrize("sentence", SENTENCES + CAPITALS)
def test_unicode_vietnamese_is_not_legacy(sentence):
    assert detect(sentence) is None
    assert detect(unicodedata.normalize("NFD", sentence)) is None


@pytest.mark.parametrize("text", NOT_LEGACY)
def test_other_languages_are_not_legacy(text):
    assert detect(text) is None


def test_ascii_and_empty():
    assert detect("") is None
    assert detect("Ke hoach chuyen doi so 2023") is None


# ------------------------------------------------------------ text files


def test_decode_utf8_with_and_without_bom():
    text = SENTENCES[0]
    assert decode_bytes(text.encode("utf-8")) == (text, "utf-8")
    assert decode_bytes(codecs.BOM_UTF8 + text.encode("utf-8")) == (text, "utf-8")
    assert decode_bytes(b"") == ("", "utf-8")


def test_decode_utf8_gives_nfc():
    nfd = unicodedata.normalize("NFD", SENTENCES[1])
    assert decode_bytes(nfd.encode("utf-8")) == (SENTENCES[1], "utf-8")


def test_decode_utf16_with_bom():
    text = SENTENCES[2]
    assert decode_bytes(text.encode("utf-16")) == (text, "utf-16")
    assert decode_bytes(codecs.BOM_UTF16_LE + text.encode("utf-16-le")) == (text, "utf-16")
    assert decode_bytes(codecs.BOM_UTF16_BE + text.encode("utf-16-be")) == (text, "utf-16")


def test_decode_tcvn3_and_vni_files():
    text = "\n".join(SENTENCES)
    assert decode_bytes(from_unicode(text, "tcvn3").encode("cp1252")) == (text, "tcvn3")
    assert decode_bytes(from_unicode(text, "vni").encode("cp1252")) == (text, "vni")


def test_decode_tcvn3_with_a_byte_undefined_in_windows_1252():
    data = from_unicode(SENTENCES[0], "tcvn3").encode("cp1252") + b" \x81"
    assert decode_bytes(data) == (SENTENCES[0] + " \x81", "tcvn3")


def _cp1258(text: str) -> bytes:
    """Windows-1258: base letters (with â ê ô ă ơ ư đ) plus combining tone marks."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            decomposed = unicodedata.normalize("NFD", ch)
            tone = next(mark for mark in decomposed if mark in TONES[1:])
            base = unicodedata.normalize("NFC", decomposed.replace(tone, ""))
            out += base.encode("cp1258") + tone.encode("cp1258")
    return bytes(out)


def test_decode_cp1258_file():
    text = "\n".join(SENTENCES)
    assert decode_bytes(_cp1258(text)) == (text, "cp1258")


def test_decode_slightly_damaged_utf8_stays_utf8():
    data = SENTENCES[0].encode("utf-8") + b" \xff " + SENTENCES[1].encode("utf-8")
    assert decode_bytes(data) == (SENTENCES[0] + " \ufffd " + SENTENCES[1], "utf-8")


def test_decode_never_raises():
    rng = random.Random(1)
    for size in (1, 2, 3, 7, 64, 1000):
        for _ in range(20):
            data = bytes(rng.randrange(256) for _ in range(size))
            text, encoding = decode_bytes(data)
            assert isinstance(text, str)
            assert encoding in ("utf-8", "utf-16", "tcvn3", "vni", "cp1258")
    assert decode_bytes(codecs.BOM_UTF16_LE + b"\x00")[1] == "utf-16"  # odd length
