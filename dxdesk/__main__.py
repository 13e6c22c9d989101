import sys

from dxdesk.cli.main import main

sys.exit(main())
