"""Django views that keep their counts under one lock, and a view that only reads settings (negative)."""
import threading

from django.conf import settings
from django.http import JsonResponse
from django.views import View

hits_lock = threading.Lock()
hits_by_page = {}
total_hits = 0


def home(request):
    global total_hits
    with hits_lock:
        total_hits += 1
        seen = total_hits
    return JsonResponse({"total": seen})


def page(request, slug):
    with hits_lock:
        hits_by_page.setdefault(slug, 0)
        hits_by_page[slug] += 1
    return JsonResponse({"debug": settings.DEBUG})


class Health(View):
    def get(self, request):
        count = 0
        for _ in range(3):
            count += 1
        return JsonResponse({"checks": count})
