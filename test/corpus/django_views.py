"""Django views that count page hits in module globals and a class attribute (positive: shapes 1 and 3)."""
from django.http import JsonResponse
from django.views import View

hits_by_page = {}
total_hits = 0


def home(request):
    global total_hits
    total_hits += 1  # expect: GIL001
    return JsonResponse({"total": total_hits})


def page(request, slug):
    if slug not in hits_by_page:  # expect: GIL004
        hits_by_page[slug] = 0
    return JsonResponse({"seen": slug in hits_by_page})


class Health(View):
    checks = 0

    def get(self, request):
        Health.checks += 1  # expect: GIL001
        return JsonResponse({"checks": Health.checks})
