"""Desktop tests run without a screen unless the runner chose a platform."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
