"""dxdesk — lập, theo dõi và báo cáo kế hoạch chuyển đổi số cấp huyện.

The package is layered (see README): ``dxdesk.text``, ``dxdesk.domain``, ``dxdesk.model``,
``dxdesk.store``, ``dxdesk.importing`` and ``dxdesk.documents`` form the Qt-free core;
``dxdesk.services`` holds one function per user action; ``dxdesk.cli`` and ``dxdesk.gui``
sit on top of the services. Nothing outside ``dxdesk.gui`` imports Qt.
"""

__version__ = "0.1.0"
