"""The fixture sites' page templates, one module each (write_pages.py and pages_gazette.py use them)."""
from site_common import *
from site_bestnews import *
from site_metro import *
from site_gazette import *
