"""The Dialogue Platform's page, and its forms to join and to propose a topic."""

from django.http import Http404
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.translation import get_language
from django.views.generic import DetailView, TemplateView

from core.submission import SubmissionView
from dialogue import selectors
from dialogue.actions import join_request_create, topic_proposal_create
from dialogue.forms import JoinRequestForm, TopicProposalForm
from dialogue.models import JoinRequest, TopicProposal


class DialogueView(TemplateView):
    template_name = "dialogue/page.html"

    def get_context_data(self, **kwargs):
        page = selectors.dialogue_page()
        if page is None:
            raise Http404
        return {**super().get_context_data(**kwargs), **page}


class DialogueFormView(SubmissionView):
    """Shared by both forms: the model, the action and the kind name differ."""

    model = None
    action = None
    kind = ""
    template_name = "dialogue/form.html"

    def get_context_data(self, **kwargs):
        return {**super().get_context_data(**kwargs), "kind": self.kind}

    def find_submitted(self, token):
        return self.model.objects.filter(token=token).first()

    def submit(self, form):
        return self.action(page_language=get_language(), **form.action_fields())

    def get_done_url(self, stored):
        return reverse("dialogue:done", kwargs={"kind": self.kind, "token": stored.token})


class JoinView(DialogueFormView):
    form_class = JoinRequestForm
    model = JoinRequest
    action = staticmethod(join_request_create)
    kind = "join"
    rate_scope = "dialogue-join"


class ProposeView(DialogueFormView):
    form_class = TopicProposalForm
    model = TopicProposal
    action = staticmethod(topic_proposal_create)
    kind = "propose"
    rate_scope = "dialogue-topic"


class DoneView(DetailView):
    template_name = "dialogue/done.html"
    context_object_name = "submission"
    models = {"join": JoinRequest, "propose": TopicProposal}

    def get_object(self, queryset=None):
        model = self.models.get(self.kwargs["kind"])
        if model is None:  # an address nobody was sent to
            raise Http404
        return get_object_or_404(model, token=self.kwargs["token"])

    def get_context_data(self, **kwargs):
        return {**super().get_context_data(**kwargs), "kind": self.kwargs["kind"]}
