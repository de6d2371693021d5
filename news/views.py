from django.views.generic import DetailView, ListView

from news import selectors
from news.models import Post


class PostListView(ListView):
    """Posts filtered from the query string; a bad value answers 400 with the form's error."""

    template_name = "news/post_list.html"
    context_object_name = "posts"
    paginate_by = 10

    def get_queryset(self):
        self.filterset = selectors.post_list(data=self.request.GET)
        return self.filterset.qs

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["filterset"] = self.filterset
        context["facets"] = selectors.post_facets(self.filterset)
        context["is_filtered"] = any(self.request.GET.get(name) for name in self.filterset.filters)
        return context

    def render_to_response(self, context, **response_kwargs):
        if self.filterset.is_bound and not self.filterset.is_valid():
            response_kwargs["status"] = 400
        return super().render_to_response(context, **response_kwargs)


class PostDetailView(DetailView):
    """A published post, or an archived one with a notice; drafts and future posts are 404."""

    template_name = "news/post_detail.html"
    context_object_name = "post"

    def get_queryset(self):
        return Post.objects.for_detail()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["related_posts"] = selectors.related_posts(self.object)
        context["json_ld"] = selectors.news_article_json_ld(self.object, self.request)
        return context
