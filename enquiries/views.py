"""Ask a question in writing: the form, then the page with the reference number."""

from django.conf import settings
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.translation import get_language
from django.views.generic import DetailView

from core.submission import SubmissionView
from enquiries import selectors
from enquiries.actions import enquiry_create
from enquiries.forms import EnquiryForm
from enquiries.models import Enquiry


class AskView(SubmissionView):
    """The request form, prefilled from the branch, service or topic page that links to it."""

    template_name = "enquiries/ask.html"
    form_class = EnquiryForm
    rate_scope = "enquiry"

    def get_initial(self):
        return {**super().get_initial(), **selectors.enquiry_prefill(self.request.GET)}

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        form = context["form"]
        if form.is_bound:
            context["service"] = getattr(form, "cleaned_data", {}).get("service")
        else:
            context["service"] = selectors.enquiry_service(form.initial.get("service"))
        context["retention_months"] = max(settings.ENQUIRY_RETENTION_DAYS // 30, 1)
        return context

    def find_submitted(self, token):
        return Enquiry.objects.filter(token=token).first()

    def submit(self, form):
        return enquiry_create(page_language=get_language(), **form.action_fields())

    def get_done_url(self, enquiry):
        return reverse("enquiries:done", kwargs={"token": enquiry.token})


class AskDoneView(DetailView):
    """The reference number and what happens next; the token in the address is the key."""

    template_name = "enquiries/done.html"
    context_object_name = "enquiry"

    def get_object(self, queryset=None):
        return get_object_or_404(
            Enquiry.objects.select_related("branch", "answer_language", "topic").personal(),
            token=self.kwargs["token"],
        )
