"""Werkzeug's development server without threads serves one request at a time (negative)."""
from werkzeug.serving import make_server, run_simple
from werkzeug.wrappers import Request, Response

served = {"count": 0}


@Request.application
def app(request):
    served["count"] += 1
    return Response(f"request {served['count']}")


if __name__ == "__main__":
    make_server("127.0.0.1", 8080, app, threaded=False).serve_forever()
    run_simple("127.0.0.1", 8081, app)
