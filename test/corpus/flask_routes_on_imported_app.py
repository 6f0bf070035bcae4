"""Routes of a Flask app made in the package's __init__.py, numbering jobs with a counter kept on that app (positive)."""
from flask import jsonify, request

from service import api


@api.route("/jobs", methods=["POST"])
def submit_job():
    api.pool.submit(print, request.json)
    api.next_job += 1  # expect: GIL001
    return jsonify({"job": api.next_job - 1})


@api.get("/jobs/count")
def count_jobs():
    return jsonify({"submitted": api.next_job})
