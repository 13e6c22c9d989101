"""Text boxes of a Word paragraph (``w:txbxContent``).

Some offices set the ``Nơi nhận`` list or the signature block in text boxes anchored to a
paragraph. Word stores each text box twice: in ``mc:Choice`` (a DrawingML shape) and in
``mc:Fallback`` (the same box as VML) for older readers; only one copy is read. A text
box inside a text box is found from its own paragraph, not twice.
"""

from __future__ import annotations

__all__ = ["text_boxes"]

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_TXBX = f"{{{_W}}}txbxContent"
_FALLBACK = f"{{{_MC}}}Fallback"
_CHOICE = f"{{{_MC}}}Choice"
_ALTERNATE = f"{{{_MC}}}AlternateContent"


def _copy_to_read(box, paragraph) -> bool:
    """Whether ``box`` is read: not nested in another text box of ``paragraph``, and the
    Fallback copy only when its AlternateContent has no text box in a Choice."""
    node = box.getparent()
    while node is not None and node is not paragraph:
        if node.tag == _TXBX:
            return False
        if node.tag == _FALLBACK:
            alternate = node.getparent()
            if alternate is not None and alternate.tag == _ALTERNATE and any(
                    True for choice in alternate.iterchildren(_CHOICE)
                    for _ in choice.iter(_TXBX)):
                return False
        node = node.getparent()
    return True


def text_boxes(paragraph) -> list:
    """The ``w:txbxContent`` elements anchored in ``paragraph``, in document order."""
    try:
        boxes = list(paragraph.iter(_TXBX))
    except Exception:
        return []
    return [box for box in boxes if _copy_to_read(box, paragraph)]
