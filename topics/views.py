from django.views.generic import DetailView, ListView

from topics import selectors
from topics.models import Topic


class TopicListView(ListView):
    template_name = "topics/topic_list.html"
    context_object_name = "topics"

    def get_queryset(self):
        return Topic.objects.all()


class TopicDetailView(DetailView):
    template_name = "topics/topic_detail.html"
    context_object_name = "topic"

    def get_queryset(self):
        return Topic.objects.all()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(selectors.everything_on(self.object))
        return context
