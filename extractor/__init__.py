"""vnextract: scraped Vietnamese local-government news pages in, validated records out.

>>> from extractor import extract
>>> record = extract("path/to/page.html")
"""

from extractor.models import ErrorRecord, Record
from extractor.pipeline import extract, extract_bytes
from extractor.version import __version__

__all__ = ["ErrorRecord", "Record", "__version__", "extract", "extract_bytes"]
