"""What a pyvo user does with the archive's SODA service: run by DataLinkIT with Debian's python3-pyvo.

Usage: soda_client.py LINKS_URL RA DEC RADIUS
Reads a product's DataLink {links}, finds the #cutout service descriptor and runs a CIRCLE cutout through
pyvo's SODA support; downloads #this for comparison. Prints "OK cutout=<bytes> full=<bytes>" and exits 0,
or fails.
"""
import sys

from pyvo.dal.adhoc import DatalinkResults, SodaQuery

links = DatalinkResults.from_result_url(sys.argv[1])
# exact terms: pyvo's bysemantics would fetch the IVOA vocabulary from the network for narrower terms
cutout = [row for row in links if row.semantics == "#cutout"]
this = [row for row in links if row.semantics == "#this"]
assert len(cutout) == 1 and len(this) == 1, [str(r) for r in links]
service = links.get_adhocservice_by_id(cutout[0].service_def)
query = SodaQuery.from_resource(cutout[0], service,
                                circle=(float(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4])))
assert "CIRCLE" in query and "ID" in query, dict(query)
data = query.execute_stream().read()
assert data.startswith(b"SIMPLE"), data[:200]
full = this[0].getdataset().read()
assert full.startswith(b"SIMPLE"), full[:80]
print("OK cutout=%d full=%d" % (len(data), len(full)))
