"""``python -m mee_interviews.report DB OUT``: write the HTML report of warehouse DB to OUT."""

import sys
from pathlib import Path

from mee_interviews.report import write_report

print(write_report(Path(sys.argv[1]), Path(sys.argv[2])))
