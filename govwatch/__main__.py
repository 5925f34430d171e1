import sys

from govwatch.cli import main

sys.exit(main())
