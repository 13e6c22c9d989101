"""Ruling lines from a PDF page's paths: path construction and painting operators, keeping
the straight axis-aligned pieces of painted paths (table borders drawn as lines, as thin
filled bars, or as stroked rectangles) for the ruled-table reconstruction."""

from __future__ import annotations

__all__ = ["PAINT_OPS", "PATH_OPS", "MAX_SEGMENTS", "path_op"]

MAX_SEGMENTS = 20_000  # ruling pieces kept per page
PAINT_OPS = frozenset((b"S", b"s", b"f", b"F", b"f*", b"B", b"B*", b"b", b"b*"))
PATH_OPS = frozenset((b"m", b"l", b"re", b"h", b"c", b"v", b"y", b"n")) | PAINT_OPS


def path_op(op: bytes, stack: list, ctm, state: list, segments: list) -> list:
    """Path construction and painting: keep the straight axis-aligned pieces of painted
    paths (table borders drawn as lines, or as thin filled rectangles)."""
    current, start, pieces = state
    a, b, c, d, e, f = ctm

    def point(x: float, y: float) -> tuple[float, float]:
        return x * a + y * c + e, x * b + y * d + f

    nums = [v for v in stack if v.__class__ is float]
    if op == b"m" and len(nums) >= 2:
        current = start = point(nums[-2], nums[-1])
    elif op == b"l" and len(nums) >= 2:
        target = point(nums[-2], nums[-1])
        if current is not None:
            pieces.append((current[0], current[1], target[0], target[1], False))
        current = target
    elif op == b"re" and len(nums) >= 4:
        x, y, w, h = nums[-4:]
        p0, p1 = point(x, y), point(x + w, y + h)
        pieces.append((p0[0], p0[1], p1[0], p1[1], True))
        current = start = p0
    elif op == b"h":
        if current is not None and start is not None:
            pieces.append((current[0], current[1], start[0], start[1], False))
            current = start
    elif op in (b"c", b"v", b"y") and len(nums) >= 2:
        current = point(nums[-2], nums[-1])
    elif op == b"n":
        pieces = []
    elif op in PAINT_OPS:
        stroke = op in (b"S", b"s", b"B", b"B*", b"b", b"b*")
        if len(segments) < MAX_SEGMENTS:
            for x0, y0, x1, y1, rect in pieces:
                if rect:
                    w, h = abs(x1 - x0), abs(y1 - y0)
                    if h <= 2.5 and w > 3:  # a thin filled bar: a horizontal rule
                        ym = (y0 + y1) / 2
                        segments.append((min(x0, x1), ym, max(x0, x1), ym))
                    elif w <= 2.5 and h > 3:
                        xm = (x0 + x1) / 2
                        segments.append((xm, min(y0, y1), xm, max(y0, y1)))
                    elif stroke and w > 3 and h > 3:
                        lo_x, hi_x, lo_y, hi_y = min(x0, x1), max(x0, x1), min(y0, y1), \
                            max(y0, y1)
                        segments.extend([
                            (lo_x, lo_y, hi_x, lo_y), (lo_x, hi_y, hi_x, hi_y),
                            (lo_x, lo_y, lo_x, hi_y), (hi_x, lo_y, hi_x, hi_y)])
                elif stroke:
                    if abs(y0 - y1) < 1.0 and abs(x1 - x0) > 3:
                        segments.append((min(x0, x1), y0, max(x0, x1), y0))
                    elif abs(x0 - x1) < 1.0 and abs(y1 - y0) > 3:
                        segments.append((x0, min(y0, y1), x0, max(y0, y1)))
        pieces = []
    return [current, start, pieces]
