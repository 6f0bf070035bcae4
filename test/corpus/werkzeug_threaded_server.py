"""Werkzeug's development server with threaded=True runs the WSGI app on a thread per request (positive: GIL001 once)."""
from werkzeug.serving import make_server
from werkzeug.wrappers import Request, Response

served = {"count": 0}


@Request.application
def app(request):
    served["count"] += 1  # expect: GIL001
    return Response(f"request {served['count']}")


make_server("127.0.0.1", 8080, app, threaded=True).serve_forever()
