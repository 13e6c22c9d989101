import random
import time
import unicodedata

import pytest

from dxdesk.text import sort_key
from dxdesk.text.collation import ALPHABET


def vn_sorted(items):
    return sorted(items, key=sort_key)


def assert_order(*items):
    """The items are in strictly increasing order, whatever order they come in."""
    shuffled = list(items)
    random.Random(7).shuffle(shuffled)
    assert vn_sorted(shuffled) == list(items)
    keys = [sort_key(item) for item in items]
    assert all(a < b for a, b in zip(keys, keys[1:]))


def test_alphabet():
    assert ALPHABET.replace("f", "").replace("j", "").replace("w", "").replace("z", "") == (
        "aăâbcdđeêghiklmnoôơpqrstuưvxy"
    )
    assert_order(*ALPHABET)
    assert_order(*ALPHABET.upper())


def test_vowel_letters_and_d():
    assert_order("An", "Ăn", "Ân", "Bắc")
    assert_order("Dương", "Đông")  # every D… before any Đ…
    assert_order("Dzũng", "Đa")
    assert_order("Ô", "Ơ", "Pa")
    assert_order("Ung", "Ưng", "Vân")


def test_tones_in_dictionary_order():
    # ngang, huyền, hỏi, ngã, sắc, nặng
    assert_order("ba", "bà", "bả", "bã", "bá", "bạ")
    assert_order("ma", "mà", "mả", "mã", "má", "mạ")


def test_letters_before_tones():
    # the tone only breaks a tie between the same letters
    assert_order("bạ", "bác")
    assert_order("bá", "bắc")  # a < ă decides before the tones are looked at
    assert_order("Bà Rịa", "Ba Tơ", "Ba Vì", "Bạc Liêu", "Bắc Giang", "Bắc Kạn")


def test_case_is_not_a_primary_difference():
    assert_order("an", "Anh", "ăn")
    assert_order("ĐÀO", "đạo", "Đào Tấn")
    assert sort_key("An") != sort_key("an")  # still a total order


def test_offices_of_a_district():
    offices = [
        "Phòng Y tế",
        "Phòng Tư pháp",
        "Phòng Tài nguyên và Môi trường",
        "Phòng Giáo dục và Đào tạo",
        "Phòng Văn hóa và Thông tin",
        "Phòng Tài chính - Kế hoạch",
        "Phòng Nội vụ",
    ]
    assert vn_sorted(offices) == [
        "Phòng Giáo dục và Đào tạo",
        "Phòng Nội vụ",
        "Phòng Tài chính - Kế hoạch",
        "Phòng Tài nguyên và Môi trường",
        "Phòng Tư pháp",
        "Phòng Văn hóa và Thông tin",
        "Phòng Y tế",
    ]


def test_family_names():
    names = ["Vũ", "Đỗ", "Bùi", "Võ", "Dương", "Đặng", "Huỳnh", "Hồ", "Hoàng", "Nguyễn", "Ngô", "Lê", "Lý"]
    assert vn_sorted(names) == [
        "Bùi", "Dương", "Đặng", "Đỗ", "Hoàng", "Hồ", "Huỳnh", "Lê", "Lý", "Ngô", "Nguyễn", "Võ", "Vũ",
    ]  # fmt: skip


def test_numbers_compare_by_value():
    assert_order("Xã 2", "Xã 10", "Xã 100")
    assert_order("Tổ 9", "Tổ 09A", "Tổ 10")
    assert_order("Quý 1/2024", "Quý 2/2023")
    assert_order("0", "7", "007b", "8")


def test_spaces_punctuation_digits_letters():
    assert_order("", " ", "-", "1", "a")
    assert_order("An Lão", "An-Lão", "Anh")  # word by word: "An …" before "Anh"
    assert_order("2023 Báo cáo", "Báo cáo")


def test_decomposed_input_sorts_like_composed():
    for text in ("Đặng Thị Ngọc", "Nguyễn Văn Ủy", "Kế hoạch 2025"):
        assert sort_key(unicodedata.normalize("NFD", text)) == sort_key(text)


def test_other_scripts_and_latin_letters_do_not_fail():
    names = ["Zoë", "Müller", "Łódź", "Москва", "東京", "😀", "Ñandú", "x\u0303"]
    keys = [sort_key(n) for n in names]
    assert len(set(keys)) == len(names)
    assert_order("Mai", "Müller", "Mỹ")
    assert_order("Zoe", "Zoë", "Москва")  # other scripts after the Vietnamese alphabet


def _names(count: int) -> list[str]:
    rng = random.Random(2023)
    syllables = (
        "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Văn Thị Hữu "
        "Minh Thành Hương Thủy Ủy ban nhân dân xã phường thị trấn huyện Phòng Tài chính Kế "
        "hoạch Tư pháp Nội vụ Giáo dục Đào tạo Y tế Văn hóa Thông tin chuyển đổi số"
    ).split()
    return [
        " ".join(rng.choice(syllables) for _ in range(rng.randint(2, 6)))
        + (f" {rng.randint(1, 200)}" if rng.random() < 0.3 else "")
        for _ in range(count)
    ]


def test_many_keys_quickly():
    names = _names(20_000)
    start = time.perf_counter()
    keys = [sort_key(n) for n in names]
    elapsed = time.perf_counter() - start
    assert len(keys) == 20_000
    assert elapsed < 0.5  # typically 35–60 ms; generous bound for slow CI machines


@pytest.mark.benchmark
def test_benchmark_20000_keys():
    names = _names(20_000)
    sort_key("warm up")
    best = min(_time_keys(names) for _ in range(5))
    print(f"\nsort_key: 20,000 keys in {best * 1000:.1f} ms")
    assert best < 0.1


def _time_keys(names):
    start = time.perf_counter()
    for n in names:
        sort_key(n)
    return time.perf_counter() - start
